import { chmodSync, existsSync, renameSync } from 'node:fs';
import Database from 'better-sqlite3';
import { type Clock, localIso } from '../clock';
import type { KeyProvider } from '../crypto/keyProvider';
import { openDatabase } from './database';
import { PRIVATE_MODE, SQLITE_COMPANIONS } from './privateFiles';

/** A damaged database file that was moved out of the way at start, so the kiosk could go on with a fresh one. */
export interface SetAsideDatabase {
  /** Where the damaged file is now (its `-wal` and `-shm`, if any, beside it with the same suffixes). */
  movedTo: string;
  /** What SQLite said about it. */
  reason: string;
  /** When it was moved, ISO 8601 with offset. */
  at: string;
}

/** The error codes with which SQLite says a file is not a (sound) database (https://sqlite.org/rescode.html). */
function damageReason(error: unknown): string | null {
  if (!(error instanceof Database.SqliteError)) return null;
  return /^SQLITE_(CORRUPT|NOTADB)/.test(error.code) ? `${error.code}: ${error.message}` : null;
}

/**
 * quick_check reads every page (https://sqlite.org/pragma.html#pragma_quick_check): damage
 * in a table nobody reads at start would otherwise surface only when a resident submits.
 */
function checkStructure(db: Database.Database): string | null {
  const rows = db.pragma('quick_check(5)') as { quick_check: string }[];
  const found = rows.map((r) => r.quick_check);
  return found.length === 1 && found[0] === 'ok' ? null : `quick_check: ${found.join('; ')}`;
}

function tryOpen(file: string, keys: KeyProvider, check: boolean): { db: Database.Database } | { damaged: string } {
  let db: Database.Database;
  try {
    db = openDatabase(file, keys);
  } catch (error) {
    const reason = damageReason(error);
    if (reason === null) throw error;
    return { damaged: reason };
  }
  let reason: string | null = null;
  try {
    if (check) reason = checkStructure(db);
  } catch (error) {
    reason = damageReason(error);
    if (reason === null) {
      db.close();
      throw error;
    }
  }
  if (reason === null) return { db };
  db.close();
  return { damaged: reason };
}

/** `2026-11-26T09-20-00.123` from the local time: sorts by time and is a valid file name everywhere. */
const fileStamp = (at: Date) => localIso(at).slice(0, 23).replace(/:/g, '-');

/**
 * Opens the kiosk's database; if SQLite finds the file damaged, moves it (and
 * its WAL) aside as `linli.sqlite.damaged-<time>` — never deleting it, so
 * nothing is silently lost — and starts a fresh one. The caller records the
 * move where staff will see it. Any other failure (a newer schema, no
 * permission, a missing or wrong data key, which an encrypted file cannot
 * tell from a damaged first page) is thrown as before: nothing is moved.
 *
 * `check`: also run quick_check, which reads every page, before answering. The kiosk asks for it only when
 * the check it runs in the background after starting (integrityCheck.ts) found damage last time: at a
 * million submissions it takes seconds, which a start cannot wait for. Damage opening alone sees (a
 * damaged header or schema) is found either way.
 */
export function openDatabaseOrSetAside(
  file: string,
  now: Clock,
  keys: KeyProvider,
  { check = true }: { check?: boolean } = {},
): { db: Database.Database; setAside: SetAsideDatabase | null } {
  const first = tryOpen(file, keys, check);
  if ('db' in first) return { db: first.db, setAside: null };
  const at = now();
  const movedTo = `${file}.damaged-${fileStamp(at)}`;
  // rename() would replace an earlier damaged file of the same name: stop rather than lose it.
  if (existsSync(movedTo)) throw new Error(`${file} is damaged and ${movedTo} exists already: nothing was moved`);
  renameSync(file, movedTo);
  // Damaged or not, it holds residents' details: private, even if an older version left it readable.
  chmodSync(movedTo, PRIVATE_MODE);
  for (const suffix of SQLITE_COMPANIONS) {
    if (!existsSync(file + suffix)) continue;
    renameSync(file + suffix, movedTo + suffix);
    chmodSync(movedTo + suffix, PRIVATE_MODE);
  }
  return { db: openDatabase(file, keys), setAside: { movedTo, reason: first.damaged, at: localIso(at) } };
}
