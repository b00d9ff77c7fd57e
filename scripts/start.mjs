// `npm start`: the Electron kiosk when this machine can run it, otherwise the browser host
// (same renderer, same KioskApi over HTTP, as `npm run serve` runs it). Arguments are passed through to either.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron } from './build-electron.mjs';
import { electronBlocker, findElectronBinary } from './electron-check.mjs';
import { kioskEnv } from './kiosk-env.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const electronDir = path.join(root, 'node_modules', 'electron');
const at = (...parts) => path.join(root, ...parts);

/** The newest modification time of the files under `paths` (0 when none exist). */
function newestChange(paths) {
  let newest = 0;
  for (const entry of paths) {
    const stat = statSync(entry, { throwIfNoEntry: false });
    if (stat?.isDirectory())
      newest = Math.max(newest, newestChange(readdirSync(entry).map((name) => path.join(entry, name))));
    else if (stat) newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

/** Runs `node <args>` in the project folder and stops here if it fails. */
function runOrExit(nodeArgs) {
  const { status, signal } = spawnSync(process.execPath, nodeArgs, { cwd: root, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 128 + (constants.signals[signal] ?? 0));
}

const rendererSources = [at('renderer'), at('app'), at('locales'), at('vite.config.ts'), at('package.json')];
if (newestChange(rendererSources) > newestChange([at('dist', 'renderer', 'index.html')])) {
  runOrExit([at('node_modules', 'vite', 'bin', 'vite.js'), 'build']);
}

const machine = () => ({ platform: process.platform, env: process.env, binary: findElectronBinary(electronDir) });
let blocker = electronBlocker(machine());
if (blocker?.reason === 'no-binary') {
  // Electron's own download, which npm does not run (package.json "allowScripts").
  console.error("Electron's binary is missing: trying once to download it…");
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    stdio: 'ignore',
    timeout: 60_000,
  });
  blocker = electronBlocker(machine());
}

// glibc's arenas limited (kiosk-env.mjs).
const childEnv = kioskEnv(process.env);

let child;
if (blocker) {
  console.error(`Electron cannot start here: ${blocker.message}. Serving the kiosk in the browser instead.`);
  child = spawn(process.execPath, [at('scripts', 'serve.mjs'), ...args], {
    cwd: root,
    stdio: 'inherit',
    env: childEnv,
  });
} else {
  try {
    await buildElectron();
  } catch {
    process.exit(1); // esbuild has printed what failed
  }
  const { ELECTRON_RUN_AS_NODE: _asNode, ...env } = childEnv; // set, it would make Electron a plain Node
  child = spawn(findElectronBinary(electronDir), [root, ...args], { cwd: root, stdio: 'inherit', env });
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  console.error(`Could not start ${child.spawnfile}: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));
