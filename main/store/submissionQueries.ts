import type Database from 'better-sqlite3';
import type { SubmissionSummary } from '../../app/contract/kioskApi';
import { STATUSES, type Status } from '../../app/domain/status';
import type { Submission } from '../../app/domain/submission';
import type { FieldCipher } from '../crypto/fieldCipher';
import { openNotes } from './notes';
import { openPersonal, type PersonalData } from './personalData';
import { hasText, type SubmissionFilter, whereClause } from './submissionFilter';
import { type HistoryRow, type SubmissionRow, toHistoryEntry, toSummary } from './submissionRows';
import type { SubmissionSearch } from './submissionSearch';

export interface Page {
  limit: number;
  offset: number;
}

export interface SubmissionList {
  items: SubmissionSummary[];
  total: number;
  /** Per status, over the same filter without its status: what the staff console's tabs show. */
  counts: Record<Status, number>;
}

/** Found by the ids of a text search: at most this many per query, to keep SQLite's parameters small. */
const ID_CHUNK = 1000;

/** Read in the same statement as the row, so a removal another process committed cannot be missed. */
const REDACTED = 'EXISTS (SELECT 1 FROM redacted_submissions r WHERE r.submission_id = submissions.id) AS redacted';

type ExportRow = SubmissionRow & { redacted: number };

export function createSubmissionQueries(db: Database.Database, cipher: FieldCipher, search: SubmissionSearch) {
  const byId = db.prepare<[number], SubmissionRow>('SELECT * FROM submissions WHERE id = ?');
  const byRef = db.prepare<[string], SubmissionRow>('SELECT * FROM submissions WHERE ref = ?');
  const byIds = db.prepare<[string], SubmissionRow>(
    'SELECT * FROM submissions WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id DESC',
  );
  const historyOf = db.prepare<[string], HistoryRow>(
    `SELECT h.*, s.ref FROM status_history h JOIN submissions s ON s.id = h.submission_id
     WHERE h.submission_id IN (SELECT value FROM json_each(?)) ORDER BY h.id`,
  );

  const exportByIds = db.prepare<[string], ExportRow>(
    `SELECT *, ${REDACTED} FROM submissions WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id DESC`,
  );

  /** What staff see: the row with its personal details decrypted. */
  const summary = (row: SubmissionRow) => toSummary(openPersonal(cipher, row));

  /** The same, with the details search has decrypted already where it has them (most of an export's time otherwise). */
  function exportSummary(row: ExportRow): SubmissionSummary {
    const personal: PersonalData | undefined = row.redacted ? undefined : search.decrypted(row.id, row.ref);
    return personal === undefined ? summary(row) : toSummary(row, personal);
  }

  function withHistory(rows: SubmissionRow[]): Submission[] {
    if (rows.length === 0) return [];
    const history = new Map<number, Submission['history']>(rows.map((r) => [r.id, []]));
    for (const h of historyOf.all(JSON.stringify(rows.map((r) => r.id)))) {
      history.get(h.submission_id)?.push(toHistoryEntry(openNotes(cipher, h)));
    }
    return rows.map((row) => ({ ...summary(row), history: history.get(row.id) ?? [] }));
  }

  /** The rows with these ids, newest first. */
  function rowsByIds(ids: readonly number[]): SubmissionRow[] {
    const rows: SubmissionRow[] = [];
    for (let i = 0; i < ids.length; i += ID_CHUNK) rows.push(...byIds.all(JSON.stringify(ids.slice(i, i + ID_CHUNK))));
    return rows.sort((a, b) => b.id - a.id);
  }

  function countsByStatus(filter: SubmissionFilter): Record<Status, number> {
    const where = whereClause({ ...filter, status: undefined });
    const rows = db
      .prepare(`SELECT status, count(*) AS n FROM submissions ${where.sql} GROUP BY status`)
      .all(where.params) as { status: Status; n: number }[];
    const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
    for (const row of rows) counts[row.status] = row.n;
    return counts;
  }

  function countBy(column: 'kind' | 'category', from: string, to: string): Record<string, number> {
    const where = whereClause({ from, to });
    const rows = db
      .prepare(`SELECT ${column} AS key, count(*) AS n FROM submissions ${where.sql} GROUP BY ${column}`)
      .all(where.params) as { key: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.key, r.n]));
  }

  return {
    /** One submission with its history. */
    getById(id: number): Submission | undefined {
      const row = byId.get(id);
      return row === undefined ? undefined : withHistory([row])[0];
    },

    findByRef(ref: string): SubmissionSummary | undefined {
      const row = byRef.get(ref);
      return row === undefined ? undefined : summary(row);
    },

    /** Newest first. */
    list(filter: SubmissionFilter, page: Page): SubmissionList {
      if (hasText(filter)) {
        const { ids, counts } = search.search(filter);
        const items = rowsByIds(ids.slice(page.offset, page.offset + page.limit)).map(summary);
        return { items, total: ids.length, counts };
      }
      const where = whereClause(filter);
      // The page's ids first, from an index alone, then only those rows: otherwise SQLite may read every
      // matching row (a third of the table for a kind) to sort them by id.
      const rows = db
        .prepare(
          `SELECT * FROM submissions WHERE id IN
             (SELECT id FROM submissions ${where.sql} ORDER BY id DESC LIMIT @limit OFFSET @offset)
           ORDER BY id DESC`,
        )
        .all({ ...where.params, ...page }) as SubmissionRow[];
      const counts = countsByStatus(filter);
      const total = filter.status === undefined ? STATUSES.reduce((n, s) => n + counts[s], 0) : counts[filter.status];
      return { items: rows.map(summary), total, counts };
    },

    /** Whole submissions with their history, newest first: what the JSON exports are made of. */
    listFull(filter: SubmissionFilter): Submission[] {
      if (hasText(filter)) return withHistory(rowsByIds(search.search(filter).ids));
      const where = whereClause(filter);
      const rows = db.prepare(`SELECT * FROM submissions ${where.sql} ORDER BY id DESC`).all(where.params);
      return withHistory(rows as SubmissionRow[]);
    },

    /**
     * Submissions without their history, newest first, read as they are iterated: what the CSV
     * export is made of. Until the iteration ends the connection is busy: use no other query meanwhile.
     */
    *summaries(filter: SubmissionFilter): Generator<SubmissionSummary> {
      if (hasText(filter)) {
        const { ids } = search.search(filter);
        for (let i = 0; i < ids.length; i += ID_CHUNK) {
          for (const row of exportByIds.all(JSON.stringify(ids.slice(i, i + ID_CHUNK)))) yield exportSummary(row);
        }
        return;
      }
      const where = whereClause(filter);
      const rows = db.prepare<Record<string, string | number>, ExportRow>(
        `SELECT *, ${REDACTED} FROM submissions ${where.sql} ORDER BY id DESC`,
      );
      for (const row of rows.iterate(where.params)) yield exportSummary(row);
    },

    /** Counts per kind and per category of submissions created in [from, to). */
    stats(from: string, to: string) {
      return { byKind: countBy('kind', from, to), byCategory: countBy('category', from, to) };
    },
  };
}
