// Electron cannot run here (no binary, no display), so `electron` is replaced by a
// recording fake (./fakeElectron.ts); what is tested is what this code asks of it.
import type { Session } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { allowsPermission, openKioskWindow, restrictPermissions } from '../../../../main/electron/window';
import { electron, fake, fire } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

beforeEach(() => fake.reset());

function openWindow() {
  openKioskWindow('/opt/linli/preload.cjs', 'app://kiosk/');
  const window = fake.windows[0]!;
  return { window, contents: window.webContents };
}

describe('the kiosk window', () => {
  it('isolates and sandboxes the page, with no Node in it and the preload as the only bridge', () => {
    const { window } = openWindow();
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: '/opt/linli/preload.cjs',
    });
  });

  it('fills the screen as a kiosk and stays hidden until its first paint is ready', () => {
    const { window } = openWindow();
    expect(window.options).toMatchObject({ kiosk: true, fullscreen: true, autoHideMenuBar: true, show: false });
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('loads the kiosk from the app:// origin', () => {
    const { window } = openWindow();
    expect(window.loadedUrl).toBe('app://kiosk/');
  });

  it('refuses to navigate anywhere outside the app', () => {
    const { contents } = openWindow();
    expect(fire(contents, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(fire(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire(contents, 'will-navigate', 'app://elsewhere/')).toBe(true);
  });

  it('lets the page move between the kiosk and the staff console', () => {
    const { contents } = openWindow();
    expect(fire(contents, 'will-navigate', 'app://kiosk/staff')).toBe(false);
    expect(fire(contents, 'will-navigate', 'app://kiosk/')).toBe(false);
  });

  it('opens no new windows and attaches no webviews', () => {
    const { contents } = openWindow();
    expect(contents.windowOpenHandler?.({ url: 'app://kiosk/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(fire(contents, 'will-attach-webview', {}, {})).toBe(true);
  });
});

describe('permissions', () => {
  it('grants the microphone to the app and nothing else', () => {
    expect(allowsPermission('media', 'app://kiosk/', ['audio'])).toBe(true);
    expect(allowsPermission('media', 'app://kiosk/', ['audio', 'video'])).toBe(false);
    expect(allowsPermission('media', 'https://example.com/', ['audio'])).toBe(false);
    expect(allowsPermission('geolocation', 'app://kiosk/')).toBe(false);
    expect(allowsPermission('notifications', 'app://kiosk/')).toBe(false);
  });

  it('answers permission requests and checks through the same rule', () => {
    restrictPermissions(electron.session.defaultSession as unknown as Session);
    const answers: boolean[] = [];
    const request = (permission: string, details: object) =>
      fake.sessionHandlers.request?.({}, permission, (granted: boolean) => answers.push(granted), details);
    request('media', { requestingUrl: 'app://kiosk/', mediaTypes: ['audio'] });
    request('media', { requestingUrl: 'app://kiosk/', mediaTypes: ['video'] });
    request('geolocation', { requestingUrl: 'app://kiosk/' });
    expect(answers).toEqual([true, false, false]);

    const check = (permission: string, origin: string, details: object) =>
      fake.sessionHandlers.check?.({}, permission, origin, details);
    expect(check('media', 'app://kiosk', { mediaType: 'audio' })).toBe(true);
    expect(check('media', 'app://kiosk', { mediaType: 'video' })).toBe(false);
    expect(check('media', 'https://example.com', { mediaType: 'audio' })).toBe(false);
    expect(check('clipboard-read', 'app://kiosk', {})).toBe(false);
  });
});
