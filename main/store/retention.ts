import type Database from 'better-sqlite3';
import { type Clock, localIso } from '../clock';
import { compactTextIndex } from './textIndex';

/** Who the status history names for a move the resident made (a verdict). */
export const RESIDENT_BY = 'resident';

export interface RetentionDeps {
  now: Clock;
}

/**
 * Closed submissions whose personal details (name, phone, description,
 * location) have not been removed yet and that were closed before @before.
 * "Closed at" is when the submission last became closed: a later history
 * entry that kept it closed (a public note) does not restart the clock.
 */
const CLOSED_BEFORE = `
  FROM submissions s
  WHERE s.status = 'closed'
    AND NOT EXISTS (SELECT 1 FROM redacted_submissions r WHERE r.submission_id = s.id)
    AND (SELECT min(julianday(h.at)) FROM status_history h
         WHERE h.submission_id = s.id AND h.status = 'closed'
           AND h.id > (SELECT coalesce(max(o.id), 0) FROM status_history o
                       WHERE o.submission_id = s.id AND o.status <> 'closed')) < julianday(@before)`;

/** An SMS's phone blanked, and one not sent yet cancelled (it cannot be sent without it). */
const FORGET_PHONE = `phone = NULL,
  last_error = CASE WHEN state = 'pending' THEN 'the phone was removed' ELSE last_error END,
  state = CASE WHEN state = 'pending' THEN 'cancelled' ELSE state END`;

/**
 * The retention purge: keeps the row (kind, category, dates, status and its
 * history, for the dashboard's counts) and removes what says who the resident
 * is and what they wrote.
 */
export function createRetention(db: Database.Database, { now }: RetentionDeps) {
  const count = db.prepare<{ before: string }, { n: number }>(`SELECT count(*) AS n ${CLOSED_BEFORE}`);
  const select = db.prepare<{ before: string }, { id: number; ref: string }>(`SELECT s.id, s.ref ${CLOSED_BEFORE}`);
  const blank = db.prepare(
    // description is NOT NULL: empty.
    "UPDATE submissions SET description = '', location = NULL, name = NULL, phone = NULL WHERE id = ?",
  );
  // The resident's reason for a 不满意 (kept in the verdict and in the history of the reopening) and
  // what staff heard on a follow-up call are the resident's words too.
  const blankWords = [
    db.prepare('UPDATE verdicts SET reason = NULL WHERE submission_id = ?'),
    db.prepare('UPDATE follow_ups SET note = NULL WHERE submission_id = ?'),
    db.prepare(`UPDATE status_history SET note = NULL WHERE submission_id = ? AND by = '${RESIDENT_BY}'`),
    // Those who added their support ("me too") left their contact with this case.
    db.prepare('UPDATE supporters SET name = NULL, phone = NULL WHERE submission_id = ?'),
    // The phone kept with each SMS (and any SMS not sent yet, which cannot be sent without it).
    db.prepare(`UPDATE sms_outbox SET ${FORGET_PHONE} WHERE submission_id = ?`),
    // A supporter's too, found by the supporter: those sent before a merge moved them here name the merged case.
    db.prepare(`UPDATE sms_outbox SET ${FORGET_PHONE}
      WHERE supporter_id IN (SELECT p.id FROM supporters p WHERE p.submission_id = ?)`),
  ];
  const mark = db.prepare('INSERT INTO redacted_submissions (submission_id, at, by) VALUES (?, ?, ?)');

  const redact = db.transaction((before: string, by: string): number[] => {
    const at = localIso(now());
    const rows = select.all({ before });
    for (const { id } of rows) {
      blank.run(id);
      for (const statement of blankWords) statement.run(id);
      mark.run(id, at, by);
    }
    return rows.map((r) => r.id);
  });

  return {
    /** How many submissions closed before `before` still hold personal details. */
    countClosedBefore(before: Date): number {
      return count.get({ before: localIso(before) })!.n;
    },

    /** Removes the personal details of submissions closed before `before`; returns how many. */
    redactClosedBefore(before: Date, by: string): number {
      const ids = redact.immediate(localIso(before), by);
      // Move the overwritten pages out of the WAL into the (secure_delete) main file, so they do not linger there.
      if (ids.length > 0) {
        compactTextIndex(db);
        db.pragma('wal_checkpoint(TRUNCATE)');
      }
      return ids.length;
    },
  };
}

export type Retention = ReturnType<typeof createRetention>;
