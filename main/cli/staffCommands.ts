import type { Kiosk } from '../compose';
import { SHARED_ADMIN_ID } from '../staff/staffDirectory';
import type { AdminArgs } from './adminArgs';
import type { Io } from './adminCommands';
import { readNewPin } from './readPin';
import { renderTable } from './table';

const ACTOR = 'admin-cli';

/** `add-staff --name NAME --role staff|admin`: a named account, with its own PIN from stdin (unique in the centre). */
export async function addStaff(kiosk: Kiosk, args: AdminArgs, io: Io): Promise<void> {
  const pin = await readNewPin(io.stdin);
  const account = await kiosk.staffDirectory.add(args.name!, args.role!, pin, ACTOR);
  io.stderr.write(`Added ${account.name} (${account.role}): they sign in to the staff console with their own PIN.\n`);
}

/** `list-staff`: every account, in use first; never a PIN. */
export function listStaff(kiosk: Kiosk, _args: AdminArgs, io: Io): void {
  const accounts = kiosk.store.staffAccounts.list();
  const rows = accounts.map((a) => [
    String(a.id),
    a.name,
    a.role,
    a.createdAt.slice(0, 16).replace('T', ' '),
    a.disabledAt === null ? 'in use' : `disabled ${a.disabledAt.slice(0, 10)}`,
  ]);
  if (kiosk.staffAuth.hasPin()) {
    rows.unshift([String(SHARED_ADMIN_ID), kiosk.config.staff.adminName, 'admin', '', 'shared PIN (set-pin)']);
  }
  if (rows.length === 0) {
    io.stdout.write('No staff accounts yet: add one with add-staff --name NAME --role admin.\n');
    return;
  }
  io.stdout.write(`${renderTable(['id', 'name', 'role', 'added', 'state'], rows)}\n`);
}

/** `disable-staff --name NAME`: they can no longer sign in (a session they have open ends); the log keeps their name. */
export function disableStaff(kiosk: Kiosk, args: AdminArgs, io: Io): void {
  const account = kiosk.staffDirectory.disable(args.name!, ACTOR);
  io.stderr.write(`Disabled ${account.name}: they can no longer sign in.\n`);
}

/** `reset-pin --name NAME`: a new PIN for an account, from stdin. */
export async function resetPin(kiosk: Kiosk, args: AdminArgs, io: Io): Promise<void> {
  const pin = await readNewPin(io.stdin);
  const account = await kiosk.staffDirectory.resetPin(args.name!, pin, ACTOR);
  io.stderr.write(`New PIN set for ${account.name}.\n`);
}
