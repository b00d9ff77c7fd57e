import Database from 'better-sqlite3';
import type { StaffAccount, StaffAccounts, StaffRole } from '../store/staffAccounts';
import type { AuditLog, SettingsRepo } from '../store/store';
import { hashPin, PIN_PATTERN, verifyPin } from './pinHash';

/** Where the shared PIN of a one-person centre is kept (admin CLI `set-pin`). */
export const SHARED_PIN_HASH = 'staff.pinHash';
/** The account id the shared PIN stands for: no row in `staff_accounts` has it (ids start at 1). */
export const SHARED_ADMIN_ID = 0;

/** A person who may sign in to the console: a named account, or the admin the shared PIN stands for. */
export interface StaffPerson {
  id: number;
  name: string;
  role: StaffRole;
}

/** Something about an account that the operator can fix; the message names it. */
export class StaffAccountError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StaffAccountError';
  }
}

/** The longest name a console's header and the audit log show whole. */
export const MAX_STAFF_NAME = 40;

export interface StaffDirectoryDeps {
  accounts: StaffAccounts;
  settings: SettingsRepo;
  audit: AuditLog;
  /** Who the shared PIN stands for (config `staff.adminName`). */
  adminName: string;
}

const person = ({ id, name, role }: StaffAccount): StaffPerson => ({ id, name, role });

/**
 * The centre's staff: named accounts with their own PINs, and the shared PIN
 * of a one-person centre, which stands for an admin named by the config.
 * Since `staffLogin({ pin })` says who is signing in by the PIN alone, no two
 * people may have the same PIN; hashes are salted, so that is checked by
 * trying the new PIN against each (a centre has tens of staff, not thousands).
 */
export function createStaffDirectory({ accounts, settings, audit, adminName }: StaffDirectoryDeps) {
  const sharedAdmin = (): StaffPerson => ({ id: SHARED_ADMIN_ID, name: adminName, role: 'admin' });

  function candidates(exceptId?: number): { who: StaffPerson; hash: string }[] {
    const shared = settings.get(SHARED_PIN_HASH);
    const list = accounts.credentials().map(({ account, pinHash }) => ({ who: person(account), hash: pinHash }));
    if (shared !== undefined) list.unshift({ who: sharedAdmin(), hash: shared });
    return list.filter(({ who }) => who.id !== exceptId);
  }

  /** The person whose PIN this is, among those who may sign in; null when nobody's. */
  async function identify(pin: string, exceptId?: number): Promise<StaffPerson | null> {
    const list = candidates(exceptId);
    // All at once (scrypt runs on libuv's pool) and all of them, so the time taken does not tell whose PIN it was.
    const matches = await Promise.all(list.map(({ hash }) => verifyPin(pin, hash)));
    const index = matches.indexOf(true);
    return index === -1 ? null : list[index]!.who;
  }

  async function uniquePinHash(pin: string, exceptId?: number): Promise<string> {
    if (!PIN_PATTERN.test(pin)) throw new StaffAccountError('The PIN must be 4 to 12 digits');
    // Who has it is not said: that would tell the person setting it someone else's PIN.
    if ((await identify(pin, exceptId)) !== null) {
      throw new StaffAccountError('Someone at this centre already has this PIN: choose another');
    }
    return hashPin(pin);
  }

  function inUse(name: string): StaffAccount {
    const account = accounts.findInUse(name.trim());
    if (account !== undefined) return account;
    const disabled = accounts.list().some((a) => a.name === name.trim());
    throw new StaffAccountError(
      disabled
        ? `The staff account "${name}" is disabled`
        : `There is no staff account named "${name}" (see list-staff)`,
    );
  }

  return {
    identify: (pin: string) => identify(pin),

    /** True when anyone can sign in at all (a shared PIN, or an account in use). */
    anyoneCanSignIn(): boolean {
      return candidates().length > 0;
    },

    /** The person an id stands for, while they may still sign in; undefined once disabled. */
    current(id: number): StaffPerson | undefined {
      if (id === SHARED_ADMIN_ID) return settings.get(SHARED_PIN_HASH) === undefined ? undefined : sharedAdmin();
      const account = accounts.get(id);
      return account === undefined || account.disabledAt !== null ? undefined : person(account);
    },

    /** Everyone who may sign in (the shared PIN's admin first, when a shared PIN is set); never a PIN. */
    people(): StaffPerson[] {
      return candidates().map(({ who }) => who);
    },

    /** The name of any account ever made (a disabled one keeps naming the cases it handled). */
    nameOf(id: number): string | undefined {
      return id === SHARED_ADMIN_ID ? adminName : accounts.get(id)?.name;
    },

    /** Checks the PIN is unique and well formed, then returns its hash (for the shared PIN, `set-pin`). */
    sharedPinHash: (pin: string) => uniquePinHash(pin, SHARED_ADMIN_ID),

    async add(name: string, role: StaffRole, pin: string, actor: string): Promise<StaffAccount> {
      const trimmed = name.trim();
      if (trimmed === '' || [...trimmed].length > MAX_STAFF_NAME) {
        throw new StaffAccountError(`The name must be 1 to ${MAX_STAFF_NAME} characters`);
      }
      if (/\p{Cc}/u.test(trimmed)) throw new StaffAccountError('The name must not contain control characters');
      if (accounts.findInUse(trimmed) !== undefined) {
        throw new StaffAccountError(`There is already a staff account named "${trimmed}"`);
      }
      const hash = await uniquePinHash(pin);
      let account: StaffAccount;
      try {
        account = accounts.add(trimmed, role, hash);
      } catch (error) {
        // Another admin added the same name meanwhile.
        if (error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_UNIQUE') {
          throw new StaffAccountError(`There is already a staff account named "${trimmed}"`);
        }
        throw error;
      }
      audit.record({ actor, action: 'staff.account-added', detail: { id: account.id, name: trimmed, role } });
      return account;
    },

    disable(name: string, actor: string): StaffAccount {
      const account = inUse(name);
      accounts.disable(account.id);
      audit.record({ actor, action: 'staff.account-disabled', detail: { id: account.id, name: account.name } });
      return accounts.get(account.id)!;
    },

    async resetPin(name: string, pin: string, actor: string): Promise<StaffAccount> {
      const account = inUse(name);
      accounts.setPinHash(account.id, await uniquePinHash(pin, account.id));
      audit.record({ actor, action: 'staff.pin-reset', detail: { id: account.id, name: account.name } });
      return account;
    },
  };
}

export type StaffDirectory = ReturnType<typeof createStaffDirectory>;
