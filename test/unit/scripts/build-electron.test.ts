// The bundle is also started here, with `electron` stood in for by the recording fake
// of test/unit/main/electron/fakeElectron.ts: Electron itself cannot run on this machine
// (no binary, no display).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module, { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { KIOSK_API_CHANNEL } from '../../../app/contract/bridge';
import { buildElectron } from '../../../scripts/build-electron.mjs';
import { electron, FakeWebContents, fake } from '../main/electron/fakeElectron';

let base: string;
let built: { main: string; preload: string };

beforeAll(async () => {
  // The layout of dist/ (electron/ beside renderer/), inside the project so that
  // better-sqlite3 is found in its node_modules as it is for the real build.
  const dist = path.resolve(import.meta.dirname, '../../../dist');
  mkdirSync(dist, { recursive: true });
  base = mkdtempSync(path.join(dist, 'test-electron-'));
  mkdirSync(path.join(base, 'renderer'));
  writeFileSync(path.join(base, 'renderer', 'index.html'), '<!doctype html><title>Linli</title>');
  built = await buildElectron({ outdir: path.join(base, 'electron') });
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

function required(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...new Set([...source.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]!))].sort();
}

/** Loads the built main as Electron would, with `require('electron')` answered by the fake. */
function startBuiltMain(): void {
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = loader._load;
  loader._load = function (this: unknown, request, ...rest) {
    return request === 'electron' ? electron : load.call(this, request, ...rest);
  };
  try {
    createRequire(import.meta.url)(built.main);
  } finally {
    loader._load = load;
  }
}

describe('the Electron build', () => {
  it('makes a preload that requires nothing but electron, as a sandboxed preload must', () => {
    expect(required(built.preload)).toEqual(['electron']);
  });

  it('makes a main that loads only Node built-ins, electron and better-sqlite3 from outside the bundle', () => {
    const allowed = new Set([
      'electron',
      'better-sqlite3',
      ...builtinModules,
      ...builtinModules.map((m) => `node:${m}`),
    ]);
    expect(required(built.main).filter((name) => !allowed.has(name))).toEqual([]);
  });

  it('makes a main that finds the preload and the renderer build beside it, and stores a submission', async () => {
    fake.reset();
    const dataDir = mkdtempSync(path.join(tmpdir(), 'linli-electron-data-'));
    vi.stubEnv('LINLI_DATA_DIR', dataDir);
    try {
      startBuiltMain();
      await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
      expect(fake.windows[0]!.options.webPreferences?.preload).toBe(built.preload);

      const page = await fake.protocolHandlers.get('app')!(new Request('app://kiosk/staff'));
      expect(await page.text()).toBe('<!doctype html><title>Linli</title>');

      const submit = fake.ipcHandlers.get(KIOSK_API_CHANNEL)!;
      const draft = {
        kind: 'suggestion',
        category: 'sug.elderly',
        description: '多办些老年活动',
        contact: { anonymous: true },
        language: 'zh-CN',
        inputModes: ['touch'],
      };
      const event = { sender: new FakeWebContents(), senderFrame: { url: 'app://kiosk/' } };
      expect(await submit(event, 'submit', draft)).toMatchObject({ ok: true, result: { ref: expect.any(String) } });
    } finally {
      fake.app.emit('will-quit');
      vi.unstubAllEnvs();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
