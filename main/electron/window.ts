import { BrowserWindow, type BrowserWindowConstructorOptions, type Session } from 'electron';
import { isAppUrl } from './protocol';

/** The one window: full screen, no menu, the page isolated from Node and sandboxed. */
export function kioskWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    show: false,
    kiosk: true,
    fullscreen: true,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  };
}

/**
 * Opens the kiosk window at `startUrl`. It is shown only once the first paint is
 * ready, so a resident never sees a blank or half-drawn screen.
 */
export function openKioskWindow(preloadPath: string, startUrl: string): BrowserWindow {
  const window = new BrowserWindow(kioskWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  const contents = window.webContents;
  // The page may move between the kiosk and the staff console (both app://kiosk/), never anywhere else.
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  void window.loadURL(startUrl);
  return window;
}

type MediaTypes = ReadonlyArray<'audio' | 'video'> | undefined;

/** The microphone for voice input, asked for by the app itself; nothing else (no camera, no location, no notifications). */
export function allowsPermission(permission: string, url: string | undefined, mediaTypes?: MediaTypes): boolean {
  if (permission !== 'media' || !isAppUrl(url)) return false;
  return (mediaTypes ?? []).every((type) => type === 'audio');
}

/** Denies every permission request and check except the app's microphone. */
export function restrictPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
    callback(allowsPermission(permission, details.requestingUrl, mediaTypes));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => {
    const mediaType = details.mediaType === 'video' ? ['video' as const] : undefined;
    return allowsPermission(permission, details.requestingUrl ?? requestingOrigin, mediaType);
  });
}
