// Electron cannot run here (no binary, no display), so `electron` is replaced by a
// recording fake (./fakeElectron.ts); the kiosk behind it (openKiosk, SQLite) is real.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KIOSK_API_CHANNEL } from '../../../../app/contract/bridge';
import { kioskDataDir, startKioskApp } from '../../../../main/electron/lifecycle';
import { fake } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

const paths = { rendererDir: '/opt/linli/dist/renderer', preloadPath: '/opt/linli/dist/electron/preload.cjs' };
let dataDir: string;

beforeEach(() => {
  fake.reset();
  dataDir = mkdtempSync(path.join(tmpdir(), 'linli-lifecycle-'));
  vi.stubEnv('LINLI_DATA_DIR', dataDir);
});
afterEach(() => {
  fake.app.emit('will-quit'); // closes the kiosk's store, as Electron does on quit
  vi.unstubAllEnvs();
  rmSync(dataDir, { recursive: true, force: true });
});

const called = (name: string) => fake.calls.findIndex(([call]) => call === name);

describe('starting the Electron kiosk', () => {
  it('registers app:// as privileged before the app is ready, then opens one window on it', async () => {
    await startKioskApp(paths);
    expect(called('protocol.registerSchemesAsPrivileged')).toBeGreaterThanOrEqual(0);
    expect(called('protocol.registerSchemesAsPrivileged')).toBeLessThan(called('app.whenReady'));
    expect(fake.calls).toContainEqual(['protocol.handle', 'app']);
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]!.loadedUrl).toBe('app://kiosk/');
    expect(fake.windows[0]!.options.webPreferences?.preload).toBe(paths.preloadPath);
  });

  it('shows no menu and answers the KioskApi over IPC', async () => {
    await startKioskApp(paths);
    expect(fake.calls).toContainEqual(['Menu.setApplicationMenu', null]);
    expect(fake.ipcHandlers.has(KIOSK_API_CHANNEL)).toBe(true);
    expect(fake.sessionHandlers.request).toBeTypeOf('function');
  });

  it('quits at once when another kiosk is already running', async () => {
    fake.denySingleInstance();
    await startKioskApp(paths);
    expect(called('app.quit')).toBeGreaterThanOrEqual(0);
    expect(called('app.whenReady')).toBe(-1);
    expect(fake.windows).toHaveLength(0);
  });

  it('tells staff why and exits when the kiosk cannot open its data', async () => {
    const notAFolder = path.join(dataDir, 'a-file');
    writeFileSync(notAFolder, '');
    vi.stubEnv('LINLI_DATA_DIR', notAFolder);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await startKioskApp(paths);
    expect(called('dialog.showErrorBox')).toBeGreaterThanOrEqual(0);
    expect(fake.calls).toContainEqual(['app.exit', 1]);
    expect(fake.windows).toHaveLength(0);
  });
});

describe('where the kiosk keeps its data', () => {
  it("uses Electron's per-user folder unless LINLI_DATA_DIR says otherwise", () => {
    expect(kioskDataDir({}, '/home/kiosk/.config/linli')).toBe('/home/kiosk/.config/linli');
    expect(kioskDataDir({ LINLI_DATA_DIR: '/srv/linli' }, '/home/kiosk/.config/linli')).toBe('/srv/linli');
  });

  it('opens its SQLite file in that folder', async () => {
    await startKioskApp(paths);
    expect(existsSync(path.join(dataDir, 'linli.sqlite'))).toBe(true);
  });
});
