import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../main/store/database';
import { openDatabaseOrSetAside as openOrSetAside } from '../../../../main/store/setAside';
import { fakeClock, useTempDir } from '../support';
import { keysIn, openEncrypted } from './databaseFiles';

describe('openDatabaseOrSetAside', () => {
  const temp = useTempDir();
  const file = () => temp.path('linli.sqlite');
  const clock = fakeClock('2026-11-26T09:20:00.123+08:00');
  const openDatabaseOrSetAside = (at: string, now: typeof clock.now) => openOrSetAside(at, now, keysIn(temp.dir));

  it('opens a sound database as it is', () => {
    openDatabase(file(), keysIn(temp.dir)).close();
    const { db, setAside } = openDatabaseOrSetAside(file(), clock.now);
    db.close();
    expect(setAside).toBeNull();
    expect(readdirSync(temp.dir).filter((f) => f.includes('damaged'))).toEqual([]);
  });

  it('moves a damaged file and its WAL aside together, under one name with the time, and starts afresh', () => {
    writeFileSync(file(), 'garbage '.repeat(1000));
    writeFileSync(`${file()}-wal`, 'wal bytes');
    const { db, setAside } = openDatabaseOrSetAside(file(), clock.now);
    db.close();
    expect(setAside).toMatchObject({ reason: expect.stringMatching(/^SQLITE_NOTADB/), at: expect.any(String) });
    const movedTo = setAside!.movedTo;
    expect(movedTo).toMatch(/linli\.sqlite\.damaged-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}$/);
    expect(readFileSync(movedTo, 'utf8')).toBe('garbage '.repeat(1000));
    expect(readFileSync(`${movedTo}-wal`, 'utf8')).toBe('wal bytes');
    const fresh = openEncrypted(file(), { readonly: true });
    expect(fresh.pragma('quick_check', { simple: true })).toBe('ok');
    fresh.close();
  });

  it('stops rather than replace an earlier damaged file of the same name', () => {
    writeFileSync(file(), 'garbage '.repeat(1000));
    const first = openDatabaseOrSetAside(file(), clock.now);
    first.db.close();
    const earlier = first.setAside!.movedTo;
    writeFileSync(file(), 'other garbage '.repeat(1000));
    expect(() => openDatabaseOrSetAside(file(), clock.now)).toThrow(/exists already/);
    expect(readFileSync(earlier, 'utf8')).toBe('garbage '.repeat(1000));
    expect(existsSync(file())).toBe(true);
  });

  it('does not move an encrypted file that the key does not open: another key looks the same as damage there', () => {
    openDatabase(file(), keysIn(temp.dir)).close();
    const before = readFileSync(file());
    rmSync(temp.path('linli.key'));
    keysIn(temp.dir).create();
    expect(() => openDatabaseOrSetAside(file(), clock.now)).toThrow(/not the one this database was encrypted with/);
    expect(readFileSync(file())).toEqual(before);
    expect(readdirSync(temp.dir).filter((f) => f.includes('damaged'))).toEqual([]);
  });

  it('does not move a database it refuses for another reason (a newer schema)', () => {
    const newer = new Database(file());
    newer.pragma('user_version = 9990');
    newer.close();
    expect(() => openDatabaseOrSetAside(file(), clock.now)).toThrow(/newer version/);
    expect(readdirSync(temp.dir).filter((f) => f.includes('damaged'))).toEqual([]);
  });
});
