import type Database from 'better-sqlite3';
import type { FollowUpOutcome, Rating } from '../../app/cases/lifecycle';
import type { FieldCipher } from '../crypto/fieldCipher';
import { type FollowUpRecord, followUpContext, reasonContext, type VerdictRecord } from './verdicts';

/** What an export says of a case beyond the submission: who handles it, its key times, verdicts and calls. */
export interface CaseFacts {
  assigneeId: number | null;
  /** Who put it in the queue when not the kiosk (a member of staff, for a resident); else null. */
  enteredBy: string | null;
  /** Staff's first move after it came in (collected, assigned, forwarded, resolved or closed). */
  respondedAt: string | null;
  /** The last time it was resolved, closed and reopened; null when never. */
  resolvedAt: string | null;
  closedAt: string | null;
  reopenedAt: string | null;
  /** Oldest first, their words opened. */
  verdicts: VerdictRecord[];
  followUps: FollowUpRecord[];
}

/** [id, entered_by, responded_at, resolved_at, closed_at, reopened_at], as `.raw()` gives them. */
type TimesRow = [number, string | null, string | null, string | null, string | null, string | null];

const NO_TIMES = { enteredBy: null, respondedAt: null, resolvedAt: null, closedAt: null, reopenedAt: null };

const IDS = '(SELECT value FROM json_each(@ids))';

/**
 * Each case's key times in one pass over its history (one index search per case, or one range for a batch
 * of consecutive ids) instead of five subqueries per case: the first entry's author, the first response,
 * the last resolve, close and reopen. min and max of `at` over the entries of a status are what the
 * subqueries they replace computed (NULL when there is none).
 */
const times = (where: string) => `
  SELECT g.id, f.by, g.responded_at, g.resolved_at, g.closed_at, g.reopened_at FROM (
    SELECT h.submission_id AS id, min(h.id) AS first_id,
      min(CASE WHEN h.status IN ('collected', 'assigned', 'forwarded', 'resolved', 'closed') THEN h.at END)
        AS responded_at,
      max(CASE WHEN h.status = 'resolved' THEN h.at END) AS resolved_at,
      max(CASE WHEN h.status = 'closed' THEN h.at END) AS closed_at,
      max(CASE WHEN h.status = 'reopened' THEN h.at END) AS reopened_at
    FROM status_history h WHERE ${where} GROUP BY h.submission_id
  ) g JOIN status_history f ON f.id = g.first_id`;

/** A batch whose ids span at most this many times its size is read as one range of ids (a few extra are skipped). */
const DENSE = 2;

/**
 * The case facts of a batch of submissions, read in a few queries whatever the batch's size, so an export
 * of a hundred thousand cases costs a few hundred queries, not a few hundred thousand.
 */
export function createCaseFacts(db: Database.Database, cipher: FieldCipher) {
  const timesInRange = db.prepare<{ lo: number; hi: number }, TimesRow>(times('h.submission_id BETWEEN @lo AND @hi'));
  const timesOfIds = db.prepare<{ ids: string }, TimesRow>(times(`h.submission_id IN ${IDS}`));
  timesInRange.raw();
  timesOfIds.raw();
  const assigneesOf = db.prepare<{ ids: string }, [number, number | null]>(
    `SELECT id, assignee_id FROM submissions WHERE id IN ${IDS}`,
  );
  assigneesOf.raw();
  const verdicts = db.prepare<
    { ids: string },
    { submission_id: number; ref: string; rating: Rating; reason: string | null; source: string; at: string }
  >(
    `SELECT v.submission_id, s.ref, v.rating, v.reason, v.source, v.at FROM verdicts v
     JOIN submissions s ON s.id = v.submission_id WHERE v.submission_id IN ${IDS} ORDER BY v.id`,
  );
  const followUps = db.prepare<
    { ids: string },
    { submission_id: number; ref: string; outcome: FollowUpOutcome; note: string | null; by: string; at: string }
  >(
    `SELECT f.submission_id, s.ref, f.outcome, f.note, f.by, f.at FROM follow_ups f
     JOIN submissions s ON s.id = f.submission_id WHERE f.submission_id IN ${IDS} ORDER BY f.id`,
  );
  const open = (value: string | null, context: string) => (value === null ? null : cipher.open(value, context));

  function timesOf(ids: readonly number[], json: string): TimesRow[] {
    let lo = Number.MAX_SAFE_INTEGER;
    let hi = 0;
    for (const id of ids) {
      if (id < lo) lo = id;
      if (id > hi) hi = id;
    }
    return hi - lo < DENSE * ids.length ? timesInRange.all({ lo, hi }) : timesOfIds.all({ ids: json });
  }

  /**
   * The facts of each of these cases that exists, by id. `assignees`, when the caller has read the rows
   * already: each case's assignee_id, in the order of `ids` (then the cases are taken to exist).
   */
  function ofCases(ids: readonly number[], assignees?: readonly (number | null)[]): Map<number, CaseFacts> {
    const facts = new Map<number, CaseFacts>();
    if (ids.length === 0) return facts;
    const json = JSON.stringify(ids);
    const assigneeOf = new Map<number, number | null>();
    if (assignees === undefined)
      for (const [id, assignee] of assigneesOf.all({ ids: json })) assigneeOf.set(id, assignee);
    else for (let i = 0; i < ids.length; i++) assigneeOf.set(ids[i]!, assignees[i]!);
    for (const [id, by, respondedAt, resolvedAt, closedAt, reopenedAt] of timesOf(ids, json)) {
      const assigneeId = assigneeOf.get(id);
      if (assigneeId === undefined) continue; // in the range, not in the batch (a filter left it out)
      facts.set(id, {
        assigneeId,
        enteredBy: by === null || by === 'kiosk' ? null : by,
        respondedAt,
        resolvedAt,
        closedAt,
        reopenedAt,
        verdicts: [],
        followUps: [],
      });
    }
    // A case with no history (none is written so, but the subqueries this replaced still gave it facts).
    for (const [id, assigneeId] of assigneeOf) {
      if (!facts.has(id)) facts.set(id, { ...NO_TIMES, assigneeId, verdicts: [], followUps: [] });
    }
    for (const { submission_id, ref, reason, ...v } of verdicts.all({ ids: json })) {
      facts.get(submission_id)?.verdicts.push({ ...v, reason: open(reason, reasonContext(ref)) });
    }
    for (const { submission_id, ref, note, ...f } of followUps.all({ ids: json })) {
      facts.get(submission_id)?.followUps.push({ ...f, note: open(note, followUpContext(ref)) });
    }
    return facts;
  }

  return { ofCases };
}

export type CaseFactsRepo = ReturnType<typeof createCaseFacts>;
