import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { storageUnavailable } from '../../../../main/store/storageFailure';

describe('storageUnavailable', () => {
  it.each([
    'SQLITE_FULL',
    'SQLITE_IOERR_FSYNC',
    'SQLITE_IOERR',
    'SQLITE_CORRUPT',
    'SQLITE_BUSY',
    'SQLITE_READONLY_DBMOVED',
  ])('answers %s with "unavailable" naming the storage, and no SQLite words', (code) => {
    const error = storageUnavailable(new Database.SqliteError('database or disk is full', code));
    expect(error?.code).toBe('unavailable');
    expect(error?.message).toMatch(/^storage: /);
    expect(error?.message).not.toMatch(/SQLITE|sqlite/);
  });

  it('says the disk is full when it is', () => {
    expect(storageUnavailable(new Database.SqliteError('full', 'SQLITE_FULL'))?.message).toMatch(/disk is full/);
  });

  it.each([
    ['a constraint', new Database.SqliteError('UNIQUE constraint failed', 'SQLITE_CONSTRAINT_UNIQUE')],
    ['a code that only starts alike', new Database.SqliteError('x', 'SQLITE_FULLNESS')],
    ['a plain error', new Error('SQLITE_FULL')],
    ['not an error', 'SQLITE_FULL'],
  ])('leaves %s alone (it stays an internal error)', (_what, error) => {
    expect(storageUnavailable(error)).toBeNull();
  });
});
