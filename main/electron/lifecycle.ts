import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, powerSaveBlocker, session } from 'electron';
import { openKiosk } from '../compose';
import { startForwardingTimer } from '../forwarding/schedule';
import { securityHeaders } from '../host/respond';
import { SMS_INTERVAL_MS } from '../sms/smsSender';
import { speechCacheDir } from '../speech/cacheFiles';
import { saveStaffExports } from './downloads';
import { endStaffSessionOnLeave, StaffSessions, serveKioskApi } from './ipc';
import { allowStaffExit, guardContents } from './lockdown';
import { KIOSK_URL, registerAppScheme, serveRenderer } from './protocol';
import { superviseRenderer } from './recovery';
import { KEY_STORE_BASIC_TEXT, kioskKeyProvider } from './safeStorageKey';
import { openKioskWindow, type QuitState, restrictPermissions } from './window';

export interface KioskAppPaths {
  /** The renderer build (`npm run build` → dist/renderer). */
  rendererDir: string;
  /** The bundled preload (dist/electron/preload.cjs). */
  preloadPath: string;
}

/**
 * Where the kiosk keeps its data: `LINLI_DATA_DIR`, else Electron's per-user
 * folder, never the install folder (which an update replaces). openKiosk reads
 * the centre's config from `<dataDir>/config.json` when there is one.
 */
export function kioskDataDir(env: NodeJS.ProcessEnv, userData: string): string {
  return path.resolve(env.LINLI_DATA_DIR || userData);
}

/** Starts the kiosk: one instance, one locked-down window, the KioskApi over IPC. */
export async function startKioskApp(paths: KioskAppPaths): Promise<void> {
  registerAppScheme(); // only possible before 'ready'
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  Menu.setApplicationMenu(null);
  const quit: QuitState = { quitting: false };
  // Staff's exit shortcut, or the OS ending the session: only then may the kiosk window close.
  app.on('before-quit', () => {
    quit.quitting = true;
  });
  app.on('window-all-closed', () => app.quit());
  // Every webContents, not only the kiosk window's, stays in the app and opens no windows.
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  try {
    await app.whenReady();
    openKioskApp(paths, quit);
  } catch (error) {
    // Staff must see why (say, a database from a newer version); a resident sees nothing half-working.
    console.error('linli: the kiosk cannot start', error);
    dialog.showErrorBox('Linli cannot start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  }
}

function openKioskApp(paths: KioskAppPaths, quit: QuitState): void {
  const dataDir = kioskDataDir(process.env, app.getPath('userData'));
  // The key to residents' personal details, sealed by the OS for this user (safeStorage needs 'ready').
  const keys = kioskKeyProvider(dataDir);
  const kiosk = openKiosk({ dataDir, keys, notices: () => (keys.usesBasicText() ? [KEY_STORE_BASIC_TEXT] : []) });
  const forwarding = kiosk.forwarder === null ? null : startForwardingTimer(kiosk.forwarder);
  const sms = kiosk.sms === null ? null : startForwardingTimer(kiosk.sms, SMS_INTERVAL_MS, 'sending SMS');
  app.once('will-quit', () => {
    void forwarding?.stop();
    void sms?.stop();
    kiosk.close();
  });
  serveRenderer(paths.rendererDir, {
    speechCacheDir: speechCacheDir(dataDir),
    headers: securityHeaders(kiosk.config.speech),
  });
  restrictPermissions(session.defaultSession);
  const sessions = new StaffSessions();
  serveKioskApi(kiosk.handlers, sessions);
  const window = openKioskWindow(paths.preloadPath, KIOSK_URL, quit);
  const contents = window.webContents;
  endStaffSessionOnLeave(contents, sessions, (token) => kiosk.staffAuth.logout(token));
  // A restarted page starts at the welcome screen, signed out.
  superviseRenderer(window, { startUrl: KIOSK_URL, onRestart: () => sessions.set(contents, null) });
  saveStaffExports(
    session.defaultSession,
    () => app.getPath('downloads'),
    (staffContents) => kiosk.staffAuth.authenticate(sessions.get(staffContents as typeof contents)) !== null,
  );
  allowStaffExit(
    contents,
    () => kiosk.staffAuth.authenticate(sessions.get(contents)) !== null,
    () => app.quit(),
  );
  // A kiosk that goes dark looks broken: keep the display on while the app runs.
  powerSaveBlocker.start('prevent-display-sleep');
}
