// Electron cannot run here (no binary, no display), so `electron` is replaced by a
// recording fake (./fakeElectron.ts); the kiosk behind it (openKiosk, SQLite) is real.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CallOutcome, KIOSK_API_CHANNEL } from '../../../../app/contract/bridge';
import { openKiosk } from '../../../../main/compose';
import { kioskDataDir, startKioskApp } from '../../../../main/electron/lifecycle';
import { safeStorageKeyProvider } from '../../../../main/electron/safeStorageKey';
import { FakeWebContents, fake, fakeDownload, fire, press } from './fakeElectron';

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

describe('the kiosk locked down', () => {
  it('keeps the display awake', async () => {
    await startKioskApp(paths);
    expect(fake.calls).toContainEqual(['powerSaveBlocker.start', 'prevent-display-sleep']);
  });

  it('keeps every webContents in the app, not only the kiosk window', async () => {
    await startKioskApp(paths);
    const other = new FakeWebContents();
    fake.app.emit('web-contents-created', {}, other);
    expect(other.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(fire(other, 'will-navigate', 'https://example.com/')).toBe(true);
  });

  it('keeps the key to personal data sealed by the OS, with no plain key file', async () => {
    await startKioskApp(paths);
    expect(existsSync(path.join(dataDir, 'linli.key.safe'))).toBe(true);
    expect(existsSync(path.join(dataDir, 'linli.key'))).toBe(false);
  });

  it('tells staff why and exits when the OS cannot keep the key', async () => {
    fake.safeStorage.available = false;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await startKioskApp(paths);
    expect(fake.calls).toContainEqual([
      'dialog.showErrorBox',
      'Linli cannot start',
      expect.stringMatching(/key store/),
    ]);
    expect(fake.calls).toContainEqual(['app.exit', 1]);
  });

  it.runIf(process.platform === 'linux')(
    'refuses to start when Linux has no keyring, unless the config accepts it; then the console warns staff',
    async () => {
      fake.safeStorage.backend = 'basic_text';
      vi.spyOn(console, 'error').mockImplementation(() => {});
      await startKioskApp(paths);
      expect(fake.calls).toContainEqual([
        'dialog.showErrorBox',
        'Linli cannot start',
        expect.stringMatching(/basic_text/),
      ]);
      expect(fake.windows).toHaveLength(0);

      fake.reset();
      fake.safeStorage.backend = 'basic_text';
      writeFileSync(path.join(dataDir, 'config.json'), JSON.stringify({ electron: { allowBasicTextKeyStore: true } }));
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const setup = openKiosk({ dataDir, keys: safeStorageKeyProvider(dataDir, { allowBasicText: true }) });
      await setup.staffAuth.setPin('2468', 'test');
      setup.close();
      await startKioskApp(paths);
      const event = { sender: fake.windows[0]!.webContents, senderFrame: { url: 'app://kiosk/staff' } };
      const call = (method: string) =>
        fake.ipcHandlers.get(KIOSK_API_CHANNEL)!(event, method, method === 'staffLogin' ? { pin: '2468' } : {});
      await call('staffLogin');
      expect(await call('staffNotices')).toEqual({ ok: true, result: { items: [{ code: 'key-store-basic-text' }] } });
    },
  );

  describe('closing only through staff mode', () => {
    async function kioskWithPin() {
      const setup = openKiosk({ dataDir, keys: safeStorageKeyProvider(dataDir) });
      await setup.staffAuth.setPin('2468', 'test');
      setup.close();
      await startKioskApp(paths);
      const window = fake.windows[0]!;
      const call = (method: string, args: unknown) =>
        fake.ipcHandlers.get(KIOSK_API_CHANNEL)!(
          { sender: window.webContents, senderFrame: { url: 'app://kiosk/staff' } },
          method,
          args,
        ) as Promise<CallOutcome>;
      return { window, contents: window.webContents, call };
    }
    const quits = () => fake.calls.filter(([name]) => name === 'app.quit').length;

    it('ignores the exit shortcut and the close button outside a staff session', async () => {
      const { window, contents } = await kioskWithPin();
      expect(press(contents, 'Q', { control: true, shift: true })).toBe(true);
      expect(quits()).toBe(0);
      expect(fire(window, 'close')).toBe(true);
    });

    it('quits on the exit shortcut inside a staff session, and then lets the window close', async () => {
      const { window, contents, call } = await kioskWithPin();
      expect(await call('staffLogin', { pin: '2468' })).toMatchObject({ ok: true });
      press(contents, 'Q', { control: true, shift: true });
      expect(quits()).toBe(1);
      fake.app.emit('before-quit', {}); // what app.quit() does first
      expect(fire(window, 'close')).toBe(false);
    });

    it('ends the staff session, on the server too, when the window leaves the console', async () => {
      const { contents, call } = await kioskWithPin();
      await call('staffLogin', { pin: '2468' });
      contents.emit('did-start-navigation', { url: 'app://kiosk/staff', isMainFrame: true, isSameDocument: false });
      expect(await call('listSubmissions', {})).toMatchObject({ ok: true });
      contents.emit('did-start-navigation', { url: 'app://kiosk/', isMainFrame: true, isSameDocument: false });
      expect(await call('listSubmissions', {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    });

    it('saves staff exports from the console into Downloads under their name, never with a dialog', async () => {
      const downloads = path.join(dataDir, 'Downloads');
      fake.paths.downloads = downloads;
      const { contents, call } = await kioskWithPin();
      contents.url = 'app://kiosk/staff';
      const download = (url: string, name: string) => {
        const item = fakeDownload(url, name);
        const cancelled = fire(fake.defaultSession, 'will-download', item, contents);
        return { cancelled, savedTo: item.savePath };
      };
      const blob = 'blob:app://kiosk/6f1c2a9e-0d1b-4c53-9a57-5b1e3f0c7d21';
      expect(download(blob, 'linli-2026-11-26.csv')).toEqual({ cancelled: true, savedTo: undefined });

      await call('staffLogin', { pin: '2468' });
      const first = download(blob, 'linli-2026-11-26.csv');
      expect(first).toEqual({ cancelled: false, savedTo: path.join(downloads, 'linli-2026-11-26.csv') });
      writeFileSync(first.savedTo!, 'saved');
      expect(download(blob, 'linli-2026-11-26.csv').savedTo).toBe(path.join(downloads, 'linli-2026-11-26 (2).csv'));
      expect(download(blob, '../../.bashrc').savedTo).toBe(path.join(downloads, '.bashrc'));
      expect(download('https://example.com/x.exe', 'x.exe').cancelled).toBe(true);
      contents.url = 'app://kiosk/';
      expect(download(blob, 'linli.csv').cancelled).toBe(true);
    });

    it('ends the staff session when the page is restarted after a crash', async () => {
      vi.useFakeTimers();
      vi.spyOn(console, 'error').mockImplementation(() => {});
      try {
        const { contents, call } = await kioskWithPin();
        await call('staffLogin', { pin: '2468' });
        contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
        vi.advanceTimersByTime(1_000);
        expect(contents.loadedUrls).toEqual(['app://kiosk/']);
        expect(await call('listSubmissions', {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      } finally {
        vi.useRealTimers();
      }
    });
  });
});
