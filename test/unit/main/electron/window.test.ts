// Electron cannot run here (no binary, no display), so `electron` is replaced by a
// recording fake (./fakeElectron.ts); what is tested is what this code asks of it.
import type { Session } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { allowsPermission, openKioskWindow, restrictPermissions } from '../../../../main/electron/window';
import { electron, fake, fire, press } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

beforeEach(() => fake.reset());

function openWindow(quit = { quitting: false }) {
  openKioskWindow('/opt/linli/preload.cjs', 'app://kiosk/', quit);
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

  it('allows no insecure content, no experimental or Blink features, no <webview>, no devtools', () => {
    const { webPreferences } = openWindow().window.options;
    // A kiosk speaks its welcome before the first touch.
    expect(webPreferences?.autoplayPolicy).toBe('no-user-gesture-required');
    expect(webPreferences).toMatchObject({
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      devTools: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('cannot be resized, moved or minimised out of the way', () => {
    expect(openWindow().window.options).toMatchObject({ resizable: false, movable: false, minimizable: false });
  });

  it('does not close (Alt+F4, the window manager) unless the app is quitting', () => {
    const quit = { quitting: false };
    const { window } = openWindow(quit);
    expect(fire(window, 'close')).toBe(true);
    quit.quitting = true;
    expect(fire(window, 'close')).toBe(false);
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
    expect(fire(contents, 'will-redirect', 'https://example.com/')).toBe(true);
    expect(fire(contents, 'will-redirect', 'app://kiosk/staff')).toBe(false);
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

describe('shortcuts and zoom in the kiosk window', () => {
  it.each([
    ['reload', 'F5', {}],
    ['reload', 'r', { control: true }],
    ['hard reload', 'R', { control: true, shift: true }],
    ['reload (macOS)', 'r', { meta: true }],
    ['devtools', 'F12', {}],
    ['devtools', 'I', { control: true, shift: true }],
    ['devtools console', 'J', { control: true, shift: true }],
    ['devtools (macOS)', 'i', { meta: true, alt: true }],
    ['zoom in', '+', { control: true }],
    ['zoom in', '=', { control: true }],
    ['zoom out', '-', { control: true }],
    ['reset zoom', '0', { control: true }],
    ['close the window', 'F4', { alt: true }],
    ['close the tab', 'w', { control: true }],
    ['quit', 'q', { control: true }],
    ['quit (macOS)', 'q', { meta: true }],
    ['leave full screen', 'F11', {}],
    ['full screen (macOS)', 'f', { control: true, meta: true }],
    ['a new window', 'n', { control: true }],
    ['print', 'p', { control: true }],
  ])('blocks %s (%s)', (_what, key, modifiers) => {
    const { contents } = openWindow();
    expect(press(contents, key, modifiers)).toBe(true);
  });

  it.each([
    ['an arrow', 'ArrowDown', {}],
    ['Tab', 'Tab', {}],
    ['Enter', 'Enter', {}],
    ['Space', ' ', {}],
    ['Escape', 'Escape', {}],
    ['Backspace', 'Backspace', {}],
    ['help', 'F1', {}],
    ['a digit', '7', {}],
    ['a letter', 'a', {}],
    ['a question mark', '?', { shift: true }],
    ['copy in a text field', 'c', { control: true }],
    ['paste in a text field', 'v', { control: true }],
    ['undo in a text field', 'z', { control: true }],
  ])('lets the kiosk have %s', (_what, key, modifiers) => {
    const { contents } = openWindow();
    expect(press(contents, key, modifiers)).toBe(false);
  });

  it('turns pinch zoom off and undoes Ctrl+wheel zoom', () => {
    const { contents } = openWindow();
    expect(contents.visualZoomLimits).toEqual([1, 1]);
    contents.zoomFactor = 1.5;
    contents.emit('zoom-changed', {}, 'in');
    expect(contents.zoomFactor).toBe(1);
  });
});
