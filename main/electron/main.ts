// The Electron entry, bundled by scripts/build-electron.mjs to dist/electron/main.cjs:
// the preload is beside it and the renderer build is dist/renderer.
// `linli --admin <command>` runs an admin command instead of the kiosk.
import path from 'node:path';
import { adminArguments, runAdminInElectron } from './adminMode';
import { startKioskApp } from './lifecycle';

const admin = adminArguments(process.argv);
if (admin === null) {
  void startKioskApp({
    rendererDir: path.join(__dirname, '..', 'renderer'),
    preloadPath: path.join(__dirname, 'preload.cjs'),
  });
} else {
  void runAdminInElectron(admin);
}
