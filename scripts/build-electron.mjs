// Bundles Electron's main process and preload into dist/electron/*.cjs.
// The preload must be one self-contained file: a sandboxed preload can require only `electron`.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Builds main.cjs and preload.cjs into `outdir` (default dist/electron).
 * `forScanner` builds them as ES2020 `.js` files without source maps instead:
 * what the Electron security scanner (electronegativity, whose parser predates
 * private class fields and which reads only `.js`) can read.
 */
export async function buildElectron({ outdir = path.join(root, 'dist', 'electron'), forScanner = false } = {}) {
  const extension = forScanner ? '.js' : '.cjs';
  const common = {
    absWorkingDir: root,
    bundle: true,
    format: 'cjs',
    outdir,
    outExtension: { '.js': extension },
    sourcemap: !forScanner,
    logLevel: 'warning',
  };
  await Promise.all([
    // better-sqlite3 is a native module: it is loaded from node_modules, not bundled.
    build({
      ...common,
      entryPoints: ['main/electron/main.ts'],
      platform: 'node',
      target: forScanner ? 'es2020' : 'node22',
      external: ['electron', 'better-sqlite3'],
    }),
    build({
      ...common,
      entryPoints: ['main/electron/preload.ts'],
      platform: 'browser',
      target: forScanner ? 'es2020' : 'chrome120',
      external: ['electron'],
    }),
  ]);
  return { main: path.join(outdir, `main${extension}`), preload: path.join(outdir, `preload${extension}`) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // esbuild has already printed what failed.
  await buildElectron().catch(() => {
    process.exitCode = 1;
  });
}
