import type Database from 'better-sqlite3';
import type { Migration } from './migration';

const STATUS_LIST = "('queued', 'collected', 'assigned', 'forwarded', 'resolved', 'closed', 'reopened')";

/**
 * Named staff accounts and the statuses of case handling:
 *
 * - `staff_accounts`: one row per person, with a role (`staff` works cases,
 *   `admin` also manages retention, forwarding and accounts) and the scrypt
 *   hash of their own PIN. Accounts are disabled, never deleted, so the audit
 *   log and the cases they handled keep naming them. A name is unique among
 *   accounts in use; a PIN's uniqueness is checked by the repository (a
 *   salted hash cannot be indexed).
 * - `audit_log.actor_id`: which account acted (0 is the centre's shared PIN);
 *   `actor` now holds the person's name at the time. Rows written before keep
 *   their session labels (`staff:87e6296c`) and a null id.
 * - `submissions` and `status_history` accept `assigned`, `resolved` and
 *   `reopened`; `submissions.assignee_id` says who handles a case (0, the
 *   shared PIN's admin; accounts are never deleted, so no foreign key).
 *   SQLite cannot alter a CHECK constraint, and rebuilding the tables inside
 *   the migration's transaction, where foreign keys cannot be switched off,
 *   would cascade into every table that refers to them. So the constraint is
 *   widened in place, as SQLite documents for loosening a constraint
 *   (sqlite.org/lang_altertable.html, section 7: writable_schema, then a new
 *   schema_version): every stored row satisfies the wider list already.
 */
export const caseHandling: Migration = {
  version: 80,
  name: 'case-handling',
  up(db) {
    db.exec(`
      CREATE TABLE staff_accounts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        role TEXT NOT NULL CHECK (role IN ('staff', 'admin')),
        pin_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        disabled_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX staff_accounts_name_in_use ON staff_accounts (name) WHERE disabled_at IS NULL;

      ALTER TABLE audit_log ADD COLUMN actor_id INTEGER;
    `);
    widenStatusChecks(db);
    db.exec(`
      ALTER TABLE submissions ADD COLUMN assignee_id INTEGER;
      CREATE INDEX submissions_assignee ON submissions (assignee_id, status) WHERE assignee_id IS NOT NULL;
    `);
  },
};

const QUEUE_CHECK = "CHECK (status IN ('queued', 'collected', 'forwarded', 'closed'))";
const CASE_CHECK = `CHECK (status IN ${STATUS_LIST})`;

function widenStatusChecks(db: Database.Database): void {
  const version = db.pragma('schema_version', { simple: true }) as number;
  // better-sqlite3 opens connections in SQLite's defensive mode, which forbids writable_schema.
  db.unsafeMode(true);
  try {
    db.pragma('writable_schema = ON');
    const { changes } = db
      .prepare(
        "UPDATE sqlite_schema SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name IN ('submissions', 'status_history') AND instr(sql, ?) > 0",
      )
      .run(QUEUE_CHECK, CASE_CHECK, QUEUE_CHECK);
    if (changes !== 2) throw new Error(`case-handling: expected the status check in 2 tables, found it in ${changes}`);
    db.pragma(`schema_version = ${version + 1}`);
  } finally {
    db.pragma('writable_schema = OFF');
    db.unsafeMode(false);
  }
  const problems = db.pragma('quick_check') as { quick_check: string }[];
  if (problems[0]?.quick_check !== 'ok') throw new Error(`case-handling: quick_check says ${problems[0]?.quick_check}`);
}
