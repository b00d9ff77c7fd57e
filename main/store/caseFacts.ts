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

interface TimesRow {
  id: number;
  ref: string;
  assignee_id: number | null;
  entered_by: string | null;
  responded_at: string | null;
  resolved_at: string | null;
  closed_at: string | null;
  reopened_at: string | null;
}

const IDS = '(SELECT value FROM json_each(?))';
const since = (statuses: string, pick: 'min' | 'max') =>
  `(SELECT ${pick}(h.at) FROM status_history h WHERE h.submission_id = s.id AND h.status IN ${statuses})`;

/**
 * The case facts of a batch of submissions, read in three queries whatever the batch's size, so an export
 * of a hundred thousand cases costs a few hundred queries, not a few hundred thousand.
 */
export function createCaseFacts(db: Database.Database, cipher: FieldCipher) {
  const times = db.prepare<[string], TimesRow>(
    `SELECT s.id, s.ref, s.assignee_id,
       (SELECT h.by FROM status_history h WHERE h.submission_id = s.id ORDER BY h.id LIMIT 1) AS entered_by,
       ${since("('collected', 'assigned', 'forwarded', 'resolved', 'closed')", 'min')} AS responded_at,
       ${since("('resolved')", 'max')} AS resolved_at,
       ${since("('closed')", 'max')} AS closed_at,
       ${since("('reopened')", 'max')} AS reopened_at
     FROM submissions s WHERE s.id IN ${IDS}`,
  );
  const verdicts = db.prepare<
    [string],
    { submission_id: number; ref: string; rating: Rating; reason: string | null; source: string; at: string }
  >(
    `SELECT v.submission_id, s.ref, v.rating, v.reason, v.source, v.at FROM verdicts v
     JOIN submissions s ON s.id = v.submission_id WHERE v.submission_id IN ${IDS} ORDER BY v.id`,
  );
  const followUps = db.prepare<
    [string],
    { submission_id: number; ref: string; outcome: FollowUpOutcome; note: string | null; by: string; at: string }
  >(
    `SELECT f.submission_id, s.ref, f.outcome, f.note, f.by, f.at FROM follow_ups f
     JOIN submissions s ON s.id = f.submission_id WHERE f.submission_id IN ${IDS} ORDER BY f.id`,
  );
  const open = (value: string | null, context: string) => (value === null ? null : cipher.open(value, context));

  return {
    /** The facts of each of these cases that exists, by id. */
    ofCases(ids: readonly number[]): Map<number, CaseFacts> {
      const json = JSON.stringify(ids);
      const facts = new Map<number, CaseFacts>();
      for (const row of times.all(json)) {
        facts.set(row.id, {
          assigneeId: row.assignee_id,
          enteredBy: row.entered_by === null || row.entered_by === 'kiosk' ? null : row.entered_by,
          respondedAt: row.responded_at,
          resolvedAt: row.resolved_at,
          closedAt: row.closed_at,
          reopenedAt: row.reopened_at,
          verdicts: [],
          followUps: [],
        });
      }
      for (const { submission_id, ref, reason, ...v } of verdicts.all(json)) {
        facts.get(submission_id)?.verdicts.push({ ...v, reason: open(reason, reasonContext(ref)) });
      }
      for (const { submission_id, ref, note, ...f } of followUps.all(json)) {
        facts.get(submission_id)?.followUps.push({ ...f, note: open(note, followUpContext(ref)) });
      }
      return facts;
    },
  };
}

export type CaseFactsRepo = ReturnType<typeof createCaseFacts>;
