#!/usr/bin/env node
// What the packaged kiosk would contain, computed the way electron-builder computes it, without
// packaging (which needs Electron's download): the app's own files are electron-builder.yml's
// `files` patterns matched over dist/ with electron-builder's own matcher (minimatch, `dot`) and
// its default exclusions; the node_modules it packs are those its own collector
// (app-builder-lib's NpmNodeModulesCollector: `npm list --omit dev`) returns. A production
// dependency is worth packing only when the built main process loads it unbundled — everything
// else is inlined by scripts/build-electron.mjs (main, preload) or by Vite (the renderer).
// `node scripts/package-contents.mjs` prints the list and the sizes (run `npm run build` first).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { load } from 'js-yaml';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const builderRequire = createRequire(require.resolve('app-builder-lib/package.json'));
const { minimatch } = builderRequire('minimatch');
const { excludedExts, excludedNames } = builderRequire('./out/fileMatcher');

/** Every file under `dir` (relative to `base`), with its size in bytes. */
function filesUnder(dir, base = dir) {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, base);
    return entry.isFile()
      ? [{ path: path.relative(base, full).split(path.sep).join('/'), size: statSync(full).size }]
      : [];
  });
}

/** electron-builder's patterns after the config's: what it leaves out of every app by default. */
const DEFAULT_EXCLUDES = [`!**/*.{${excludedExts},pdb}`, '!**/._*', `!**/{${excludedNames}}`];

/**
 * Whether `file` is packed under `patterns`: the last pattern that matches decides, and a file in
 * an excluded folder (`.github/…`) is excluded with it, as electron-builder walks the tree.
 */
function packed(file, patterns) {
  const parts = file.split('/');
  const folders = parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
  const matches = (candidate, pattern) => minimatch(candidate, pattern, { dot: true });
  let included = false;
  for (const pattern of patterns) {
    if (!pattern.startsWith('!')) {
      if (matches(file, pattern)) included = true;
    } else if ([file, ...folders].some((candidate) => matches(candidate, pattern.slice(1)))) included = false;
  }
  return included;
}

/** electron-builder.yml's `files`. */
function configPatterns() {
  return load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')).files;
}

/** The app's own files electron-builder.yml packs, as found in `base` (the repository by default). */
export function appFiles(base = root) {
  const patterns = [...configPatterns(), ...DEFAULT_EXCLUDES];
  const candidates = [...filesUnder(path.join(base, 'dist'), base), { path: 'package.json', size: 0 }];
  return candidates
    .filter((file) => packed(file.path, patterns))
    .map((file) =>
      file.path === 'package.json' ? { ...file, size: statSync(path.join(base, file.path)).size } : file,
    );
}

/** The node_modules electron-builder packs: its own collector's answer, flattened, with sizes. */
export async function productionModules(base = root) {
  const { NpmNodeModulesCollector } = builderRequire('./out/node-module-collector/npmNodeModulesCollector');
  const { TmpDir } = builderRequire('builder-util');
  const tmp = new TmpDir('linli-package-contents');
  try {
    const { name } = JSON.parse(readFileSync(path.join(base, 'package.json'), 'utf8'));
    const { nodeModules } = await new NpmNodeModulesCollector(base, tmp).getNodeModules({ packageName: name });
    // Of the config's patterns electron-builder applies only the exclusions to node_modules.
    const modulePatterns = ['**/*', ...configPatterns().filter((p) => p.startsWith('!')), ...DEFAULT_EXCLUDES];
    const flat = [];
    const walk = (modules) => {
      for (const module of modules) {
        const size = filesUnder(module.dir)
          .filter((file) => packed(`node_modules/${module.name}/${file.path}`, modulePatterns))
          .reduce((sum, file) => sum + file.size, 0);
        flat.push({ name: module.name, version: module.version, size });
        walk(module.dependencies ?? []);
      }
    };
    walk(nodeModules);
    return flat;
  } finally {
    await tmp.cleanup();
  }
}

/** The packages a built bundle loads at run time with `require()`: not Node's, not Electron (Electron provides it). */
export function unbundledPackages(bundles) {
  const found = new Set();
  for (const bundle of bundles) {
    const source = ts.createSourceFile(bundle, readFileSync(bundle, 'utf8'), ts.ScriptTarget.Latest);
    const visit = (node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require') {
        const [argument] = node.arguments;
        if (!argument || !ts.isStringLiteralLike(argument)) found.add('(a require of a computed name)');
        else if (!argument.text.startsWith('.')) found.add(argument.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  const builtin = (name) => name.startsWith('node:') || builtinModules.includes(name.split('/')[0]);
  return [...found].filter((name) => !builtin(name) && name !== 'electron').sort();
}

/** `dependencies` the packaged app never loads: each belongs in `devDependencies`. */
export function unusedDependencies(packageJson, unbundled) {
  return Object.keys(packageJson.dependencies ?? {}).filter((name) => !unbundled.includes(name));
}

/** The packages a production install pulls in for `names`, through package-lock.json's `dependencies`. */
export function dependencyClosure(lock, names) {
  const closure = new Set();
  const visit = (name) => {
    if (closure.has(name)) return;
    closure.add(name);
    for (const next of Object.keys(lock.packages[`node_modules/${name}`]?.dependencies ?? {})) visit(next);
  };
  for (const name of names) visit(name);
  return closure;
}

/** Builds main and preload into a temporary folder; the packages they load unbundled. */
export async function unbundledByTheBuild() {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { buildElectron } = await import('./build-electron.mjs');
  const outdir = mkdtempSync(path.join(tmpdir(), 'linli-bundle-'));
  try {
    const { main, preload } = await buildElectron({ outdir });
    return unbundledPackages([main, preload]);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

const megabytes = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = appFiles();
  const modules = await productionModules();
  const unbundled = await unbundledByTheBuild();
  const own = files.reduce((sum, file) => sum + file.size, 0);
  const theirs = modules.reduce((sum, module) => sum + module.size, 0);
  console.log(`App files (electron-builder.yml "files"): ${files.length}, ${megabytes(own)}`);
  const folders = new Map();
  for (const file of files) {
    const folder = file.path.split('/').slice(0, 3).join('/');
    folders.set(folder, (folders.get(folder) ?? 0) + file.size);
  }
  for (const [folder, size] of [...folders].sort((a, b) => b[1] - a[1])) console.log(`  ${folder}  ${megabytes(size)}`);
  console.log(`node_modules (electron-builder's collector): ${modules.length} packages, ${megabytes(theirs)}`);
  for (const module of modules.sort((a, b) => b.size - a.size))
    console.log(`  ${module.name}@${module.version}  ${megabytes(module.size)}`);
  console.log(`Loaded unbundled by the built main process: ${unbundled.join(', ') || 'nothing'}`);
  console.log(`Total the app adds to Electron, before compression: ${megabytes(own + theirs)}`);
  const unused = unusedDependencies(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')), unbundled);
  if (unused.length > 0) {
    console.log(`Unused in the packaged app (move to devDependencies): ${unused.join(', ')}`);
    process.exitCode = 1;
  }
}
