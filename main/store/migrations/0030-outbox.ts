import type { Migration } from './migration';

/**
 * Forwarding to the city, notes for the resident, refused guesses and the
 * retention purge, in one step:
 *
 * - `outbox`: one row per submission that forwarding has taken on, with its
 *   state (see main/store/outbox.ts for the state machine), failure count,
 *   last reason, next try and the city's answer. It holds no personal
 *   details: the request is built from the submission at send time.
 * - `status_history.public_note`: what staff tell the resident, kept with the
 *   status change that set it; the newest one is the submission's public note.
 * - `lookup_failures`: wrong phone digits given with a reference, so guessing
 *   can be refused; rows older than the window are pruned as new ones come.
 * - `redacted_submissions`: submissions whose personal details the retention
 *   purge has removed (the row, its kind, category, dates and status stay).
 */
export const outbox: Migration = {
  version: 30,
  name: 'outbox',
  up(db) {
    db.exec(`
      CREATE TABLE outbox (
        submission_id INTEGER PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE,
        state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'uncertain', 'cancelled')),
        failures INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
        last_error TEXT,
        next_try_at TEXT,
        claimed_by TEXT,
        claimed_at TEXT,
        service_request_id TEXT,
        token TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX outbox_state ON outbox (state);

      ALTER TABLE status_history ADD COLUMN public_note TEXT;

      CREATE TABLE lookup_failures (
        id INTEGER PRIMARY KEY,
        submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX lookup_failures_submission ON lookup_failures (submission_id);

      CREATE TABLE redacted_submissions (
        submission_id INTEGER PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        by TEXT NOT NULL
      ) STRICT;
    `);
  },
};
