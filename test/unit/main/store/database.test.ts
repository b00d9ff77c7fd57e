import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DataKeyError } from '../../../../main/crypto/keyProvider';
import { fileFormat, openDatabase as openWithKeys } from '../../../../main/store/database';
import { StoreVersionError } from '../../../../main/store/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../../main/store/migrations';
import { useTempDir } from '../support';
import { keysIn, openEncrypted } from './databaseFiles';

describe('openDatabase', () => {
  const temp = useTempDir();
  const file = () => temp.path('linli.sqlite');
  const openDatabase = (at: string) => openWithKeys(at, keysIn(temp.dir));

  it('creates every table from an empty database, STRICT, and records the version', () => {
    const db = openDatabase(file());
    const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main'").all() as {
      name: string;
      strict: number;
    }[];
    const strict = Object.fromEntries(tables.map((t) => [t.name, t.strict]));
    for (const name of ['submissions', 'status_history', 'staff_calls', 'audit_log', 'settings']) {
      expect(strict[name], name).toBe(1);
    }
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('runs with WAL, synchronous=FULL, foreign keys on and temporary storage in memory', () => {
    const db = openDatabase(file());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // 2 = MEMORY: nothing decrypted spills into an unencrypted temporary file.
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
    db.close();
  });

  it('numbers its migrations in tens, in order', () => {
    // Strictly increasing multiples of ten: a number may be taken by work not merged yet.
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions.every((v, i) => v % 10 === 0 && v > (versions[i - 1] ?? 0))).toBe(true);
  });

  it('opens an up-to-date database again without migrating it twice', () => {
    openDatabase(file()).close();
    const db = openDatabase(file());
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database from a newer version, and does not write to it', () => {
    const newer = new Database(file());
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 10}`);
    newer.close();
    expect(() => openDatabase(file())).toThrow(StoreVersionError);
    expect(() => openDatabase(file())).toThrow(/newer version of Linli/);
    // Opening for writing would have switched it to WAL and left a -wal file.
    expect(existsSync(`${file()}-wal`)).toBe(false);
    // Not encrypted either: a newer version's file is left exactly as it was.
    const check = new Database(file(), { readonly: true });
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 10);
    check.close();
  });

  it('applies a migration in one transaction: a failing one leaves nothing behind', () => {
    const db = new Database(file());
    db.exec('CREATE TABLE audit_log (x INTEGER) STRICT'); // makes the initial migration fail midway
    db.close();
    expect(() => openDatabase(file())).toThrow(/already exists/);
    const check = new Database(file(), { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(0);
    expect(check.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'submissions'").get()).toEqual({ n: 0 });
    check.close();
  });

  it('does not open a file that is not a database', () => {
    writeFileSync(file(), 'not a database at all, just some text that is long enough to have a header');
    expect(() => openDatabase(file())).toThrow();
  });

  it('encrypts the whole file with a key derived from the data key: without it SQLite sees no database', () => {
    const db = openDatabase(file());
    db.exec("INSERT INTO settings (key, value) VALUES ('a', 'Wang Xiuying 王秀英')");
    db.close();
    expect(fileFormat(file())).toBe('encrypted');
    expect(readFileSync(file()).includes(Buffer.from('Wang Xiuying'))).toBe(false);
    const keyless = new Database(file(), { readonly: true });
    expect(() => keyless.prepare('SELECT count(*) FROM settings').get()).toThrow(/not a database/);
    keyless.close();
    const keyed = openEncrypted(file(), { readonly: true });
    expect(keyed.prepare("SELECT value FROM settings WHERE key = 'a'").get()).toEqual({ value: 'Wang Xiuying 王秀英' });
    keyed.close();
  });

  it('refuses another key, or none, with an error that says so, and changes nothing', () => {
    openDatabase(file()).close();
    const before = readFileSync(file());
    rmSync(temp.path('linli.key'));
    expect(() => openDatabase(file())).toThrow(/data key is missing/);
    expect(existsSync(temp.path('linli.key'))).toBe(false);
    keysIn(temp.dir).create();
    expect(() => openDatabase(file())).toThrow(DataKeyError);
    expect(() => openDatabase(file())).toThrow(/not the one this database was encrypted with/);
    expect(readFileSync(file())).toEqual(before);
    expect(existsSync(`${file()}-wal`)).toBe(false);
  });
});
