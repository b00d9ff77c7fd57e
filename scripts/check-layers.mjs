#!/usr/bin/env node
// `npm test`'s `layers` step: what each layer may import, as allow-lists. Dependencies point one
// way, renderer → app ← main (STYLE.md, "Layers you can see"); a file may import only the
// packages and layers its own layer lists below, so anything new — a package, a Node built-in,
// another folder — is refused until someone writes down here why the layer needs it. Every
// form of import counts: `import`, `import type`, `export … from`, `import()`, `require()`,
// `import x = require()`, `typeof import()`. The other half, which globals a layer sees
// (`document`, `process`, `Buffer`), is each layer's tsconfig: scripts/typecheck.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The layers, most specific first: a file belongs to the first whose `files` its path starts with.
 * `layers`: the layers it may import from (its own included when listed); `packages`: the npm
 * packages it may import (a subpath such as `react-dom/client` counts as its package);
 * `builtins`: whether it may import Node's built-ins, always written `node:…`.
 */
export const LAYERS = [
  {
    name: 'preload',
    files: 'main/electron/preload.ts',
    why: 'the sandboxed preload can require only electron; the build inlines what it takes from app/',
    layers: ['app'],
    packages: ['electron'],
    builtins: false,
  },
  {
    name: 'main/electron',
    files: 'main/electron/',
    why: "Electron's main process: the only place electron is imported",
    layers: ['main/electron', 'main', 'app', 'locales'],
    packages: ['electron'],
    builtins: true,
  },
  {
    name: 'main',
    files: 'main/',
    why: 'the Node side (store, services, host, CLIs); it meets the renderer only through app/contract',
    layers: ['main', 'app', 'locales'],
    packages: ['better-sqlite3', 'zod'],
    builtins: true,
  },
  {
    name: 'renderer',
    files: 'renderer/',
    why: 'the page, in a browser or Electron window; it reaches main only through the KioskApi',
    layers: ['renderer', 'app', 'locales'],
    packages: [
      '@fontsource/noto-sans-sc',
      '@xstate/react',
      'i18next',
      'microsoft-cognitiveservices-speech-sdk',
      'qrcode-generator',
      // The staff console's rate charts (an SVG chart library with a keyboard and screen-reader layer).
      'recharts',
      'react',
      'react-dom',
      'react-i18next',
      'web-speech-cognitive-services',
      'xstate',
    ],
    builtins: false,
  },
  {
    name: 'app',
    files: 'app/',
    why: 'the dialog, domain and contract both sides share: no Node, no DOM, no framework',
    layers: ['app', 'locales'],
    packages: ['xstate', 'zod'],
    builtins: false,
  },
  // Data, not code: a layer imports a locale's JSON; nothing in it imports anything.
  { name: 'locales', files: 'locales/', why: 'strings and grammars', layers: [], packages: [], builtins: false },
];

const SOURCE = /\.(?:[cm]?[jt]s|tsx|jsx)$/;

/** The layer a repository path (`app/dialog/types.ts`, or an import's target) belongs to. */
export function layerOf(file) {
  return LAYERS.find((layer) => (layer.files.endsWith('/') ? file.startsWith(layer.files) : file === layer.files));
}

/** A package specifier's package: `react-dom/client` → `react-dom`, `@scope/name/x` → `@scope/name`. */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Every module a source file names, with its line: static, dynamic, type-only and `require`. */
export function importsOf(fileName, text) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const add = (node, specifier) =>
    found.push({ specifier, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 });
  const literal = (node) => (node && ts.isStringLiteralLike(node) ? node.text : null);
  for (const ref of [...source.referencedFiles, ...source.typeReferenceDirectives, ...source.libReferenceDirectives]) {
    found.push({
      specifier: null,
      line: source.getLineAndCharacterOfPosition(ref.pos).line + 1,
      problem: `a /// <reference> directive ("${ref.fileName}") would widen what the layer's tsconfig admits; import what the file needs instead`,
    });
  }
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      add(node, literal(node.moduleSpecifier));
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node, literal(node.moduleReference.expression));
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node, literal(node.argument.literal));
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      add(node, literal(node.arguments[0]));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Why `specifier`, imported by `file` of `layer`, is refused; null when its layer allows it. */
export function refusal(file, layer, specifier) {
  const allowed = (names) => (names.length > 0 ? names.join(', ') : 'nothing');
  const where = `${layer.name} (${layer.why})`;
  if (specifier === null) {
    return `an import of a computed name cannot be checked: import a literal path (rule: ${where})`;
  }
  if (specifier.startsWith('.')) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
    const targetLayer = layerOf(target);
    if (!targetLayer)
      return `'${specifier}' is outside every layer (${target}); ${layer.name} may import ${allowed(layer.layers)}`;
    if (targetLayer.name === 'locales' && !target.endsWith('.json'))
      return `'${specifier}': only a locale's JSON is imported from locales/`;
    if (!layer.layers.includes(targetLayer.name)) {
      return `'${specifier}' is in ${targetLayer.name}, which ${where} may not import; it may import ${allowed(layer.layers)}. Move what both need into app/, or pass it in from the side that owns it`;
    }
    return null;
  }
  const bare = specifier.replace(/^node:/, '');
  if (specifier.startsWith('node:') || builtinModules.includes(bare) || builtinModules.includes(packageOf(bare))) {
    if (!layer.builtins) return `'${specifier}' is Node's, and ${where} does not run in Node`;
    if (!specifier.startsWith('node:')) return `'${specifier}' is a Node built-in: write 'node:${specifier}'`;
    return null;
  }
  if (!layer.packages.includes(packageOf(specifier))) {
    return `'${packageOf(specifier)}' is not among the packages ${where} may import (${allowed(layer.packages)}); if it belongs here, add it to the layer in scripts/check-layers.mjs and say why`;
  }
  return null;
}

function sourcesUnder(dir, base) {
  return readdirSync(path.join(base, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(rel, base);
    return SOURCE.test(entry.name) ? [rel] : [];
  });
}

/** Every refused import under `base` (the repository by default), as `file:line: reason`. */
export function checkLayers(base = root) {
  const folders = [...new Set(LAYERS.filter((l) => l.name !== 'locales').map((l) => l.files.split('/')[0]))];
  const problems = [];
  for (const file of folders.flatMap((folder) => sourcesUnder(folder, base))) {
    const layer = layerOf(file);
    for (const found of importsOf(file, readFileSync(path.join(base, file), 'utf8'))) {
      const reason = found.problem ?? refusal(file, layer, found.specifier);
      if (reason) problems.push(`${file}:${found.line}: ${reason}`);
    }
  }
  return problems;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const problems = checkLayers();
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) {
    console.error(`\n${problems.length} import(s) break the layer rules (scripts/check-layers.mjs, README "Layers").`);
    process.exitCode = 1;
  } else {
    console.log('Every import in app/, renderer/ and main/ is one its layer allows.');
  }
}
