import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLayers, importsOf } from '../../../scripts/check-layers.mjs';

/** Forbidden imports, each planted alone in a file of its own, with the words its refusal must name. */
const PLANTED: Record<string, [file: string, source: string, says: RegExp][]> = {
  app: [
    ['app/a1.ts', "import 'node:child_process';", /Node's.*app/],
    ['app/a2.ts', "import { readFile } from 'fs/promises';\nexport { readFile };", /'fs\/promises' is Node's/],
    ['app/a3.ts', "import WebSocket from 'ws';\nexport { WebSocket };", /'ws' is not among.*app.*xstate, zod/],
    ['app/a4.ts', "export const react = () => import('react');", /'react' is not among/],
    ['app/a5.ts', "export const electron = require('electron');", /'electron' is not among/],
    ['app/dialog/a6.ts', "export * from '../../main/store/store';", /is in main, which app .* may not import/],
    ['app/a7.ts', "import type { i18n } from '../renderer/i18n';\nexport type { i18n };", /is in renderer/],
    ['app/a8.ts', '/// <reference types="node" />\nexport {};', /reference/],
    ['app/a9.ts', 'export type Fs = typeof import("node:fs");', /Node's/],
    ['app/a10.ts', "const name = 'fs';\nexport const fs = import(name);", /computed name/],
    ['app/a11.ts', "import '../scripts/serve.mjs';", /outside every layer/],
    ['app/a12.ts', "import { createRequire } from 'module';\nexport { createRequire };", /Node's/],
  ],
  renderer: [
    ['renderer/r1.ts', "import { readFileSync } from 'node:fs';\nexport { readFileSync };", /Node's.*renderer/],
    ['renderer/r2.ts', "import Database from 'better-sqlite3';\nexport { Database };", /'better-sqlite3' is not among/],
    ['renderer/r3.ts', "import { ipcRenderer } from 'electron';\nexport { ipcRenderer };", /'electron' is not among/],
    ['renderer/r4.ts', "import { openStore } from '../main/store/store';\nexport { openStore };", /is in main/],
    ['renderer/r5.ts', "import 'ws';", /'ws' is not among/],
  ],
  main: [
    ['main/m1.ts', "import { app } from 'electron';\nexport { app };", /'electron' is not among.*main \(/],
    [
      'main/m2.ts',
      "import { createRoot } from 'react-dom/client';\nexport { createRoot };",
      /'react-dom' is not among/,
    ],
    ['main/m3.ts', "import { createI18n } from '../renderer/i18n';\nexport { createI18n };", /is in renderer/],
    ['main/store/m4.ts', "export { serveKioskApi } from '../electron/ipc';", /is in main\/electron/],
    ['main/m5.ts', "import { readFileSync } from 'fs';\nexport { readFileSync };", /write 'node:fs'/],
  ],
  'main/electron': [
    [
      'main/electron/e1.ts',
      "import Database from 'better-sqlite3';\nexport { Database };",
      /'better-sqlite3' is not among/,
    ],
    [
      'main/electron/e2.ts',
      "import { createI18n } from '../../renderer/i18n';\nexport { createI18n };",
      /is in renderer/,
    ],
    ['main/electron/preload.ts', "import { readFileSync } from 'node:fs';\nexport { readFileSync };", /preload/],
    ['main/electron/preload.ts', "import { openStore } from '../store/store';\nexport { openStore };", /is in main/],
  ],
};

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A tree of app/, renderer/ and main/ holding only `files`. */
function tree(files: Record<string, string>): string {
  dir = mkdtempSync(path.join(tmpdir(), 'linli-layers-'));
  for (const folder of ['app', 'renderer', 'main']) mkdirSync(path.join(dir, folder));
  for (const [file, source] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), source);
  }
  return dir;
}

describe('the layers’ import allow-lists', () => {
  it('pass the tree as it is', () => {
    expect(checkLayers()).toEqual([]);
  });

  for (const [layer, planted] of Object.entries(PLANTED)) {
    it(`refuse each forbidden import planted in ${layer}, naming the rule`, () => {
      for (const [file, source, says] of planted) {
        const problems = checkLayers(tree({ [file]: source }));
        expect(problems, `${file}: ${source}`).toHaveLength(1);
        expect(problems[0], source).toMatch(new RegExp(`^${file}:\\d+: `));
        expect(problems[0], source).toMatch(says);
        rmSync(dir!, { recursive: true, force: true });
      }
    });
  }

  it('let each layer import what it is allowed', () => {
    const allowed = {
      'app/ok.ts':
        "import { setup } from 'xstate';\nimport * as z from 'zod';\nimport en from '../locales/en/intents.json';\nimport { LANGUAGES } from './i18n/languages';\nexport { setup, z, en, LANGUAGES };",
      'renderer/ok.tsx':
        "import { createRoot } from 'react-dom/client';\nimport '@fontsource/noto-sans-sc/400.css';\nimport './ok.css';\nimport { LANGUAGES } from '../app/i18n/languages';\nexport { createRoot, LANGUAGES };",
      'main/ok.ts':
        "import { readFile } from 'node:fs/promises';\nimport Database from 'better-sqlite3';\nimport { LANGUAGES } from '../app/i18n/languages';\nexport { readFile, Database, LANGUAGES };",
      'main/electron/ok.ts':
        "import { app } from 'electron';\nimport { openKiosk } from '../compose';\nexport { app, openKiosk };",
      'main/electron/preload.ts':
        "import { contextBridge } from 'electron';\nimport { KIOSK_API_CHANNEL } from '../../app/contract/bridge';\nexport { contextBridge, KIOSK_API_CHANNEL };",
    };
    expect(checkLayers(tree(allowed))).toEqual([]);
  });

  it('find every form an import can take, with its line', () => {
    const source = [
      "import a from 'p1';",
      "import type { B } from 'p2';",
      "export { c } from 'p3';",
      "export * from 'p4';",
      "const d = await import('p5');",
      "const e = require('p6');",
      "import f = require('p7');",
      "type G = typeof import('p8');",
      "import 'p9';",
    ].join('\n');
    expect(importsOf('x.ts', source)).toEqual(
      Array.from({ length: 9 }, (_, i) => ({ specifier: `p${i + 1}`, line: i + 1 })),
    );
  });
});
