// Electron cannot run here (no binary, no display), so `electron` is replaced by a
// recording fake (./fakeElectron.ts) whose safeStorage stands in for the OS key
// store; the admin commands and the SQLite file behind them are real.
import { PassThrough } from 'node:stream';
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

  it('run in the app with the key sealed by the OS, and exit with their status', async () => {
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
    await runAdminInElectron(['list', '--data-dir', dir]);
    expect(out.join('')).toContain('王秀英');
    expect(fake.calls).toContainEqual(['app.exit', 0]);
    expect(fake.calls.some(([name]) => name === 'app.requestSingleInstanceLock')).toBe(false);
  });

  it('are refused by the plain admin CLI, which says to run them through the app', async () => {
    const stderr = new PassThrough();
    const io = { stdout: new PassThrough(), stderr, stdin: process.stdin };
    expect(await runAdmin(['list', '--data-dir', dir], io)).toBe(1);
    expect(String(stderr.read())).toMatch(/sealed by the operating system.*linli --admin <command>/s);
  });
});
