// The browser host's bundle, built into a scratch folder inside dist/ (so better-sqlite3 is found
// in the project's node_modules, as for the real build), then started as `npm run serve` would.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHost, hostBundleIsFresh } from '../../../scripts/build-host.mjs';

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
    const child = spawn(process.execPath, [bundle, '--port', '0', '--data-dir', dataDir], { stdio: 'pipe' });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const found = /Linli browser host: (http:\/\/\S+\/) /.exec(out)?.[1];
          if (found) resolve(found);
        });
        child.once('exit', (code) => reject(new Error(`the host exited with ${code}`)));
      });
      const response = await fetch(`${url}healthz`);
      expect(await response.json()).toEqual({ ok: true });
    } finally {
      child.kill('SIGTERM');
      await new Promise((done) => child.once('exit', done));
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
