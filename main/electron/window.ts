import { BrowserWindow, type BrowserWindowConstructorOptions, type Session } from 'electron';
import { guardContents, lockDownInput } from './lockdown';
import { isAppUrl } from './protocol';

/** The one window: full screen, no menu, the page isolated from Node and sandboxed (Electron's security checklist). */
export function kioskWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    show: false,
    kiosk: true,
    fullscreen: true,
    autoHideMenuBar: true,
    resizable: false,
    movable: false,
    minimizable: false,
    maximizable: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click opens links in new windows; nothing in the kiosk needs it.
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
      zoomFactor: 1,
      spellcheck: false,
      // The welcome prompt and every screen are spoken before anyone has touched the kiosk.
      autoplayPolicy: 'no-user-gesture-required',
    },
  };
}

/** Whether the app is quitting: set by staff (exitKiosk) or by the OS shutting the session down. */
export interface QuitState {
  quitting: boolean;
}

/**
 * Opens the kiosk window at `startUrl`, locked down. It is shown only once the
 * first paint is ready, so a resident never sees a blank or half-drawn
 * screen, and it closes only when the app quits (staff mode, or the OS):
 * Alt+F4 or a window manager's close button do nothing.
 */
export function openKioskWindow(
  preloadPath: string,
  startUrl: string,
  quit: QuitState = { quitting: false },
): BrowserWindow {
  const window = new BrowserWindow(kioskWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  window.on('close', (event) => {
    if (!quit.quitting) event.preventDefault();
  });
  guardContents(window.webContents);
  lockDownInput(window.webContents);
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
