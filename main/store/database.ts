import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { databaseKeyOf, rawKeyPragma } from '../crypto/databaseKey';
import { DataKeyError, type KeyProvider } from '../crypto/keyProvider';
import { unlockDataKey } from './dataKey';
import { migrate, StoreVersionError, schemaVersion } from './migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { makeDatabasePrivate } from './privateFiles';
import { digitSuffixes, textGrams } from './textIndex';

export const DB_FILE_NAME = 'linli.sqlite';

/** The first 16 bytes of every unencrypted SQLite file (https://sqlite.org/fileformat.html#the_database_header). */
const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** The smallest page size: every whole database file, encrypted or not, is a multiple of it. */
const MIN_PAGE_SIZE = 512;

/**
 * What is at `file`: nothing yet, an unencrypted SQLite file (what versions
 * before whole-file encryption wrote, personal details sealed field by field),
 * or anything else, which only the key can tell from garbage.
 */
export function fileFormat(file: string): 'new' | 'plain' | 'encrypted' {
  if (!existsSync(file) || statSync(file).size === 0) return 'new';
  const header = Buffer.alloc(PLAIN_HEADER.length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  return header.equals(PLAIN_HEADER) ? 'plain' : 'encrypted';
}

/**
 * Opens (creating if needed) the kiosk's database, encrypted as a whole with
 * the key derived from the data key `keys` keeps, and brings its schema up to
 * date. A file of an earlier version, unencrypted, is first encrypted where it
 * lies (encryptPlainFile). Without the key, or with another one, it is refused
 * with a DataKeyError and nothing is changed: never a new empty database.
 */
export function openDatabase(file: string, keys: KeyProvider): Database.Database {
  const format = fileFormat(file);
  if (format === 'plain') encryptPlainFile(file, keys);
  // A cut-off file is damaged whatever the key: said as SQLite says it, so the kiosk moves it aside (setAside.ts).
  if (format === 'encrypted' && statSync(file).size % MIN_PAGE_SIZE !== 0) {
    throw new Database.SqliteError(
      `${file} is not a whole number of pages: cut off, or not a database`,
      'SQLITE_NOTADB',
    );
  }
  const key = databaseKeyOf(format === 'new' ? (keys.load() ?? keys.create()) : requireKey(file, keys));
  refuseNewerSchema(file, key, keys);
  // Before SQLite opens it: the -wal and -shm it creates then take this file's mode.
  makeDatabasePrivate(file);
  const db = new Database(file);
  try {
    unlock(db, key, keys);
    db.pragma('journal_mode = WAL');
    // FULL: a reference number shown to a resident must survive a power cut right after.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Deleted personal data (purge) is overwritten, not left in free pages (which are encrypted as well).
    db.pragma('secure_delete = ON');
    // Sorts and temporary tables that spill stay in memory: SQLite3 Multiple Ciphers does not encrypt
    // temporary files, and this build of SQLite would otherwise write them to disk (TEMP_STORE=1).
    db.pragma('temp_store = MEMORY');
    registerFunctions(db);
    migrate(db, MIGRATIONS);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Text search folds case as JavaScript does (SQLite's own lower() knows only ASCII): submissionFilter.ts.
 * The text index's triggers write each column as textIndex.ts does, so every connection that may write
 * submissions needs `linli_grams`.
 */
function registerFunctions(db: Database.Database): void {
  db.function('linli_fold', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? text.toLowerCase() : text,
  );
  db.function('linli_grams', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? textGrams(text) : text,
  );
  db.function('linli_digits', { deterministic: true, varargs: true }, digitSuffixes);
}

function requireKey(file: string, keys: KeyProvider): Buffer {
  const key = keys.load();
  if (key !== null) return key;
  throw new DataKeyError(
    `The data key is missing (${keys.location}). The database ${file} is encrypted with it and cannot be ` +
      'read without it: put the key back from where it was kept. Nothing was changed.',
  );
}

/** SQLCipher 4's format (AES-256, an HMAC per page) as SQLite3 Multiple Ciphers writes it; then proves the key. */
function unlock(db: Database.Database, key: Buffer, keys: KeyProvider): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma(`key = ${rawKeyPragma(key)}`);
  try {
    // The first read of page 1: it fails its HMAC with another key.
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (error) {
    if (!(error instanceof Database.SqliteError) || error.code !== 'SQLITE_NOTADB') throw error;
    // A wrong key and a damaged first page look the same: refuse, and move nothing.
    throw new DataKeyError(
      `${db.name} cannot be opened with the data key at ${keys.location}: that key is not the one this database ` +
        'was encrypted with, or the first page of the file is damaged. Nothing was changed or moved: put back ' +
        'the key the database was made with (README, "Backup and restore").',
    );
  }
}

/** Looks at the schema version read-only first, so a newer database is never opened for writing. */
function refuseNewerSchema(file: string, key: Buffer | null, keys: KeyProvider): void {
  if (fileFormat(file) === 'new') return;
  const probe = new Database(file, { readonly: true, fileMustExist: true });
  let version: number;
  try {
    if (key !== null) unlock(probe, key, keys);
    version = schemaVersion(probe);
  } finally {
    probe.close();
  }
  if (version > LATEST_SCHEMA_VERSION) throw new StoreVersionError(file, version, LATEST_SCHEMA_VERSION);
}

/**
 * An unencrypted database of an earlier version: brought up to this version's
 * schema as it is, its data key checked (or made, if it never had one), then
 * encrypted where it lies with SQLite3 Multiple Ciphers' `rekey`, which
 * rewrites every page, free ones too, in one transaction through a rollback
 * journal: a stop half-way leaves the unencrypted file as it was, and the next
 * start does it again. Personal details it held sealed field by field are
 * opened afterwards, inside the encrypted file (openStore, migration 0070).
 */
function encryptPlainFile(file: string, keys: KeyProvider): void {
  refuseNewerSchema(file, null, keys);
  makeDatabasePrivate(file);
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('secure_delete = ON');
    registerFunctions(db);
    migrate(db, MIGRATIONS);
    const key = databaseKeyOf(unlockDataKey(db, keys).key);
    // rekey is refused in WAL mode: everything into the main file first.
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    db.pragma(`rekey = ${rawKeyPragma(key)}`);
  } finally {
    db.close();
  }
  if (fileFormat(file) !== 'encrypted') throw new Error(`${file}: encrypting the database did not take effect`);
}
