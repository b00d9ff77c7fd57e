// Built once per test run, before any test file: the programs tests start as child processes.
// tsx compiled each one's TypeScript at every start, about 0.5 CPU-seconds a process, and the
// tests start some seventy of them; bundled ahead, each starts with plain `node`.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';
import { PROGRAMS } from './programs';

const root = path.resolve(import.meta.dirname, '../..');

export default async function setup(project: TestProject): Promise<() => void> {
  // Two levels below the root, as main/host/ is: serve.ts finds dist/renderer by a path relative to
  // itself, and packages are found in the project's node_modules.
  mkdirSync(path.join(root, 'dist'), { recursive: true });
  const dir = mkdtempSync(path.join(root, 'dist', 'test-programs-'));
  await build({
    absWorkingDir: root,
    entryPoints: PROGRAMS,
    bundle: true,
    // Only the project's own TypeScript is compiled ahead; packages stay outside, loaded by Node as
    // under tsx. `require` is what it is in an ES module run by tsx: absent (esbuild would otherwise
    // put a shim of its own in its place, which integrityCheck.ts would take for CommonJS's).
    packages: 'external',
    define: { require: 'undefined' },
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node}`,
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
  project.provide('programBundles', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
