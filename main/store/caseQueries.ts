import type Database from 'better-sqlite3';
import type { SubmissionSummary } from '../../app/contract/kioskApi';
import type { Kind } from '../../app/domain/kinds';
import type { Status } from '../../app/domain/status';
import { type Clock, localIso } from '../clock';
import type { FieldCipher } from '../crypto/fieldCipher';
import { sealNote } from './notes';
import { type SubmissionFilter, textIndexOf, whereClause } from './submissionFilter';
import { type SubmissionRow, toSummary } from './submissionRows';
import { createTextIndexCatchUp } from './textIndexCatchUp';

/** What deadlines, urgency and assignment need of a case: no personal details. */
export interface CaseKey {
  id: number;
  ref: string;
  kind: Kind;
  category: string;
  status: Status;
  createdAt: string;
  assigneeId: number | null;
}

export interface Assignment {
  ids: readonly number[];
  assigneeId: number;
  /** Who assigned, as the history records it (their name). */
  by: string;
  /** Kept in the history (sealed, like every note): to whom, and what the assigner added. */
  note: string;
}

const KEY_COLUMNS =
  'id, ref, kind, category, status, created_at AS createdAt, assignee_id AS assigneeId FROM submissions';
const OPEN = "('queued', 'collected', 'assigned', 'forwarded', 'reopened')";
/** An instant before any case came in, as julianday() reads it (-4713-11-24 is its day 0). */
const EPOCH = '-4713-11-24T12:00:00Z';
/** Open cases past their first answer: their deadline is the one to resolve them. */
const WORKING = "('collected', 'assigned', 'forwarded', 'reopened')";

/** Open cases of one category and kind whose deadline is counted in the same working days. */
export interface DueGroup {
  category: string;
  kind: Kind;
  /** `queued` cases still to be answered, or the others still to be resolved. */
  stage: 'queued' | 'working';
  /** Instants (ISO 8601): created before the first, overdue; from it up to the second, due today. */
  overdueBefore: string;
  dueTodayBefore: string;
}

/**
 * Case handling's reads and writes on `submissions`: the keys of cases for
 * deadlines and sorting (computed in the service, since working days are not
 * SQL), the summaries of a chosen page in a chosen order, and assignment.
 */
export function createCaseQueries(db: Database.Database, { now, cipher }: { now: Clock; cipher: FieldCipher }) {
  // A filter with text reads the text index, which new submissions join at the first search (migration 0160).
  const catchUp = createTextIndexCatchUp(db);
  const keysByIds = db.prepare<[string], CaseKey>(
    `SELECT ${KEY_COLUMNS} WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id DESC`,
  );
  const openKeys = db.prepare<[], CaseKey>(`SELECT ${KEY_COLUMNS} WHERE status IN ${OPEN} ORDER BY id DESC`);
  const rowsByIds = db.prepare<[string], SubmissionRow>(
    'SELECT * FROM submissions WHERE id IN (SELECT value FROM json_each(?))',
  );
  // Counts of a range on the index of (category, kind, status, julianday(created_at)) of migration 0150, read
  // from it alone, one range per open status: the overdue cases came in before one instant, those due today
  // between it and another.
  const countIn = (statuses: string) =>
    db.prepare<{ category: string; kind: Kind; from: string; to: string }, { n: number }>(
      `SELECT count(*) AS n FROM submissions INDEXED BY submissions_due
       WHERE category = @category AND kind = @kind
         AND julianday(created_at) >= julianday(@from) AND julianday(created_at) < julianday(@to)
         AND status IN ${statuses}`,
    );
  const due = { queued: countIn("('queued')"), working: countIn(WORKING) };
  // The next category, and the next kind within one, each found by a seek on the same index, not a scan.
  const nextCategory = db.prepare<[string], { category: string }>(
    'SELECT category FROM submissions WHERE category > ? ORDER BY category LIMIT 1',
  );
  const nextKind = db.prepare<[string, string], { kind: Kind }>(
    'SELECT kind FROM submissions WHERE category = ? AND kind > ? ORDER BY kind LIMIT 1',
  );
  const update = db.prepare("UPDATE submissions SET status = 'assigned', assignee_id = ?, updated_at = ? WHERE id = ?");
  const insertHistory = db.prepare(
    "INSERT INTO status_history (submission_id, status, at, by, note) VALUES (?, 'assigned', ?, ?, ?)",
  );

  const assign = db.transaction(({ ids, assigneeId, by, note }: Assignment, keys: CaseKey[]): number[] => {
    const at = localIso(now());
    for (const key of keys) {
      update.run(assigneeId, at, key.id);
      insertHistory.run(key.id, at, by, sealNote(cipher, 'note', key.ref, note));
    }
    return keys.map((k) => k.id).filter((id) => ids.includes(id));
  });

  return {
    /** The cases a filter selects, newest first (free text included: the same SQL as the queue's list). */
    keys(filter: SubmissionFilter): CaseKey[] {
      if (textIndexOf(filter) !== null) catchUp();
      const where = whereClause(filter);
      return db
        .prepare<Record<string, string | number>, CaseKey>(`SELECT ${KEY_COLUMNS} ${where.sql} ORDER BY id DESC`)
        .all(where.params);
    },

    /** The cases with these ids (those that exist), newest first. */
    keysOf(ids: readonly number[]): CaseKey[] {
      return keysByIds.all(JSON.stringify([...new Set(ids)]));
    },

    /** Every case someone still has to act on. */
    openKeys(): CaseKey[] {
      return openKeys.all();
    },

    /** Every (category, kind) pair that cases are stored under, codes no longer in the catalogue included. */
    categoryKinds(): { category: string; kind: Kind }[] {
      const pairs: { category: string; kind: Kind }[] = [];
      for (let c = nextCategory.get(''); c !== undefined; c = nextCategory.get(c.category)) {
        for (let k = nextKind.get(c.category, ''); k !== undefined; k = nextKind.get(c.category, k.kind)) {
          pairs.push({ category: c.category, kind: k.kind });
        }
      }
      return pairs;
    },

    /** How many open cases of a group are overdue and how many due today. */
    dueCount({ stage, category, kind, overdueBefore, dueTodayBefore }: DueGroup): {
      overdue: number;
      dueToday: number;
    } {
      const count = (from: string, to: string) => due[stage].get({ category, kind, from, to })!.n;
      // Julian day 0 is in 4714 BC: before any case.
      return { overdue: count(EPOCH, overdueBefore), dueToday: count(overdueBefore, dueTodayBefore) };
    },

    /** The summaries of these cases, in the order given. */
    summaries(ids: readonly number[]): SubmissionSummary[] {
      const rows = new Map(rowsByIds.all(JSON.stringify(ids)).map((row) => [row.id, row]));
      return ids.flatMap((id) => {
        const row = rows.get(id);
        return row === undefined ? [] : [toSummary(row)];
      });
    },

    /** Assigns the cases (already checked by the caller), with a history entry each; returns their ids. */
    assign(assignment: Assignment): number[] {
      const keys = this.keysOf(assignment.ids);
      const changed = assign(assignment, keys);
      return changed;
    },
  };
}

export type CaseQueries = ReturnType<typeof createCaseQueries>;
