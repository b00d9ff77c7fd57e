import { chmodSync, closeSync, existsSync, fchmodSync, openSync, writeFileSync } from 'node:fs';

/**
 * Residents' personal details live in these files, and the data key's check
 * value and the staff PIN hashes too: readable and writable by the kiosk's
 * user only, whatever the folder's mode or the process's umask.
 */
export const PRIVATE_MODE = 0o600;

/** SQLite's companions of a database file; each is created with the main file's mode. */
export const SQLITE_COMPANIONS = ['-wal', '-shm', '-journal'] as const;

/**
 * Makes `file` private before SQLite opens it: created empty (SQLite takes an
 * empty file for a new database) when missing, its mode set otherwise. SQLite
 * gives a new `-wal` and `-shm` the mode of the main file
 * (https://sqlite.org/src/doc/trunk/src/os_unix.c, findCreateFileMode), so
 * they are private from the start; companions left by an older version are
 * made private here too.
 */
export function makeDatabasePrivate(file: string): void {
  const fd = openSync(file, 'a', PRIVATE_MODE);
  try {
    fchmodSync(fd, PRIVATE_MODE);
  } finally {
    closeSync(fd);
  }
  for (const suffix of SQLITE_COMPANIONS) {
    if (existsSync(file + suffix)) chmodSync(file + suffix, PRIVATE_MODE);
  }
}

/** A new, empty, private file; refused (EEXIST) if something is there already. */
export function createPrivateFile(file: string): void {
  // The umask can only take bits away from 0600, never add any.
  closeSync(openSync(file, 'wx', PRIVATE_MODE));
}

/** Opens `file` for writing, emptied, private even when it was there before with a wider mode (made so before writing). */
export function openPrivateFile(file: string): number {
  const fd = openSync(file, 'w', PRIVATE_MODE);
  try {
    fchmodSync(fd, PRIVATE_MODE);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  return fd;
}

/** Writes `text` to `file`, private even when the file was there before with a wider mode (made so before writing). */
export function writePrivateFile(file: string, text: string): void {
  const fd = openPrivateFile(file);
  try {
    writeFileSync(fd, text);
  } finally {
    closeSync(fd);
  }
}
