import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import { type CorpusLine, parseCorpus } from '../../../../app/intents/evaluate';
import { modelsOf, setFallbackModels, shippedFallbackModels } from '../../../../app/intents/fallback';
import { trainFallback } from '../../../../app/intents/fallbackTraining';
import { FALLBACK_TABLES } from '../../../../app/intents/tables/fallback';
import type { Expect } from '../../../../app/intents/types';

/** The dialog's default confirmation threshold (main/config/speech.ts). */
const THRESHOLD = 0.6;
const at = (lang: Language, expect: Expect, text: string, kind?: 'service' | 'complaint' | 'suggestion') =>
  matchIntent(text, { lang, expect, ...(kind ? { kind } : {}) });

/** A toy corpus of our own, so each rule is tested on words we chose, not on what the shipped tables hold. */
const line = (text: string, want: CorpusLine['want']): CorpusLine => ({
  lang: 'en',
  text,
  expect: 'kind',
  want,
  phenomenon: 'story',
});
const TALK = { kind: null, category: null, command: null, answer: null, choice: null, digits: null };
const TOY: CorpusLine[] = [
  line('nobody mops the stairwell', { kind: 'complaint', category: 'cmp.sanitation' }),
  line('the stairwell is filthy nobody mops', { kind: 'complaint', category: 'cmp.sanitation' }),
  line('they never mop the stairwell', { kind: 'complaint', category: 'cmp.sanitation' }),
  line('the stairwell stinks', { kind: 'complaint', category: 'cmp.sanitation' }),
  line('grandson plays football on sunday', TALK),
  line('my grandson plays football', TALK),
  line('football on sunday with my grandson', TALK),
  line('sunday football again', TALK),
];
const toyModels = (lines: readonly CorpusLine[]) => modelsOf(trainFallback(lines));

afterEach(() => setFallbackModels(undefined));

describe('the corpus-trained fallback for kind and category', () => {
  it('a story in words no rule lists gets a kind and category, asked back', () => {
    setFallbackModels(null);
    expect(at('en', 'kind', 'nobody ever mops the stairwell').kind).toBeNull();
    setFallbackModels(toyModels(TOY), { kind: 0.6, category: 0.5 });
    const got = at('en', 'kind', 'nobody ever mops the stairwell');
    expect(got).toMatchObject({ kind: 'complaint', category: 'cmp.sanitation' });
    expect(got.confidence).toBeLessThan(THRESHOLD);
    expect(got.description).not.toBeNull();
  });

  it('on the category step, with the kind given, guesses only among that kind’s categories', () => {
    setFallbackModels(toyModels(TOY), { kind: 0.6, category: 0.5 });
    expect(at('en', 'category', 'the stairwell, filthy', 'complaint').category).toBe('cmp.sanitation');
    // No suggestion was trained: among a suggestion's categories it finds nothing to say.
    expect(at('en', 'category', 'the stairwell, filthy', 'suggestion').category?.startsWith('sug.') ?? true).toBe(true);
  });

  it('talk like the lines that wanted nothing stays nothing', () => {
    setFallbackModels(toyModels(TOY), { kind: 0.6, category: 0.5 });
    expect(at('en', 'kind', 'my grandson had football this sunday')).toMatchObject({ kind: null, category: null });
    // And with the shipped tables: family news is no request.
    setFallbackModels(undefined);
    expect(at('en', 'kind', 'my grandson plays football every sunday').kind).toBeNull();
    expect(at('zh-CN', 'kind', '我孙子周末踢足球').kind).toBeNull();
  });

  it('never acts: whatever it guesses, even let through at any posterior, stays below the threshold', () => {
    const said: [Language, string][] = [
      ['en', 'the man upstairs stomps around at 3 am'],
      ['en', 'can someone explain my electricity bill to me'],
      ['zh-CN', '有人在绿化带里种菜'],
      ['zh-CN', '我孙子周末踢足球'],
    ];
    setFallbackModels(null);
    for (const [lang, text] of said) expect(at(lang, 'kind', text).kind, text).toBeNull();
    setFallbackModels(shippedFallbackModels(), { kind: 0, category: 0 });
    const guessed = said.map(([lang, text]) => at(lang, 'kind', text)).filter((got) => got.kind !== null);
    expect(guessed.length).toBeGreaterThan(0);
    for (const got of guessed) expect(got.confidence).toBeLessThanOrEqual(0.55);
  });

  it('never overrides what a rule found, nor answers a yes/no, digits or choice step', () => {
    const steps: [Language, Expect, string, 'complaint'?][] = [
      ['zh-CN', 'kind', '我要投诉楼上噪音'],
      ['en', 'kind', 'I want to make a suggestion'],
      ['en', 'category', 'noise from upstairs', 'complaint'],
      ['en', 'free', 'go back'],
      ['en', 'yesno', 'the stairwell'],
      ['en', 'digits', 'the stairwell'],
      ['en', 'choice', 'the stairwell'],
      ['zh-HK', 'kind', '唔該講多次'],
    ];
    setFallbackModels(null);
    const rules = steps.map(([lang, step, text, kind]) => at(lang, step, text, kind));
    setFallbackModels(toyModels(TOY), { kind: 0, category: 0 });
    steps.forEach(([lang, step, text, kind], i) => {
      expect(at(lang, step, text, kind), text).toEqual(rules[i]);
    });
  });

  it('the shipped tables are what the training script makes from the current corpus', () => {
    const corpus = parseCorpus(
      readFileSync(join(import.meta.dirname, '../../../fixtures/intents/corpus.jsonl'), 'utf8'),
    );
    expect(
      trainFallback(corpus),
      'app/intents/tables/fallback.ts is stale: run `npm run -s train-fallback` after changing the corpus',
    ).toEqual(FALLBACK_TABLES);
  });
});
