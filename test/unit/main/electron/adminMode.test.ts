// Electron cannot run here (no binary, no display), so `electron` is replaced by a
// recording fake (./fakeElectron.ts) whose safeStorage stands in for the OS key
// store; the admin commands and the SQLite file behind them are real.
import { PassThrough, Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runAdmin } from '../../../../main/cli/runAdmin';
import { openKiosk } from '../../../../main/compose';
import { adminArguments, runAdminInElectron } from '../../../../main/electron/adminMode';
import { safeStorageKeyProvider } from '../../../../main/electron/safeStorageKey';
import { draft, tempDir } from '../support';
import { fake } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

let dir: string;
let cleanup: () => void;
beforeEach(async () => {
  fake.reset();
  ({ dir, cleanup } = tempDir());
  const kiosk = openKiosk({ dataDir: dir, keys: safeStorageKeyProvider(dir) });
  await kiosk.staffAuth.setPin('2468', 'test');
  await kiosk.handlers.submit(draft({ contact: { anonymous: false, name: '王秀英', phone: '13912345678' } }), {
    staffSession: null,
    source: 'kiosk',
    setStaffSession: () => {},
  });
  kiosk.close();
});
afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
});

describe('admin commands on an Electron kiosk, whose key only the kiosk app can open', () => {
  it('are what follows --admin on the command line', () => {
    expect(adminArguments(['/opt/Linli/linli', '--admin', 'list', '--status', 'queued'])).toEqual([
      'list',
      '--status',
      'queued',
    ]);
    expect(adminArguments(['/opt/Linli/linli'])).toBeNull();
  });

  it('run in the app with the key sealed by the OS, after the staff PIN, and exit with their status', async () => {
    const run = await inAdminMode(['list', '--data-dir', dir], '2468\n');
    expect(run.stdout).toContain('王秀英');
    expect(run.exits).toEqual([['app.exit', 0]]);
    expect(fake.calls.some(([name]) => name === 'app.requestSingleInstanceLock')).toBe(false);
  });

  it('run nothing without the right staff PIN', async () => {
    const run = await inAdminMode(['list', '--data-dir', dir], '1357\n');
    expect(run.stdout).not.toContain('王秀英');
    expect(run.stderr).toMatch(/needs the staff PIN: Wrong PIN/);
    expect(run.exits).toEqual([['app.exit', 1]]);
  });

  it('take the current PIN first and leave the rest of stdin to the command (set-pin)', async () => {
    const run = await inAdminMode(['set-pin', '--data-dir', dir], '2468\n8642\n');
    expect(run.exits).toEqual([['app.exit', 0]]);
    const kiosk = openKiosk({ dataDir: dir, keys: safeStorageKeyProvider(dir) });
    await expect(kiosk.staffAuth.login('8642', 'kiosk')).resolves.toHaveProperty('token');
    kiosk.close();
  });

  it('are refused by the plain admin CLI, which says to run them through the app', async () => {
    const stderr = new PassThrough();
    const io = { stdout: new PassThrough(), stderr, stdin: process.stdin };
    expect(await runAdmin(['list', '--data-dir', dir], io)).toBe(1);
    expect(String(stderr.read())).toMatch(/sealed by the operating system.*linli --admin <command>/s);
  });
});

/** `linli --admin …` with this on stdin (not a terminal); what it wrote and how it exited. */
async function inAdminMode(argv: string[], input: string) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = Readable.from([input]) as unknown as NodeJS.ReadStream;
  await runAdminInElectron(argv, { stdout, stderr, stdin });
  const text = (stream: PassThrough) => String(stream.read() ?? '');
  return {
    stdout: text(stdout),
    stderr: text(stderr),
    exits: fake.calls.filter(([name]) => name === 'app.exit'),
  };
}
