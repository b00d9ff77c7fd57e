import type { Migration } from './migration';

/** Submissions with their status history, staff calls, the audit log and settings. */
export const initial: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.exec(`
      -- AUTOINCREMENT so an id staff noted down is never reused after a purge.
      CREATE TABLE submissions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        ref TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('service', 'complaint', 'suggestion')),
        category TEXT NOT NULL,
        description TEXT NOT NULL,
        location TEXT,
        anonymous INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
        name TEXT,
        phone TEXT,
        language TEXT NOT NULL,
        input_modes TEXT NOT NULL CHECK (json_valid(input_modes)),
        kiosk_id TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('queued', 'collected', 'forwarded', 'closed')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX submissions_status ON submissions (status);
      CREATE INDEX submissions_created_at ON submissions (created_at);

      CREATE TABLE status_history (
        id INTEGER PRIMARY KEY,
        submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('queued', 'collected', 'forwarded', 'closed')),
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        note TEXT
      ) STRICT;
      CREATE INDEX status_history_submission ON status_history (submission_id);

      CREATE TABLE staff_calls (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        language TEXT NOT NULL,
        created_at TEXT NOT NULL,
        acknowledged_at TEXT
      ) STRICT;

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT
      ) STRICT;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
