import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { Clock } from '../clock';
import { databaseKeyOf, rawKeyPragma } from '../crypto/databaseKey';
import type { FieldCipher } from '../crypto/fieldCipher';
import { fileKeyProvider, KEY_FILE_NAME, type KeyProvider } from '../crypto/keyProvider';
import { createAuditLog } from './auditLog';
import { createCaseFacts } from './caseFacts';
import { createCaseQueries } from './caseQueries';
import { DB_FILE_NAME, openDatabase } from './database';
import { unlockDataKey } from './dataKey';
import { checkInBackground, DamagedDatabaseError, type IntegrityResult } from './integrityCheck';
import { createLookupAttempts } from './lookupAttempts';
import { encryptLegacyNotes } from './notes';
import { createOutbox } from './outbox';
import { openSealedRows } from './personalData';
import { createPrivateFile } from './privateFiles';
import { createRetention } from './retention';
import { openDatabaseOrSetAside, type SetAsideDatabase } from './setAside';
import { createSettings } from './settings';
import { createSmsOutbox } from './smsOutbox';
import { createStaffAccounts } from './staffAccounts';
import { createStaffCallRepo } from './staffCalls';
import { createSubmissionQueries } from './submissionQueries';
import { createSubmissionWrites } from './submissions';
import { createSupporters } from './supporters';
import { createVerdicts } from './verdicts';

export interface StoreOptions {
  dataDir: string;
  now: Clock;
  /** Uniform in [0, 1); proposes reference numbers. */
  random: () => number;
  /**
   * A damaged database file: moved aside for a fresh one and staff alerted
   * (the kiosk), or refused with SQLite's error (the admin CLI, which must not
   * move a file the running kiosk has open). Default 'set-aside'.
   */
  onDamaged?: 'set-aside' | 'refuse';
  /** Keeps the data key, from which the database's key is derived; by default the key file `<dataDir>/linli.key` (mode 0600). */
  keys?: KeyProvider;
}

/** The kiosk's data: one SQLite file in the data folder, reached through one repository per table or aggregate. */
export function openStore({ dataDir, now, random, onDamaged = 'set-aside', keys }: StoreOptions) {
  // The folder holds residents' personal details: private to the kiosk's user.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, DB_FILE_NAME);
  const dataKeys = keys ?? fileKeyProvider(join(dataDir, KEY_FILE_NAME));
  // Damage the background check found last time: checked before opening this time, and moved aside if so.
  const damageFound = `${file}${DAMAGE_FOUND}`;
  const checkNow = existsSync(damageFound);
  const { db, setAside } =
    onDamaged === 'set-aside'
      ? openDatabaseOrSetAside(file, now, dataKeys, { check: checkNow })
      : { db: openDatabase(file, dataKeys), setAside: null };
  if (checkNow) rmSync(damageFound, { force: true });
  const cipher = unlockPersonalData(db, dataKeys);
  const audit = createAuditLog(db, now);
  if (setAside !== null) alertSetAside(file, setAside, audit);
  let damaged: string | null = null;
  const background =
    onDamaged === 'set-aside' && !checkNow
      ? checkInBackground(file, rawKeyPragma(databaseKeyOf(dataKeys.load()!)))
      : { result: Promise.resolve<IntegrityResult>({ ok: true }), stop: async () => {} };
  const integrity = background.result.then((found) => {
    if ('damaged' in found && db.open) {
      damaged = found.damaged;
      writeFileSync(damageFound, `${found.damaged}\n`, { mode: 0o600 });
      alertDamaged(file, found.damaged, audit);
    } else if ('unchecked' in found && db.open) {
      console.error(`linli: the database ${file} could not be checked for damage (${found.unchecked})`);
    }
    return found;
  });
  const writes = createSubmissionWrites(db, { now, random, cipher });
  const changeCount = db.prepare('SELECT total_changes() AS n');
  return {
    file,
    db,
    /** The background check of every page (integrityCheck.ts): resolves once it has run. */
    integrity,
    submissions: {
      ...writes,
      ...createSubmissionQueries(db, cipher),
      /** Refused once the file is known to be damaged: a reference given now could be lost with it. */
      submit(...args: Parameters<typeof writes.submit>) {
        if (damaged !== null) throw new DamagedDatabaseError(file, damaged);
        return writes.submit(...args);
      },
    },
    staffCalls: createStaffCallRepo(db, now),
    staffAccounts: createStaffAccounts(db, now),
    cases: createCaseQueries(db, { now, cipher }),
    /** What exports say of each case beyond the submission (key times, verdicts, follow-up calls). */
    caseFacts: createCaseFacts(db, cipher),
    outbox: createOutbox(db, now),
    sms: createSmsOutbox(db, now),
    lookups: createLookupAttempts(db, now, cipher),
    retention: createRetention(db, { now }),
    audit,
    settings: createSettings(db),
    verdicts: createVerdicts(db, { now, cipher }),
    supporters: createSupporters(db, { now, random, cipher }),
    isOpen(): boolean {
      return db.open;
    },
    /**
     * Changes whenever anything is written to the database, by this connection (total_changes) or another
     * (data_version, e.g. the admin CLI): what is computed from the data can be kept until it does.
     */
    changeMark(): string {
      return `${db.pragma('data_version', { simple: true })}:${(changeCount.get() as { n: number }).n}`;
    },
    /**
     * A consistent copy of the database, made while it stays in use, into a new private file (refused if
     * one exists). VACUUM INTO writes it encrypted with the same key (SQLite's backup API refuses to copy
     * into a file without one), so the copy opens only with the data key beside it.
     */
    async backup(destination: string): Promise<void> {
      // Created private first: SQLite writes into the empty file as it finds it (and gives its journal the same mode).
      createPrivateFile(destination);
      db.prepare('VACUUM INTO ?').run(destination);
    },
    /**
     * Ends the background page check and waits until its read connection is gone: a close after it is then
     * the file's last connection, which folds the WAL into the database and removes it.
     */
    stopChecks(): Promise<void> {
      return background.stop();
    },
    close(): void {
      void background.stop();
      if (db.open) db.close();
    },
  };
}

/**
 * The cipher for staff's notes, after opening the personal details an earlier version sealed value by value
 * and sealing the notes it stored in plain text.
 */
function unlockPersonalData(db: Database.Database, keys: KeyProvider): FieldCipher {
  try {
    const { cipher } = unlockDataKey(db, keys);
    openSealedRows(db, cipher);
    encryptLegacyNotes(db, cipher);
    return cipher;
  } catch (error) {
    db.close();
    throw error;
  }
}

export type Store = ReturnType<typeof openStore>;
export type SettingsRepo = Store['settings'];
export type AuditLog = Store['audit'];

/** Beside the database file while the check found it damaged: the next start checks before opening. */
const DAMAGE_FOUND = '.damage-found';

function alertDamaged(file: string, reason: string, audit: ReturnType<typeof createAuditLog>): void {
  try {
    audit.record({ actor: 'kiosk', action: 'store.damaged', detail: { reason } });
  } catch {
    // The audit log lives in the damaged file too: the line below is then the only alert.
  }
  console.error(
    `linli: the database ${file} is damaged (${reason}). New submissions are refused; restart the kiosk to ` +
      'move the file aside untouched and start a fresh one.',
  );
}

/** Staff see the `store.setAside` entry in the console's audit log; whoever watches the process sees the line. */
function alertSetAside(file: string, setAside: SetAsideDatabase, audit: ReturnType<typeof createAuditLog>): void {
  audit.record({ actor: 'kiosk', action: 'store.setAside', detail: { ...setAside } });
  console.error(
    `linli: the database ${file} is damaged (${setAside.reason}). It was moved aside to ${setAside.movedTo}, ` +
      'untouched, and a new empty one was started; set the staff PIN again (npm run -s admin -- set-pin) ' +
      'and have the old file looked at.',
  );
}
