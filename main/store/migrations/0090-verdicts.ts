import type { Migration } from './migration';

/**
 * The resident's verdict on a resolved case (满意 / 基本满意 / 不满意) and
 * staff's follow-up calls (回访):
 *
 * - `verdicts`: every verdict given, never overwritten, so 满意率 can take a
 *   case's latest and the history shows a 不满意 that reopened it. `reason`
 *   is the resident's own words, sealed like staff's notes; `source` says
 *   where it was given (the kiosk, a browser-host address, or `follow-up`
 *   when staff heard it on the phone).
 * - `follow_ups`: each call staff made, with its outcome and a note (sealed),
 *   and who called (name at the time, and account id).
 */
export const verdicts: Migration = {
  version: 90,
  name: 'verdicts',
  up(db) {
    db.exec(`
      CREATE TABLE verdicts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
        rating TEXT NOT NULL CHECK (rating IN ('satisfied', 'basically', 'unsatisfied')),
        reason TEXT,
        source TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX verdicts_submission ON verdicts (submission_id);

      CREATE TABLE follow_ups (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
        outcome TEXT NOT NULL
          CHECK (outcome IN ('reached-satisfied', 'reached-basically', 'reached-unsatisfied', 'not-reached')),
        note TEXT,
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        actor_id INTEGER
      ) STRICT;
      CREATE INDEX follow_ups_submission ON follow_ups (submission_id);
    `);
  },
};
