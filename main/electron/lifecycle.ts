import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { openKiosk } from '../compose';
import { serveKioskApi } from './ipc';
import { KIOSK_URL, registerAppScheme, serveRenderer } from './protocol';
import { openKioskWindow, restrictPermissions } from './window';

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
  app.on('window-all-closed', () => app.quit());
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  try {
    await app.whenReady();
    openKioskApp(paths);
  } catch (error) {
    // Staff must see why (say, a database from a newer version); a resident sees nothing half-working.
    console.error('linli: the kiosk cannot start', error);
    dialog.showErrorBox('Linli cannot start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  }
}

function openKioskApp(paths: KioskAppPaths): void {
  const kiosk = openKiosk({ dataDir: kioskDataDir(process.env, app.getPath('userData')) });
  app.once('will-quit', () => kiosk.close());
  serveRenderer(paths.rendererDir);
  restrictPermissions(session.defaultSession);
  serveKioskApi(kiosk.handlers);
  openKioskWindow(paths.preloadPath, KIOSK_URL);
}
