import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { Clock } from '../clock';
import { createAuditLog } from './auditLog';
import { DB_FILE_NAME, openDatabase } from './database';
import { createSettings } from './settings';
import { createStaffCallRepo } from './staffCalls';
import { createSubmissionQueries } from './submissionQueries';
import { createSubmissionWrites } from './submissions';

export interface StoreOptions {
  dataDir: string;
  now: Clock;
  /** Uniform in [0, 1); proposes reference numbers. */
  random: () => number;
}

/** The kiosk's data: one SQLite file in the data folder, reached through one repository per table or aggregate. */
export function openStore({ dataDir, now, random }: StoreOptions) {
  // The folder holds residents' personal details: private to the kiosk's user.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, DB_FILE_NAME);
  const db: Database.Database = openDatabase(file);
  return {
    file,
    db,
    submissions: { ...createSubmissionWrites(db, { now, random }), ...createSubmissionQueries(db) },
    staffCalls: createStaffCallRepo(db, now),
    audit: createAuditLog(db, now),
    settings: createSettings(db),
    isOpen(): boolean {
      return db.open;
    },
    /** A consistent copy of the database, made while it stays in use. */
    async backup(destination: string): Promise<void> {
      await db.backup(destination);
    },
    close(): void {
      if (db.open) db.close();
    },
  };
}

export type Store = ReturnType<typeof openStore>;
export type SettingsRepo = Store['settings'];
export type AuditLog = Store['audit'];
