import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Kind } from '../../../../app/domain/kinds';
import { LANGUAGES } from '../../../../app/i18n/languages';
import { EXPECTS, type Expect, type IntentResult, matchIntent } from '../../../../app/intents';

/**
 * Utterance → expected result, one data file per language, in the manner of
 * Home Assistant's intents tests: each test lists sentences that must all give
 * the same result. A core field the result does not list must be null; a
 * description is checked only when listed.
 */
interface CaseFile {
  language: string;
  tests: {
    expect: Expect;
    /** The kind already chosen (the dialog's context at the category step). */
    kind?: Kind;
    sentences: string[];
    result: Partial<IntentResult>;
    minConfidence?: number;
    maxConfidence?: number;
  }[];
}

const CORE = ['kind', 'category', 'command', 'answer', 'choice', 'digits'] as const;

const files = LANGUAGES.map(
  (lng) => JSON.parse(readFileSync(join(import.meta.dirname, `${lng}.cases.json`), 'utf8')) as CaseFile,
);

describe.each(files)('intents in $language', ({ language, tests }) => {
  const lang = LANGUAGES.find((l) => l === language)!;
  const cases = tests.flatMap((t) => t.sentences.map((sentence) => ({ ...t, sentence })));

  it('has at least 60 utterances, for every step', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(tests.map((t) => t.expect))).toEqual(new Set(EXPECTS));
  });

  it.each(cases)('"$sentence" (expect $expect)', ({ sentence, expect: step, kind, result, ...bounds }) => {
    const got = matchIntent(sentence, { lang, expect: step, ...(kind ? { kind } : {}) });
    const wanted = Object.fromEntries(CORE.map((field) => [field, result[field] ?? null]));
    if ('description' in result) wanted.description = result.description ?? null;
    if ('rating' in result) wanted.rating = result.rating ?? null;
    expect(got).toMatchObject(wanted);
    const found = CORE.some((field) => got[field] !== null) || (got.rating ?? null) !== null;
    if (found) expect(got.confidence).toBeGreaterThan(0);
    else expect(got.confidence).toBe(0);
    if (bounds.minConfidence !== undefined) expect(got.confidence).toBeGreaterThanOrEqual(bounds.minConfidence);
    if (bounds.maxConfidence !== undefined) expect(got.confidence).toBeLessThanOrEqual(bounds.maxConfidence);
  });
});
