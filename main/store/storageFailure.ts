import Database from 'better-sqlite3';
import { ApiError } from '../../app/contract/errors';

/**
 * SQLite result codes (https://sqlite.org/rescode.html) that mean the store
 * cannot be written or read just now — a full disk, an I/O error, a damaged
 * or locked file — rather than a bug in the call. better-sqlite3 reports the
 * extended code (`SQLITE_IOERR_FSYNC`), so the primary code is its prefix.
 */
const UNAVAILABLE = [
  'SQLITE_FULL',
  'SQLITE_IOERR',
  'SQLITE_CORRUPT',
  'SQLITE_NOTADB',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_READONLY',
  'SQLITE_CANTOPEN',
];

const primaryCode = (code: string) => UNAVAILABLE.find((c) => code === c || code.startsWith(`${c}_`));

/**
 * The resident-facing answer to a storage failure: 503 'unavailable' that
 * names the storage, so the screen offers to try again or call staff, instead
 * of a 500. Null for anything that is not a storage failure.
 */
export function storageUnavailable(error: unknown): ApiError | null {
  if (!(error instanceof Database.SqliteError)) return null;
  const code = primaryCode(error.code);
  if (code === undefined) return null;
  const why = code === 'SQLITE_FULL' ? 'the disk is full' : 'the database cannot be used just now';
  return new ApiError('unavailable', `storage: nothing could be saved (${why}); please call staff`);
}
