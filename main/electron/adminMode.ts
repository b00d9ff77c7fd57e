import { app } from 'electron';
import { runAdmin } from '../cli/runAdmin';
import { kioskDataDir } from './lifecycle';
import { safeStorageKeyProvider } from './safeStorageKey';

/** The arguments after `--admin` when the app was started as `linli --admin <command> …`, else null. */
export function adminArguments(argv: readonly string[]): string[] | null {
  const at = argv.indexOf('--admin');
  return at === -1 ? null : argv.slice(at + 1);
}

/**
 * The admin commands (README, "Staff") run by the kiosk app itself, without a
 * window: the one process that can open the data key sealed by the OS.
 * Takes no single-instance lock, so it works while the kiosk runs.
 */
export async function runAdminInElectron(argv: string[]): Promise<void> {
  await app.whenReady(); // safeStorage needs it
  const code = await runAdmin(
    argv,
    { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin },
    {
      defaultDataDir: kioskDataDir(process.env, app.getPath('userData')),
      keysFor: (dataDir) => safeStorageKeyProvider(dataDir),
    },
  ).catch((error: unknown) => {
    console.error('linli admin: failed:', error);
    return 1;
  });
  app.exit(code);
}
