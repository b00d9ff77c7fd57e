import type Database from 'better-sqlite3';
import type { StaffRole } from '../../app/domain/staffRoles';
import { type Clock, localIso } from '../clock';

export type { StaffRole };

/** A named staff account as the rest of the kiosk sees it: never its PIN hash. */
export interface StaffAccount {
  id: number;
  name: string;
  role: StaffRole;
  createdAt: string;
  /** When it was disabled; a disabled account cannot sign in, and stays so the log keeps naming it. */
  disabledAt: string | null;
}

interface AccountRow {
  id: number;
  name: string;
  role: string;
  pin_hash: string;
  created_at: string;
  disabled_at: string | null;
}

const toAccount = (row: AccountRow): StaffAccount => ({
  id: row.id,
  name: row.name,
  // The table's CHECK constraint keeps this cast honest.
  role: row.role as StaffRole,
  createdAt: row.created_at,
  disabledAt: row.disabled_at,
});

/** The `staff_accounts` table: who may sign in to the console, with which role. */
export function createStaffAccounts(db: Database.Database, now: Clock) {
  const insert = db.prepare('INSERT INTO staff_accounts (name, role, pin_hash, created_at) VALUES (?, ?, ?, ?)');
  const all = db.prepare<[], AccountRow>('SELECT * FROM staff_accounts ORDER BY disabled_at IS NOT NULL, name, id');
  const inUse = db.prepare<[], AccountRow>('SELECT * FROM staff_accounts WHERE disabled_at IS NULL ORDER BY id');
  const byId = db.prepare<[number], AccountRow>('SELECT * FROM staff_accounts WHERE id = ?');
  const byName = db.prepare<[string], AccountRow>(
    'SELECT * FROM staff_accounts WHERE name = ? AND disabled_at IS NULL',
  );
  const disable = db.prepare('UPDATE staff_accounts SET disabled_at = ? WHERE id = ? AND disabled_at IS NULL');
  const setHash = db.prepare('UPDATE staff_accounts SET pin_hash = ? WHERE id = ?');

  return {
    /** Adds an account; the name must not be one in use (SQLITE_CONSTRAINT_UNIQUE otherwise). */
    add(name: string, role: StaffRole, pinHash: string): StaffAccount {
      const { lastInsertRowid } = insert.run(name, role, pinHash, localIso(now()));
      return toAccount(byId.get(Number(lastInsertRowid))!);
    },

    /** Every account, those in use first, by name. */
    list(): StaffAccount[] {
      return all.all().map(toAccount);
    },

    /** The accounts that may sign in, with their PIN hashes (for sign-in and the PIN's uniqueness only). */
    credentials(): { account: StaffAccount; pinHash: string }[] {
      return inUse.all().map((row) => ({ account: toAccount(row), pinHash: row.pin_hash }));
    },

    get(id: number): StaffAccount | undefined {
      const row = byId.get(id);
      return row === undefined ? undefined : toAccount(row);
    },

    /** The account in use with this name. */
    findInUse(name: string): StaffAccount | undefined {
      const row = byName.get(name);
      return row === undefined ? undefined : toAccount(row);
    },

    /** Disables an account; false when it was disabled already. */
    disable(id: number): boolean {
      return disable.run(localIso(now()), id).changes === 1;
    },

    setPinHash(id: number, pinHash: string): void {
      setHash.run(pinHash, id);
    },
  };
}

export type StaffAccounts = ReturnType<typeof createStaffAccounts>;
