import type { Migration } from './migration';

/**
 * Telling "me too" supporters by SMS: a supporter who left a phone and asked
 * to be told (`supporters.notify`) gets a message of their own for each
 * status change of the case they support, with their own reference.
 *
 * - `sms_outbox.supporter_id`: null for the case's own resident, else the
 *   supporter the message is for (their phone and language are copied in, as
 *   for the resident).
 * - One message per change and recipient: 0140's `UNIQUE (history_id)` would
 *   allow one per change in all, so the table is rebuilt with two partial
 *   unique indexes instead (NULLs are distinct in a plain UNIQUE, so one index
 *   on both columns would not hold for the resident's rows).
 */
export const supporterSms: Migration = {
  version: 150,
  name: 'supporter-sms',
  up(db) {
    db.exec(`
      CREATE TABLE sms_outbox_new (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
        history_id INTEGER NOT NULL,
        supporter_id INTEGER REFERENCES supporters (id) ON DELETE CASCADE,
        phone TEXT,
        template TEXT NOT NULL,
        language TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'uncertain', 'failed', 'cancelled')),
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_try_at TEXT,
        last_error TEXT,
        provider_id TEXT,
        claimed_by TEXT,
        claimed_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      INSERT INTO sms_outbox_new (id, submission_id, history_id, phone, template, language, state, attempts,
          next_try_at, last_error, provider_id, claimed_by, claimed_at, created_at, updated_at)
        SELECT id, submission_id, history_id, phone, template, language, state, attempts,
          next_try_at, last_error, provider_id, claimed_by, claimed_at, created_at, updated_at
        FROM sms_outbox;
      DROP TABLE sms_outbox;
      ALTER TABLE sms_outbox_new RENAME TO sms_outbox;
      CREATE UNIQUE INDEX sms_outbox_resident_change ON sms_outbox (history_id) WHERE supporter_id IS NULL;
      CREATE UNIQUE INDEX sms_outbox_supporter_change ON sms_outbox (history_id, supporter_id)
        WHERE supporter_id IS NOT NULL;
      CREATE INDEX sms_outbox_state ON sms_outbox (state);
      CREATE INDEX sms_outbox_submission ON sms_outbox (submission_id);
      CREATE INDEX sms_outbox_supporter ON sms_outbox (supporter_id);
    `);
  },
};
