// The browser host's bundle, built into a scratch folder inside dist/ (so better-sqlite3 is found
// in the project's node_modules, as for the real build), then started as `npm run serve` would.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHost, hostBundleIsFresh } from '../../../scripts/build-host.mjs';
import { damageSubmissionsPage } from '../../faults/damage';
import { draft } from '../main/support';

const root = path.resolve(import.meta.dirname, '../../..');
let base: string;
let bundle: string;

beforeAll(async () => {
  // dist/ is not in a fresh clone, and the build that makes it runs beside the unit tests.
  mkdirSync(path.join(root, 'dist'), { recursive: true });
  base = mkdtempSync(path.join(root, 'dist', 'test-host-'));
  bundle = await buildHost({ outfile: path.join(base, 'host', 'serve.mjs') });
}, 60_000);
afterAll(() => rmSync(base, { recursive: true, force: true }));

const inputsOf = () => path.join(base, 'host', 'serve.inputs.json');

describe('the browser host bundle', () => {
  it('imports nothing but Node built-ins and better-sqlite3 from outside itself', () => {
    const imported = [...readFileSync(bundle, 'utf8').matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]!);
    const allowed = new Set(['better-sqlite3', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    expect(imported.length).toBeGreaterThan(0);
    expect(imported.filter((name) => !allowed.has(name))).toEqual([]);
  });

  it('is fresh once built, and stale when a file that went into it changes or goes', () => {
    const inputs = JSON.parse(readFileSync(inputsOf(), 'utf8')) as string[];
    expect(inputs).toEqual(expect.arrayContaining(['main/host/serve.ts', 'main/store/store.ts']));
    // As if just built: a source edited meanwhile (others work in this tree) must not fail the test.
    utimesSync(bundle, new Date(), new Date());
    expect(hostBundleIsFresh(bundle)).toBe(true);

    const source = path.join(base, 'source.ts');
    writeFileSync(source, '');
    writeFileSync(inputsOf(), JSON.stringify([...inputs, path.relative(root, source)]));
    utimesSync(source, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    utimesSync(bundle, new Date(), new Date());
    expect(hostBundleIsFresh(bundle)).toBe(true);
    utimesSync(source, new Date(Date.now() + 60_000), new Date(Date.now() + 60_000));
    expect(hostBundleIsFresh(bundle)).toBe(false);
    rmSync(source);
    expect(hostBundleIsFresh(bundle)).toBe(false);
    writeFileSync(inputsOf(), JSON.stringify(inputs));
  });

  it('starts and answers, with the arguments the host takes', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'linli-host-bundle-'));
    const host = await startBundle(dataDir);
    try {
      const response = await fetch(`${host.url}healthz`);
      expect(await response.json()).toEqual({ ok: true });
    } finally {
      await host.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);

  // The bundle is ESM with a `require` of esbuild's making: the check's worker must still find the
  // database driver (it once could not, and every start of `npm run serve` went unchecked).
  it('checks every page of the database after it starts, and finds damage opening alone does not see', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'linli-host-bundle-'));
    await damageSubmissionsPage(dataDir);
    const host = await startBundle(dataDir);
    try {
      await expect.poll(host.stderr, { timeout: 30_000 }).toMatch(/linli: the database .* is damaged/);
      expect(host.stderr()).not.toMatch(/could not be checked/);
      const refused = await fetch(`${host.url}api/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(draft()),
      });
      expect(refused.status).toBe(503);
    } finally {
      await host.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});

/** The built bundle as `npm run serve` starts it, on a free port: its address, what it printed on stderr, and a stop. */
async function startBundle(dataDir: string) {
  const child = spawn(process.execPath, [bundle, '--port', '0', '--data-dir', dataDir], { stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const stop = async () => {
    child.kill('SIGTERM');
    if (child.exitCode === null) await new Promise((done) => child.once('exit', done));
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /Linli browser host: (http:\/\/\S+\/) /.exec(out)?.[1];
        if (found) resolve(found);
      });
      child.once('exit', (code) => reject(new Error(`the host exited with ${code}: ${stderr}`)));
    });
    return { url, stderr: () => stderr, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
