import type Database from 'better-sqlite3';
import type { SubmissionSummary } from '../../app/contract/kioskApi';
import { STATUSES, type Status, type Submission } from '../../app/domain/submission';
import { type SubmissionFilter, whereClause } from './submissionFilter';
import { type HistoryRow, type SubmissionRow, toHistoryEntry, toSummary } from './submissionRows';

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

export function createSubmissionQueries(db: Database.Database) {
  const byId = db.prepare<[number], SubmissionRow>('SELECT * FROM submissions WHERE id = ?');
  const byRef = db.prepare<[string], SubmissionRow>('SELECT * FROM submissions WHERE ref = ?');
  const historyOf = db.prepare<[string], HistoryRow>(
    'SELECT * FROM status_history WHERE submission_id IN (SELECT value FROM json_each(?)) ORDER BY id',
  );

  function withHistory(rows: SubmissionRow[]): Submission[] {
    if (rows.length === 0) return [];
    const history = new Map<number, Submission['history']>(rows.map((r) => [r.id, []]));
    for (const h of historyOf.all(JSON.stringify(rows.map((r) => r.id)))) {
      history.get(h.submission_id)?.push(toHistoryEntry(h));
    }
    return rows.map((row) => ({ ...toSummary(row), history: history.get(row.id) ?? [] }));
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
      return row === undefined ? undefined : toSummary(row);
    },

    /** Newest first. */
    list(filter: SubmissionFilter, page: Page): SubmissionList {
      const where = whereClause(filter);
      const rows = db
        .prepare(`SELECT * FROM submissions ${where.sql} ORDER BY id DESC LIMIT @limit OFFSET @offset`)
        .all({ ...where.params, ...page }) as SubmissionRow[];
      const { n } = db.prepare(`SELECT count(*) AS n FROM submissions ${where.sql}`).get(where.params) as { n: number };
      return { items: rows.map(toSummary), total: n, counts: countsByStatus(filter) };
    },

    /** Whole submissions with their history, newest first: what exports are made of. */
    listFull(filter: SubmissionFilter): Submission[] {
      const where = whereClause(filter);
      const rows = db.prepare(`SELECT * FROM submissions ${where.sql} ORDER BY id DESC`).all(where.params);
      return withHistory(rows as SubmissionRow[]);
    },

    /** Counts per kind and per category of submissions created in [from, to). */
    stats(from: string, to: string) {
      return { byKind: countBy('kind', from, to), byCategory: countBy('category', from, to) };
    },
  };
}
