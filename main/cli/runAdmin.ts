import { type Kiosk, openKiosk } from '../compose';
import { ConfigError } from '../config/config';
import { resolveDataDir } from '../config/locate';
import { StoreVersionError } from '../store/migrate';
import { type AdminArgs, type CommandName, parseAdminArgs, USAGE, UsageError } from './adminArgs';
import { AdminError, backup, exportCommand, type Io, list, purge, setPin } from './adminCommands';
import { PinInputError } from './readPin';

const COMMANDS: Record<CommandName, (kiosk: Kiosk, args: AdminArgs, io: Io) => void | Promise<void>> = {
  'set-pin': setPin,
  list,
  export: exportCommand,
  purge,
  backup,
};

/** Runs one admin command; returns the exit status (0 done, 1 failed, 2 wrong usage). */
export async function runAdmin(argv: string[], io: Io): Promise<number> {
  if (argv.length === 0 || argv.includes('--help') || argv[0] === 'help') {
    (argv.length === 0 ? io.stderr : io.stdout).write(`${USAGE}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  let kiosk: Kiosk | undefined;
  try {
    const args = parseAdminArgs(argv);
    kiosk = openKiosk({ dataDir: resolveDataDir(args.dataDir), configPath: args.configPath });
    await COMMANDS[args.command](kiosk, args, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`linli admin: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    const known = [AdminError, PinInputError, ConfigError, StoreVersionError].some((type) => error instanceof type);
    if (!known) throw error;
    io.stderr.write(`linli admin: ${(error as Error).message}\n`);
    return 1;
  } finally {
    kiosk?.close();
  }
}
