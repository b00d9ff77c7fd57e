import { type Kiosk, openKiosk } from '../compose';
import { ConfigError } from '../config/config';
import { resolveDataDir } from '../config/locate';
import { DataKeyError, type KeyProvider } from '../crypto/keyProvider';
import { StaffAccountError } from '../staff/staffDirectory';
import { StoreVersionError } from '../store/migrate';
import { type AdminArgs, type CommandName, parseAdminArgs, USAGE, UsageError } from './adminArgs';
import {
  AdminError,
  backup,
  exportCommand,
  type Io,
  list,
  outboxCommand,
  purge,
  setPin,
  unlock,
} from './adminCommands';
import { PinInputError } from './readPin';
import { prerenderSpeechCommand } from './speechCommands';
import { addStaff, disableStaff, listStaff, resetPin } from './staffCommands';

const COMMANDS: Record<CommandName, (kiosk: Kiosk, args: AdminArgs, io: Io) => void | Promise<void>> = {
  'set-pin': setPin,
  unlock,
  'add-staff': addStaff,
  'list-staff': listStaff,
  'disable-staff': disableStaff,
  'reset-pin': resetPin,
  list,
  export: exportCommand,
  purge,
  backup,
  outbox: outboxCommand,
  'prerender-speech': prerenderSpeechCommand,
};

/** Where the admin commands run: plain Node (the default) or the Electron kiosk app (`linli --admin`). */
export interface AdminHost {
  /** The data folder when --data-dir is not given (Electron: LINLI_DATA_DIR, else its per-user folder). */
  defaultDataDir?: string;
  /** The data key's keeper for a data folder (Electron: sealed by the OS); default the key file. */
  keysFor?: (dataDir: string) => KeyProvider;
  /**
   * Runs before the command, with the kiosk open; refuses by throwing (an
   * AdminError). Electron's admin mode asks for the staff PIN here. Answers
   * the streams the command is to use (what is left of stdin).
   */
  authorize?: (kiosk: Kiosk, args: AdminArgs, io: Io) => Promise<Io>;
}

/** Runs one admin command; returns the exit status (0 done, 1 failed, 2 wrong usage). */
export async function runAdmin(argv: string[], io: Io, host: AdminHost = {}): Promise<number> {
  if (argv.length === 0 || argv.includes('--help') || argv[0] === 'help') {
    (argv.length === 0 ? io.stderr : io.stdout).write(`${USAGE}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  let kiosk: Kiosk | undefined;
  try {
    const args = parseAdminArgs(argv);
    const dataDir = resolveDataDir(args.dataDir ?? host.defaultDataDir);
    const keys = host.keysFor?.(dataDir);
    kiosk = openKiosk({ dataDir, configPath: args.configPath, onDamaged: 'refuse', keys });
    const commandIo = host.authorize === undefined ? io : await host.authorize(kiosk, args, io);
    await COMMANDS[args.command](kiosk, args, commandIo);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`linli admin: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    const known = [AdminError, PinInputError, ConfigError, StoreVersionError, DataKeyError, StaffAccountError].some(
      (type) => error instanceof type,
    );
    if (!known) throw error;
    io.stderr.write(`linli admin: ${(error as Error).message}\n`);
    return 1;
  } finally {
    kiosk?.close();
  }
}
