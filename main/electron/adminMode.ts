import { Readable } from 'node:stream';
import { app } from 'electron';
import { ApiError } from '../../app/contract/errors';
import type { AdminArgs } from '../cli/adminArgs';
import { AdminError, type Io } from '../cli/adminCommands';
import { promptHidden, readAll } from '../cli/readPin';
import { runAdmin } from '../cli/runAdmin';
import type { Kiosk } from '../compose';
import { kioskDataDir } from './lifecycle';
import { kioskKeyProvider } from './safeStorageKey';

/** Where admin mode's PIN tries come from, for the sign-in throttle: apart from the PIN pad and the network. */
export const ADMIN_MODE_SOURCE = 'admin-mode';

/** The arguments after `--admin` when the app was started as `linli --admin <command> …`, else null. */
export function adminArguments(argv: readonly string[]): string[] | null {
  const at = argv.indexOf('--admin');
  return at === -1 ? null : argv.slice(at + 1);
}

/**
 * An admin's PIN, before any admin command runs in the kiosk app: the app can
 * open the data key, so whoever can start it must show they are staff. Typed
 * without echo at a terminal; else the first line of stdin (the rest is left
 * for the command, such as set-pin's new PIN). Wrong PINs wait like any other
 * source's. With no PIN set yet, only set-pin runs.
 */
export async function askForStaffPin(kiosk: Kiosk, args: AdminArgs, io: Io): Promise<Io> {
  if (!kiosk.staffDirectory.anyoneCanSignIn()) {
    if (args.command === 'set-pin' || args.command === 'add-staff') return io;
    throw new AdminError(
      'No staff PIN is set yet: set one first with `linli --admin set-pin` or `linli --admin add-staff`.',
    );
  }
  let pin: string;
  let rest = io;
  if (io.stdin.isTTY) {
    pin = await promptHidden('Staff PIN: ', io.stdin, io.stderr);
  } else {
    const [first = '', ...more] = (await readAll(io.stdin)).split(/\r?\n/);
    pin = first.trim();
    rest = { ...io, stdin: Readable.from([more.join('\n')]) as unknown as NodeJS.ReadStream };
  }
  try {
    const { token, person } = await kiosk.staffAuth.login(pin, ADMIN_MODE_SOURCE);
    kiosk.staffAuth.logout(token);
    // The commands manage accounts, retention and the data itself: an admin's work, not staff's.
    if (person.role !== 'admin') throw new AdminError(`Admin mode needs an admin's PIN: ${person.name} is staff.`);
  } catch (error) {
    if (error instanceof ApiError) throw new AdminError(`Admin mode needs the staff PIN: ${error.message}`);
    throw error;
  }
  return rest;
}

/**
 * The admin commands (README, "Staff") run by the kiosk app itself, without a
 * window: the one process that can open the data key sealed by the OS.
 * Takes no single-instance lock, so it works while the kiosk runs.
 */
export async function runAdminInElectron(
  argv: string[],
  io: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin },
): Promise<void> {
  await app.whenReady(); // safeStorage needs it
  const code = await runAdmin(argv, io, {
    defaultDataDir: kioskDataDir(process.env, app.getPath('userData')),
    keysFor: (dataDir) => kioskKeyProvider(dataDir),
    authorize: askForStaffPin,
  }).catch((error: unknown) => {
    console.error('linli admin: failed:', error);
    return 1;
  });
  app.exit(code);
}
