import type Database from 'better-sqlite3';
import type { SubmissionSummary } from '../../app/contract/kioskApi';
import { STATUSES, type Status } from '../../app/domain/status';
import type { Submission } from '../../app/domain/submission';
import type { FieldCipher } from '../crypto/fieldCipher';
import { openNotes } from './notes';
import { createSubmissionCounts, matchingIds } from './submissionCounts';
import { hasText, type SubmissionFilter, textIndexOf, whereClause } from './submissionFilter';
import {
  EXPORT_COLUMNS,
  type ExportRow,
  type HistoryRow,
  type SubmissionRow,
  toHistoryEntry,
  toSummary,
} from './submissionRows';
import { createTextIndexCatchUp } from './textIndexCatchUp';

export interface Page {
  limit: number;
  offset: number;
}

export interface SubmissionList {
  items: SubmissionSummary[];
  total: number;
  /** Per status, over the same filter without its status: what the staff console's tabs show. */
  counts: Record<Status, number>;
  /** A text search counted up to its cap (submissionCounts.ts): `counts` and `total` are lower bounds. */
  countsCapped?: true;
}

/** `cipher` opens staff's notes, still sealed value by value (notes.ts). */
export function createSubmissionQueries(db: Database.Database, cipher: FieldCipher) {
  const byId = db.prepare<[number], SubmissionRow>('SELECT * FROM submissions WHERE id = ?');
  const byRef = db.prepare<[string], SubmissionRow>('SELECT * FROM submissions WHERE ref = ?');
  const counter = createSubmissionCounts(db);
  const catchUp = createTextIndexCatchUp(db);
  /** The text index holds every submission before a filter reads it (migration 0160). */
  const searchable = (filter: SubmissionFilter) => {
    if (textIndexOf(filter) !== null) catchUp();
  };
  const historyOf = db.prepare<[string], HistoryRow>(
    `SELECT h.*, s.ref FROM status_history h JOIN submissions s ON s.id = h.submission_id
     WHERE h.submission_id IN (SELECT value FROM json_each(?)) ORDER BY h.id`,
  );

  /** The rows a filter selects, newest first, a batch at a time by id (each batch a statement of its own). */
  function* rowBatches(filter: SubmissionFilter, batch: number): Generator<SubmissionRow[]> {
    const { next, params } = batchStatement<SubmissionRow>(filter, '*');
    for (let before = Number.MAX_SAFE_INTEGER; ; ) {
      const rows = next.all({ ...params, before, batch });
      yield rows;
      if (rows.length < batch) return;
      before = rows.at(-1)!.id;
    }
  }

  function batchStatement<Row>(filter: SubmissionFilter, columns: string) {
    searchable(filter);
    const where = whereClause(filter);
    const next = db.prepare<Record<string, string | number>, Row>(
      `SELECT ${columns} FROM submissions ${where.sql === '' ? 'WHERE' : `${where.sql} AND`} id < @before
       ORDER BY id DESC LIMIT @batch`,
    );
    return { next, params: where.params };
  }

  function withHistory(rows: SubmissionRow[]): Submission[] {
    if (rows.length === 0) return [];
    const history = new Map<number, Submission['history']>(rows.map((r) => [r.id, []]));
    for (const h of historyOf.all(JSON.stringify(rows.map((r) => r.id)))) {
      history.get(h.submission_id)?.push(toHistoryEntry(openNotes(cipher, h)));
    }
    return rows.map((row) => ({ ...toSummary(row), history: history.get(row.id) ?? [] }));
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
      return row === undefined ? undefined : toSummary(row);
    },

    /**
     * Newest first. The page's ids first, from an index alone (or the text index), then only those rows:
     * otherwise SQLite may read every matching row (a third of the table for a kind) to sort them by id.
     */
    list(filter: SubmissionFilter, page: Page): SubmissionList {
      searchable(filter);
      const where = whereClause(filter);
      const ids = hasText(filter)
        ? matchingIds(filter, counter.total({ ...filter, text: undefined }))
        : { sql: `SELECT id FROM submissions ${where.sql} ORDER BY id DESC`, params: where.params };
      const rows = db
        .prepare(
          `SELECT * FROM submissions WHERE id IN (SELECT id FROM (${ids.sql} LIMIT @limit OFFSET @offset))
           ORDER BY id DESC`,
        )
        .all({ ...ids.params, ...page }) as SubmissionRow[];
      const { counts, capped } = counter.byStatus(filter);
      const total = filter.status === undefined ? STATUSES.reduce((n, s) => n + counts[s], 0) : counts[filter.status];
      return {
        items: rows.map((row) => toSummary(row)),
        total,
        counts,
        ...(capped && { countsCapped: true as const }),
      };
    },

    /** Whole submissions with their history, newest first: what the Open311 export is made of. */
    listFull(filter: SubmissionFilter): Submission[] {
      searchable(filter);
      const where = whereClause(filter);
      const rows = db.prepare(`SELECT * FROM submissions ${where.sql} ORDER BY id DESC`).all(where.params);
      return withHistory(rows as SubmissionRow[]);
    },

    /**
     * Whole submissions with their history, newest first, read a batch at a time by id (each batch a new
     * statement, so the connection is free between them): what a JSON export streams, holding one batch.
     */
    *fullInBatches(filter: SubmissionFilter, batch = 500): Generator<Submission> {
      for (const rows of rowBatches(filter, batch)) yield* withHistory(rows);
    },

    /**
     * The rows themselves, newest first, a batch at a time like fullInBatches: what the CSV export makes
     * its lines of, with the case facts of each batch (caseFacts.ofRows), without an object per row between.
     */
    *rowsInBatches(filter: SubmissionFilter, batch = 500): Generator<ExportRow[]> {
      const { next, params } = batchStatement<ExportRow>(filter, EXPORT_COLUMNS);
      next.raw();
      for (let before = Number.MAX_SAFE_INTEGER; ; ) {
        const rows = next.all({ ...params, before, batch });
        yield rows;
        if (rows.length < batch) return;
        before = rows.at(-1)![0];
      }
    },

    /**
     * Submissions without their history, newest first, a batch at a time like fullInBatches: the connection
     * is free between batches, so the case fields of each batch can be read as the CSV export is written.
     */
    *summariesInBatches(filter: SubmissionFilter, batch = 500): Generator<SubmissionSummary> {
      for (const rows of rowBatches(filter, batch)) for (const row of rows) yield toSummary(row);
    },

    /**
     * Submissions without their history, newest first, read as they are iterated: what the CSV
     * export is made of. Until the iteration ends the connection is busy: use no other query meanwhile.
     */
    *summaries(filter: SubmissionFilter): Generator<SubmissionSummary> {
      searchable(filter);
      const where = whereClause(filter);
      const rows = db.prepare<Record<string, string | number>, SubmissionRow>(
        `SELECT * FROM submissions ${where.sql} ORDER BY id DESC`,
      );
      for (const row of rows.iterate(where.params)) yield toSummary(row);
    },

    /** Counts per kind and per category of submissions created in [from, to). */
    stats(from: string, to: string) {
      return { byKind: countBy('kind', from, to), byCategory: countBy('category', from, to) };
    },
  };
}
