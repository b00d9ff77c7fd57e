import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { migrate, StoreVersionError, schemaVersion } from './migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { makeDatabasePrivate } from './privateFiles';

export const DB_FILE_NAME = 'linli.sqlite';

/** Opens (creating if needed) the kiosk's database and brings its schema up to date. */
export function openDatabase(file: string): Database.Database {
  refuseNewerSchema(file);
  // Before SQLite opens it: the -wal and -shm it creates then take this file's mode.
  makeDatabasePrivate(file);
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    // FULL: a reference number shown to a resident must survive a power cut right after.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Deleted personal data (purge) is overwritten, not left in free pages.
    db.pragma('secure_delete = ON');
    const before = schemaVersion(db);
    migrate(db, MIGRATIONS);
    // A migration may have rewritten personal data (sealed or redacted it): move the pages out of the
    // WAL into the secure_delete main file, so the old text does not linger in the WAL.
    if (schemaVersion(db) !== before) db.pragma('wal_checkpoint(TRUNCATE)');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Looks at the schema version read-only first, so a newer database is never opened for writing. */
function refuseNewerSchema(file: string): void {
  if (!existsSync(file)) return;
  const probe = new Database(file, { readonly: true, fileMustExist: true });
  let version: number;
  try {
    version = schemaVersion(probe);
  } finally {
    probe.close();
  }
  if (version > LATEST_SCHEMA_VERSION) throw new StoreVersionError(file, version, LATEST_SCHEMA_VERSION);
}
