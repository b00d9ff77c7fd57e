// The Electron entry, bundled by scripts/build-electron.mjs to dist/electron/main.cjs:
// the preload is beside it and the renderer build is dist/renderer.
import path from 'node:path';
import { startKioskApp } from './lifecycle';

void startKioskApp({
  rendererDir: path.join(__dirname, '..', 'renderer'),
  preloadPath: path.join(__dirname, 'preload.cjs'),
});
