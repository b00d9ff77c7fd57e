import type Database from 'better-sqlite3';
import { STATUSES, type Status } from '../../app/domain/status';
import { hasText, type SubmissionFilter, textIndexOf, whereClause } from './submissionFilter';

/**
 * A text search counts its matches up to this many and then stops: a common word matches hundreds of
 * thousands of a million submissions, and counting them one by one took seconds. Staff see "more than
 * 1,000" (Queue.tsx), which is all a queue's tabs need to say of a search that broad.
 */
export const TEXT_COUNT_CAP = 1000;

export interface StatusCounts {
  counts: Record<Status, number>;
  /** The counts stopped at TEXT_COUNT_CAP + 1 matches: each is then at least what it says, the total more than the cap. */
  capped: boolean;
}

const DAY_MS = 24 * 3600 * 1000;
const zero = () => Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;

/**
 * Counts of submissions per status for a filter, read from the counts that migration 0150's triggers keep
 * (a few hundred rows) rather than from an index of every submission: at a million, the counts of every
 * list read a whole index before. A date range is counted as its whole UTC days from `submission_days`
 * plus the hours at either end from the date index. Text and assignee have no counts kept: a text search
 * is counted up to the cap (TEXT_COUNT_CAP), a staff member's cases on their own index.
 */
export function createSubmissionCounts(db: Database.Database) {
  const conditions = (filter: SubmissionFilter) => {
    const sql: string[] = [];
    const params: Record<string, string | number> = {};
    if (filter.kind !== undefined) {
      sql.push('kind = @kind');
      params.kind = filter.kind;
    }
    if (filter.category !== undefined) {
      sql.push('category = @category');
      params.category = filter.category;
    }
    return { sql, params };
  };

  function fromTotals(filter: SubmissionFilter): Record<Status, number> {
    const { sql, params } = conditions(filter);
    const where = sql.length === 0 ? '' : `WHERE ${sql.join(' AND ')}`;
    return collect(
      db.prepare(`SELECT status, sum(n) AS n FROM submission_counts ${where} GROUP BY status`).all(params),
    );
  }

  /** Whole UTC days in [from, to) from the kept counts, the rest on the date index. */
  function fromDays(filter: SubmissionFilter): Record<Status, number> {
    const fromMs = filter.from === undefined ? null : Date.parse(filter.from);
    const toMs = filter.to === undefined ? null : Date.parse(filter.to);
    // The first whole day starts at or after `from`; the whole days end at or before `to`.
    const firstDay = fromMs === null ? null : Math.ceil(fromMs / DAY_MS);
    const endDay = toMs === null ? null : Math.floor(toMs / DAY_MS);
    if (firstDay !== null && endDay !== null && firstDay >= endDay) return byIndex(filter);
    const { sql, params } = conditions(filter);
    if (firstDay !== null) {
      sql.push('day >= @firstDay');
      params.firstDay = firstDay;
    }
    if (endDay !== null) {
      sql.push('day < @endDay');
      params.endDay = endDay;
    }
    const counts = collect(
      db
        .prepare(`SELECT status, sum(n) AS n FROM submission_days WHERE ${sql.join(' AND ')} GROUP BY status`)
        .all(params),
    );
    const iso = (day: number) => new Date(day * DAY_MS).toISOString();
    const edges: SubmissionFilter[] = [];
    if (firstDay !== null && fromMs! < firstDay * DAY_MS) edges.push({ ...filter, to: iso(firstDay) });
    if (endDay !== null && endDay * DAY_MS < toMs!) edges.push({ ...filter, from: iso(endDay) });
    for (const edge of edges) {
      const more = byIndex(edge);
      for (const s of STATUSES) counts[s] += more[s];
    }
    return counts;
  }

  /** Every matching entry of an index, counted: for a range of hours, or a staff member's cases. */
  function byIndex(filter: SubmissionFilter): Record<Status, number> {
    const where = whereClause(filter, { forCount: true });
    return collect(
      db.prepare(`SELECT status, count(*) AS n FROM submissions ${where.sql} GROUP BY status`).all(where.params),
    );
  }

  /**
   * At most TEXT_COUNT_CAP + 1 matches, read in the order textSearch finds them best: unordered when it reads
   * the rows the other filters leave, so that it stops at the cap instead of sorting them all by id first.
   */
  function capped(filter: SubmissionFilter, others: number | null): StatusCounts {
    const ids = matchingIds(filter, others, 'status', { ordered: false });
    const rows = db
      .prepare(`SELECT status, count(*) AS n FROM (${ids.sql} LIMIT ${TEXT_COUNT_CAP + 1}) GROUP BY status`)
      .all(ids.params);
    const counts = collect(rows);
    const total = STATUSES.reduce((n, s) => n + counts[s], 0);
    return { counts, capped: total > TEXT_COUNT_CAP };
  }

  return {
    /** Per status, over the filter without its status (what the console's tabs show). */
    byStatus(filter: SubmissionFilter): StatusCounts {
      const all = { ...filter, status: undefined };
      if (hasText(all)) return capped(all, this.total({ ...all, text: undefined }));
      return { counts: this.exact(all), capped: false };
    },

    /** Exact counts per status of a filter without text. */
    exact(filter: SubmissionFilter): Record<Status, number> {
      if (filter.assignee !== undefined) return byIndex(filter);
      const counts = filter.from === undefined && filter.to === undefined ? fromTotals(filter) : fromDays(filter);
      if (filter.status === undefined) return counts;
      return { ...zero(), [filter.status]: counts[filter.status] };
    },

    /** How many submissions a filter without text selects, or null when that is not known cheaply. */
    total(filter: SubmissionFilter): number | null {
      if (hasText(filter)) return null;
      const counts = this.exact(filter);
      return STATUSES.reduce((n, s) => n + counts[s], 0);
    },
  };
}

/**
 * Below this many submissions left by the other filters, a text search reads those (newest first, on
 * their own index) and looks each up in the text index; above it, it reads the text index's matches
 * newest first and keeps those the other filters let through. Either way it stops at the page (or the
 * count's cap): a common word over a narrow filter, or a rare word over everything, reads little.
 */
export const DRIVE_BY_FILTER_BELOW = 20_000;

/**
 * The ids (and `extra` columns) of the submissions a filter with text selects, newest first, as the
 * inner query of a page or a count, with its parameters. `others`: how many the filter selects without
 * its text, if known. `ordered: false` (a count) lets the rows the other filters leave come in their index's
 * order, so a LIMIT stops the reading rather than a sort of all of them.
 */
export function matchingIds(
  filter: SubmissionFilter,
  others: number | null,
  extra = '',
  { ordered = true } = {},
): { sql: string; params: Record<string, string | number> } {
  const columns = extra === '' ? 's.id' : `s.id, s.${extra}`;
  const index = textIndexOf(filter);
  if (index === 'digits') {
    // A few rows at most hold a run of 8 digits or more: found on their index, then the other filters.
    const where = whereClause(filter, { alias: 's' });
    return { sql: `SELECT ${columns} FROM submissions s ${where.sql} ORDER BY s.id DESC`, params: where.params };
  }
  if (index === null || (others !== null && others < DRIVE_BY_FILTER_BELOW)) {
    // Every row the other filters leave, read newest first on their index, the text matched in the row:
    // text the index cannot answer exactly (textIndex.ts), or rows few enough to read (about 1 µs each,
    // where a look-up in the text index costs tens).
    const where = whereClause(filter, { alias: 's', scan: true });
    const order = ordered ? ' ORDER BY s.id DESC' : '';
    return { sql: `SELECT ${columns} FROM submissions s ${where.sql}${order}`, params: where.params };
  }
  const where = whereClause(filter, { alias: 's' });
  const rest = whereClause({ ...filter, text: undefined }, { alias: 's' }).conditions.map((c) => `AND ${c} `);
  // CROSS JOIN: the text index first, its matches newest first, and each looked up in submissions.
  return {
    sql: `SELECT ${columns} FROM submission_text t CROSS JOIN submissions s ON s.id = t.rowid
      WHERE t.submission_text MATCH @text ${rest.join('')} ORDER BY t.rowid DESC`,
    params: where.params,
  };
}

function collect(rows: unknown[]): Record<Status, number> {
  const counts = zero();
  for (const row of rows as { status: Status; n: number }[]) counts[row.status] = row.n;
  return counts;
}
