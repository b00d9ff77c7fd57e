import type { Migration } from './migration';

/**
 * Telling the resident by SMS (main/sms/):
 *
 * - `submissions.sms_consent`: 1 when the resident who left a phone said yes
 *   to "案件有进展时，用短信告诉您吗？"; 0 otherwise, and for every submission
 *   made before the question was asked.
 * - `sms_outbox`: one row per status change and recipient: the case's own
 *   consenting resident (`supporter_id` null) and each "me too" supporter who
 *   asked to be told (`supporters.notify`), with the supporter's own phone,
 *   language and reference. Two partial unique indexes hold one message per
 *   change and recipient, so two kiosks enqueueing at once cannot send one
 *   change twice (NULLs are distinct in a plain UNIQUE, so one index on both
 *   columns would not hold for the resident's rows). The phone is kept with the message, inside the
 *   encrypted database file like every other personal detail, and blanked by
 *   the retention purge. It holds the template and the reference only: never
 *   what the resident wrote. States: see main/store/smsOutbox.ts.
 */
export const smsOutbox: Migration = {
  version: 140,
  name: 'sms-outbox',
  up(db) {
    db.exec(`
      ALTER TABLE submissions ADD COLUMN sms_consent INTEGER NOT NULL DEFAULT 0 CHECK (sms_consent IN (0, 1));

      CREATE TABLE sms_outbox (
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
      CREATE UNIQUE INDEX sms_outbox_resident_change ON sms_outbox (history_id) WHERE supporter_id IS NULL;
      CREATE UNIQUE INDEX sms_outbox_supporter_change ON sms_outbox (history_id, supporter_id)
        WHERE supporter_id IS NOT NULL;
      CREATE INDEX sms_outbox_state ON sms_outbox (state);
      CREATE INDEX sms_outbox_submission ON sms_outbox (submission_id);
      CREATE INDEX sms_outbox_supporter ON sms_outbox (supporter_id);
    `);
  },
};
