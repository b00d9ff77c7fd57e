import type Database from 'better-sqlite3';
import { type Clock, localIso } from '../clock';
import type { FieldCipher } from '../crypto/fieldCipher';
import { openNote } from './notes';

/**
 * What a resident's progress lookup reads beyond the submission itself: the
 * public note staff left, and the wrong phone digits given with a reference
 * and the source that gave them (kept in the database, so restarting the
 * kiosk does not reset the count).
 */
export function createLookupAttempts(db: Database.Database, now: Clock, cipher: FieldCipher) {
  const publicNote = db.prepare<[number], { public_note: string; ref: string }>(
    `SELECT h.public_note, s.ref FROM status_history h JOIN submissions s ON s.id = h.submission_id
     WHERE h.submission_id = ? AND h.public_note IS NOT NULL ORDER BY h.id DESC LIMIT 1`,
  );
  const failuresSince = db.prepare<[number, string], { at: string }>(
    'SELECT at FROM lookup_failures WHERE submission_id = ? AND julianday(at) > julianday(?) ORDER BY julianday(at)',
  );
  const failuresFromSince = db.prepare<[number, string, string], { at: string }>(
    `SELECT at FROM lookup_failures WHERE submission_id = ? AND source = ? AND julianday(at) > julianday(?)
     ORDER BY julianday(at)`,
  );
  const failuresNotFromSince = db.prepare<[number, string, string], { at: string }>(
    `SELECT at FROM lookup_failures WHERE submission_id = ? AND source != ? AND julianday(at) > julianday(?)
     ORDER BY julianday(at)`,
  );
  const insert = db.prepare('INSERT INTO lookup_failures (submission_id, source, at) VALUES (?, ?, ?)');
  const prune = db.prepare('DELETE FROM lookup_failures WHERE julianday(at) < julianday(?)');

  const record = db.transaction((submissionId: number, source: string, forgetBefore: string) => {
    prune.run(forgetBefore);
    insert.run(submissionId, source, localIso(now()));
  });

  return {
    /** The newest public note staff gave this submission, or null. */
    publicNote(submissionId: number): string | null {
      const row = publicNote.get(submissionId);
      return row === undefined ? null : openNote(cipher, 'public_note', row.ref, row.public_note);
    },

    /** When each wrong guess for this submission after `since` was made, oldest first: from anywhere, from one source, or from all but one. */
    failuresSince(
      submissionId: number,
      since: Date,
      scope: { from: string } | { notFrom: string } | null = null,
    ): Date[] {
      const after = localIso(since);
      const rows =
        scope === null
          ? failuresSince.all(submissionId, after)
          : 'from' in scope
            ? failuresFromSince.all(submissionId, scope.from, after)
            : failuresNotFromSince.all(submissionId, scope.notFrom, after);
      return rows.map((r) => new Date(r.at));
    },

    /** Records a wrong guess from a source; guesses older than `forgetBefore` (of any submission) are deleted, so the table stays small. */
    recordFailure(submissionId: number, source: string, forgetBefore: Date): void {
      record(submissionId, source, localIso(forgetBefore));
    },
  };
}

export type LookupAttempts = ReturnType<typeof createLookupAttempts>;
