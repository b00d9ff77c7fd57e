import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { compile, TYPE_CONFIGS } from '../../../scripts/typecheck.mjs';

const root = path.resolve(import.meta.dirname, '../../..');

function parse(config: string): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(root, config), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error(`cannot read ${config}`);
  return parsed;
}

/**
 * Runs `tsc -p <config>` as `npm run typecheck` does (TypeScript 7's tsc, scripts/typecheck.mjs) on a
 * copy of the layers with `planted` (file → text) added beside their own files — the tree itself is
 * left as it is — and returns, for each config, its exit code and the lines with errors per file.
 * The layer's own files are compiled too: a global one of them brings in (a Node module's types
 * declare `process` for the whole program) must be caught here as it is by `tsc -p`.
 */
async function compileWithPlanted(configs: string[], planted: Record<string, string>) {
  const copy = mkdtempSync(path.join(tmpdir(), 'linli-typecheck-'));
  try {
    for (const part of ['app', 'renderer', 'main', 'locales', 'tsconfig.json', 'package.json']) {
      cpSync(path.join(root, part), path.join(copy, part), { recursive: true });
    }
    symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
    for (const [file, text] of Object.entries(planted)) writeFileSync(path.join(copy, file), text);
    const results = await Promise.all(configs.map((config) => compile(config, copy)));
    return Object.fromEntries(
      configs.map((config, i) => {
        const { code, output } = results[i]!;
        const lines: Record<string, number[]> = {};
        for (const [, file, line] of output.matchAll(/^(\S+)\((\d+),\d+\): error TS/gm)) {
          lines[file!] = [...new Set([...(lines[file!] ?? []), Number(line)])].sort((x, y) => x - y);
        }
        return [config, { code, output, lines }];
      }),
    );
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** Line numbers (1-based) of every line of `lines`. */
const every = (lines: string[]) => lines.map((_, i) => i + 1);

/** Per layer config: files of globals its runtime lacks (every line an error), and of what it has (none). */
const PLANTED = {
  'app/tsconfig.json': {
    'app/planted.ts': [
      'export const a = document.title;',
      'export const b = window.location;',
      'export const c = process.env;',
      "export const d = Buffer.from('x');",
      'export const e = new TextEncoder();',
      'export const f = setTimeout(() => {}, 1);',
      "export const g = console.log('x');",
      "export const h = require('node:fs');",
      "export const i = fetch('/');",
      'export const j = globalThis.process;',
    ],
    'app/clean.ts': ['export const ok = [3, 1, 2].toSorted().at(-1);', "export const map = new Map([['a', 1n]]);"],
  },
  'renderer/tsconfig.json': {
    'renderer/planted.ts': [
      'export const a = process.env;',
      "export const b = Buffer.from('x');",
      "export const c = require('node:fs');",
      'export const d = __dirname;',
      'export const e = globalThis.process;',
    ],
    'renderer/clean.ts': [
      'export const ok = document.title + window.location.href;',
      'export const t = setTimeout(() => {}, 1);',
    ],
  },
  'main/tsconfig.json': {
    'main/planted.ts': [
      'export const a = document.title;',
      'export const b = window.location;',
      'export const c = localStorage;',
      'export const d = requestAnimationFrame(() => {});',
      "export const e = new DOMParser().parseFromString('', 'text/html');",
    ],
    'main/electron/planted.ts': ['export const a = document.title;', 'export const b = window.location;'],
    'main/clean.ts': ["export const ok = process.env.HOME ?? Buffer.from('x').length;"],
    'main/electron/clean.ts': [
      "import { app } from 'electron';",
      "export const ok = app.getPath('userData') + process.platform;",
    ],
  },
} as const;

describe("each layer's tsconfig", () => {
  it('is one npm run typecheck compiles, and holds every source file of its folder', () => {
    const configs = TYPE_CONFIGS.map((c) => c.config);
    expect(configs).toEqual(
      expect.arrayContaining(['app/tsconfig.json', 'renderer/tsconfig.json', 'main/tsconfig.json']),
    );
    expect(configs).toContain('tsconfig.json');
    for (const folder of ['app', 'renderer', 'main']) {
      const files = parse(`${folder}/tsconfig.json`).fileNames.map((f) => path.relative(root, f));
      const sources = ts.sys.readDirectory(path.join(root, folder), ['.ts', '.tsx']).map((f) => path.relative(root, f));
      expect(files.sort()).toEqual(sources.sort());
    }
    const scripts = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts;
    expect(scripts.typecheck).toBe('node scripts/typecheck.mjs');
    expect(readFileSync(path.join(root, 'scripts/test.mjs'), 'utf8')).toMatch(/'scripts\/typecheck\.mjs'/);
  });

  for (const [config, files] of Object.entries(PLANTED)) {
    it(`${config} refuses every global its runtime lacks, each on its own line`, { timeout: 600_000 }, async () => {
      const { lines } = await compiled(config);
      const expected = Object.fromEntries(
        Object.entries(files)
          .filter(([file]) => !file.endsWith('clean.ts'))
          .map(([file, planted]) => [file, every([...planted])]),
      );
      // The clean files compile in the same program, and no file of the layer's own has an error:
      // the errors are the globals', not the harness's.
      const own = Object.fromEntries(Object.entries(lines).filter(([file]) => !(file in LOCALE_PLANTED)));
      expect(own).toEqual(expected);
    });
  }
});

/** Planted keys: in the renderer through i18next's typed t(), in app/ through LocaleKey and Segment. */
const LOCALE_PLANTED = {
  'renderer/plantedKey.ts': [
    "import type { TFunction } from 'i18next';",
    'declare const t: TFunction;',
    "export const typo = t('voice.agian');",
    "export const good = t('voice.again');",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the planted source builds a key from a union
    "export const built = (status: 'queued' | 'closed') => t(`lookup.status.${status}`);",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: as above, with a status that has no string
    "export const builtTypo = (status: 'queued' | 'lost') => t(`lookup.status.${status}`);",
  ],
  'app/plantedKey.ts': [
    "import type { LocaleKey } from './i18n/localeKey';",
    "import type { Segment } from './speech/voiceMachine';",
    "export const typo: LocaleKey = 'voice.agian';",
    "export const segment: Segment = { key: 'voice.agian' };",
    "export const good: Segment[] = [{ key: 'voice.again' }, 'as it is'];",
    "export const list: LocaleKey = 'catalogue.roads.phrases';",
  ],
} as const;

/** Every layer compiled once with every planted file, shared by the tests below and above. */
let compiling: ReturnType<typeof compileWithPlanted> | undefined;
async function compiled(config: string) {
  compiling ??= compileWithPlanted(
    Object.keys(PLANTED),
    Object.fromEntries(
      [...Object.values(PLANTED).flatMap((files) => Object.entries(files)), ...Object.entries(LOCALE_PLANTED)].map(
        ([file, lines]) => [file, lines.join('\n')],
      ),
    ),
  );
  const result = (await compiling)[config]!;
  // Planted errors fail the run; an error that names no line (an unknown option, a missing file) is the harness's.
  expect(result.code).not.toBe(0);
  expect(result.output.split('\n').filter((l) => /error TS/.test(l) && !/^\S+\(\d+,\d+\): error TS/.test(l))).toEqual(
    [],
  );
  return result;
}

describe('locale keys', () => {
  it('a typo in a t() key fails tsc in the renderer', { timeout: 600_000 }, async () => {
    const { lines } = await compiled('renderer/tsconfig.json');
    expect(lines['renderer/plantedKey.ts']).toEqual([3, 6]);
  });

  it('a typo in a key held in app/ data fails tsc', { timeout: 600_000 }, async () => {
    const { lines } = await compiled('app/tsconfig.json');
    expect(lines['app/plantedKey.ts']).toEqual([3, 4, 6]);
  });
});
