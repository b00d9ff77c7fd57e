// The Electron entry, bundled by scripts/build-electron.mjs to dist/electron/main.cjs:
// the preload is beside it and the renderer build is dist/renderer.
// `linli --admin <command>` runs an admin command instead of the kiosk.
import path from 'node:path';
import { app } from 'electron';
import { adminArguments, runAdminInElectron } from './adminMode';
import { debuggingRefusal, debuggingSwitch } from './commandLine';
import { startKioskApp } from './lifecycle';

// Before anything else: a debugger must never be attached to a kiosk that holds residents' details.
const debugging = debuggingSwitch(process.argv, process.env);
const admin = adminArguments(process.argv);
if (debugging !== null) {
  console.error(debuggingRefusal(debugging));
  app.exit(2);
} else if (admin === null) {
  void startKioskApp({
    rendererDir: path.join(__dirname, '..', 'renderer'),
    preloadPath: path.join(__dirname, 'preload.cjs'),
  });
} else {
  void runAdminInElectron(admin);
}
