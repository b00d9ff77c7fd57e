// Bundles the browser host (main/host/serve.ts) into dist/host/serve.mjs, so that it starts without
// compiling TypeScript first (tsx took about 0.4 s of every start, of the second the kiosk has to be
// listening). Beside it, serve.inputs.json lists the files that went into it, so a start can tell
// whether it is out of date.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HOST_ENTRY = 'main/host/serve.ts';

/** Where `npm run build` puts the host: at the same depth as main/host/, so it finds dist/renderer by the same path. */
export const HOST_BUNDLE = path.join(root, 'dist', 'host', 'serve.mjs');

const inputsFile = (bundle) => bundle.replace(/\.mjs$/, '.inputs.json');

/** Writes through a temporary name, so a host starting meanwhile never reads half a file. */
function writeAtomically(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

/** Builds the host bundle (default dist/host/serve.mjs); resolves to its path. */
export async function buildHost({ outfile = HOST_BUNDLE } = {}) {
  // Imported here, not above: a start that finds the bundle up to date does not load esbuild.
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: [HOST_ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    // A native module: loaded from node_modules, not bundled.
    external: ['better-sqlite3'],
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  mkdirSync(path.dirname(outfile), { recursive: true });
  const inputs = [...Object.keys(result.metafile.inputs), path.relative(root, fileURLToPath(import.meta.url))];
  writeAtomically(outfile, result.outputFiles[0].contents);
  writeAtomically(inputsFile(outfile), `${JSON.stringify(inputs, null, 1)}\n`);
  return outfile;
}

/**
 * Whether the bundle exists and no file that went into it has changed since: a changed or deleted
 * one makes it stale, and so does a new one, since only a changed file can import it.
 */
export function hostBundleIsFresh(bundle = HOST_BUNDLE) {
  const built = statSync(bundle, { throwIfNoEntry: false })?.mtimeMs;
  if (built === undefined) return false;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(inputsFile(bundle), 'utf8'));
  } catch {
    return false;
  }
  return inputs.every(
    (input) => (statSync(path.join(root, input), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) <= built,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // esbuild has already printed what failed.
  await buildHost().catch(() => {
    process.exitCode = 1;
  });
}
