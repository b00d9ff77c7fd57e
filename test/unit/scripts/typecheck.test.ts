import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { TYPE_CONFIGS } from '../../../scripts/typecheck.mjs';

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
 * Compiles `planted` (file → text) as files of the layer `config` compiles, beside the layer's own
 * files and with its options — the planted files held in memory, so the tree is left as it is — and
 * returns, for each planted file, the lines that have type errors.
 */
function linesWithErrors(config: string, planted: Record<string, string>): Record<string, number[]> {
  const parsed = parse(config);
  const texts = new Map(Object.entries(planted).map(([file, text]) => [path.join(root, file), text]));
  const host = ts.createCompilerHost(parsed.options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, language, ...rest) => {
    const text = texts.get(name);
    return text === undefined ? getSourceFile(name, language, ...rest) : ts.createSourceFile(name, text, language);
  };
  host.fileExists = (name) => texts.has(name) || fileExists(name);
  host.readFile = (name) => texts.get(name) ?? readFile(name);
  // The layer's own files too: a global one of them brings in (a Node module's types declare
  // `process` for the whole program) must be caught here as it would be by `tsc -p`.
  const program = ts.createProgram([...parsed.fileNames, ...texts.keys()], parsed.options, host);
  expect(program.getOptionsDiagnostics()).toEqual([]);
  expect(program.getGlobalDiagnostics()).toEqual([]);
  return Object.fromEntries(
    Object.keys(planted).map((file) => {
      const source = program.getSourceFile(path.join(root, file))!;
      const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
      const lines = diagnostics.map((d) => source.getLineAndCharacterOfPosition(d.start ?? 0).line + 1);
      return [file, [...new Set(lines)].sort((a, b) => a - b)];
    }),
  );
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
    it(`${config} refuses every global its runtime lacks, each on its own line`, { timeout: 600_000 }, () => {
      const planted = Object.fromEntries(Object.entries(files).map(([file, lines]) => [file, lines.join('\n')]));
      const expected = Object.fromEntries(
        Object.entries(files).map(([file, lines]) => [file, file.endsWith('clean.ts') ? [] : every([...lines])]),
      );
      // The clean files compile in the same program: the errors are the globals', not the harness's.
      expect(linesWithErrors(config, planted)).toEqual(expected);
    });
  }
});

describe('locale keys', () => {
  it('a typo in a t() key fails tsc in the renderer', { timeout: 600_000 }, () => {
    const lines = [
      "import type { TFunction } from 'i18next';",
      'declare const t: TFunction;',
      "export const typo = t('voice.agian');",
      "export const good = t('voice.again');",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the planted source builds a key from a union
      "export const built = (status: 'queued' | 'closed') => t(`lookup.status.${status}`);",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: as above, with a status that has no string
      "export const builtTypo = (status: 'queued' | 'lost') => t(`lookup.status.${status}`);",
    ];
    const file = 'renderer/planted.ts';
    expect(linesWithErrors('renderer/tsconfig.json', { [file]: lines.join('\n') })).toEqual({ [file]: [3, 6] });
  });

  it('a typo in a key held in app/ data fails tsc', { timeout: 600_000 }, () => {
    const lines = [
      "import type { LocaleKey } from './i18n/localeKey';",
      "import type { Segment } from './speech/voiceMachine';",
      "export const typo: LocaleKey = 'voice.agian';",
      "export const segment: Segment = { key: 'voice.agian' };",
      "export const good: Segment[] = [{ key: 'voice.again' }, 'as it is'];",
      "export const list: LocaleKey = 'catalogue.roads.phrases';",
    ];
    const file = 'app/planted.ts';
    expect(linesWithErrors('app/tsconfig.json', { [file]: lines.join('\n') })).toEqual({ [file]: [3, 4, 6] });
  });
});
