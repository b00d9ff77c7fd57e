// What the packaged kiosk would contain, as electron-builder computes it (its own collector and
// matcher, scripts/package-contents.mjs): it cannot package here, as that downloads Electron.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  appFiles,
  dependencyClosure,
  productionModules,
  unbundledByTheBuild,
  unbundledPackages,
  unusedDependencies,
} from '../../../scripts/package-contents.mjs';

const root = path.resolve(import.meta.dirname, '../../..');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));

let unbundled: string[];
beforeAll(async () => {
  unbundled = await unbundledByTheBuild();
}, 600_000);

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('the packaged kiosk', () => {
  it('loads only better-sqlite3 unbundled: main and preload inline everything else', () => {
    expect(unbundled).toEqual(['better-sqlite3']);
  });

  it('lists as dependencies exactly what it loads unbundled, nothing it does not', () => {
    expect(unusedDependencies(packageJson, unbundled), 'move these to devDependencies').toEqual([]);
    expect(
      unbundled.filter((name) => !(name in packageJson.dependencies)),
      'the packaged app needs these',
    ).toEqual([]);
  });

  it('would fail on a dependency nothing unbundled loads', () => {
    const withReact = { dependencies: { 'better-sqlite3': '^12.11.1', react: '^19.3.1' } };
    expect(unusedDependencies(withReact, unbundled)).toEqual(['react']);
  });

  it('packs from node_modules only what the unbundled packages need', { timeout: 600_000 }, async () => {
    const modules = await productionModules();
    const needed = dependencyClosure(lock, unbundled);
    expect(modules.map((m) => m.name).filter((name) => !needed.has(name))).toEqual([]);
    expect(modules.map((m) => m.name)).toContain('better-sqlite3');
    // The heavy ones the bundles already carry, never packed again.
    for (const bundled of [
      'react',
      'tsx',
      'esbuild',
      '@fontsource/noto-sans-sc',
      'microsoft-cognitiveservices-speech-sdk',
    ])
      expect(modules.map((m) => m.name)).not.toContain(bundled);
  });

  it('finds what a bundle requires at run time, and a require it cannot follow', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'linli-bundle-test-'));
    const bundle = path.join(dir, 'main.cjs');
    writeFileSync(
      bundle,
      [
        'const fs = require("node:fs"), path = require("path");',
        'const { app } = require("electron");',
        'const db = require("better-sqlite3"), own = require("./chunk.cjs");',
        'const extra = require("left-pad/lib");',
        'const dyn = require(name);',
      ].join('\n'),
    );
    expect(unbundledPackages([bundle])).toEqual(['(a require of a computed name)', 'better-sqlite3', 'left-pad/lib']);
  });

  it("packs the built app as electron-builder.yml's files say, without source maps or data", () => {
    dir = mkdtempSync(path.join(tmpdir(), 'linli-dist-test-'));
    const files = [
      'dist/electron/main.cjs',
      'dist/electron/main.cjs.map',
      'dist/renderer/index.html',
      'dist/renderer/assets/app.js',
      'dist/renderer/assets/app.js.map',
      'dist/host/serve.mjs',
      'dist/renderer/.DS_Store',
    ];
    for (const file of files) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), 'x');
    }
    writeFileSync(path.join(dir, 'package.json'), '{}');
    expect(
      appFiles(dir)
        .map((f) => f.path)
        .sort(),
    ).toEqual(['dist/electron/main.cjs', 'dist/renderer/assets/app.js', 'dist/renderer/index.html', 'package.json']);
  });
});
