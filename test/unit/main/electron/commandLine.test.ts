// Electron cannot run here (no binary, no display), so `electron` is replaced by a
// recording fake (./fakeElectron.ts); the kiosk and admin mode that main.ts would
// start are replaced too, to see which of them the entry chose.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debuggingSwitch } from '../../../../main/electron/commandLine';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);
const started = vi.hoisted(() => ({ kiosk: 0, admin: 0 }));
vi.mock('../../../../main/electron/lifecycle', () => ({ startKioskApp: async () => void started.kiosk++ }));
vi.mock('../../../../main/electron/adminMode', async (original) => ({
  ...(await original<typeof import('../../../../main/electron/adminMode')>()),
  runAdminInElectron: async () => void started.admin++,
}));

describe('debugging switches on the command line', () => {
  it('are found in any spelling Chromium and Node accept, and in NODE_OPTIONS', () => {
    const found = (argv: string[], NODE_OPTIONS?: string) =>
      debuggingSwitch(['/opt/Linli/linli', ...argv], { NODE_OPTIONS });
    expect(found(['--remote-debugging-port=9222'])).toBe('--remote-debugging-port');
    expect(found(['--remote-debugging-pipe'])).toBe('--remote-debugging-pipe');
    expect(found(['--inspect'])).toBe('--inspect');
    expect(found(['--inspect-brk=0.0.0.0:9229'])).toBe('--inspect-brk');
    expect(found(['--INSPECT=9229'])).toBe('--inspect');
    expect(found([], '--max-old-space-size=512 --inspect')).toBe('NODE_OPTIONS=--inspect');
    expect(found(['--admin', 'list'])).toBeNull();
    expect(found([], '--max-old-space-size=512')).toBeNull();
  });
});

describe('the Electron entry', () => {
  const argv = process.argv;
  beforeEach(() => {
    started.kiosk = 0;
    started.admin = 0;
    vi.resetModules();
  });
  afterEach(() => {
    process.argv = argv;
    vi.restoreAllMocks();
  });
  const start = async (...args: string[]) => {
    process.argv = ['/opt/Linli/linli', ...args];
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((message: string) => void errors.push(message));
    // The same (fake) electron the entry is about to import, in this fresh module registry.
    const { app } = await import('electron');
    const exit = vi.spyOn(app, 'exit');
    await import('../../../../main/electron/main');
    return { said: errors.join('\n'), exits: exit.mock.calls };
  };

  it('refuses to start with --remote-debugging-port, saying why', async () => {
    const { said, exits } = await start('--remote-debugging-port=9222');
    expect(exits).toEqual([[2]]);
    expect(started).toEqual({ kiosk: 0, admin: 0 });
    expect(said).toMatch(/refusing to start with --remote-debugging-port/);
  });

  it('refuses --inspect-brk, also in admin mode', async () => {
    const { exits } = await start('--inspect-brk', '--admin', 'list');
    expect(exits).toEqual([[2]]);
    expect(started).toEqual({ kiosk: 0, admin: 0 });
  });

  it('starts the kiosk, or admin mode, without them', async () => {
    expect((await start()).exits).toEqual([]);
    expect(started).toEqual({ kiosk: 1, admin: 0 });
    vi.resetModules();
    expect((await start('--admin', 'list')).exits).toEqual([]);
    expect(started).toEqual({ kiosk: 1, admin: 1 });
  });
});
