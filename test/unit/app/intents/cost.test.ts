import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../../app/i18n/languages';
import { GRAMMARS, matchWithCost } from '../../../../app/intents';
import { PhraseAutomaton } from '../../../../app/intents/automaton';
import { compileGrammar, MAX_SPELLINGS } from '../../../../app/intents/compileGrammar';
import type { IntentGrammar } from '../../../../app/intents/grammar';
import { tokenise } from '../../../../app/intents/normalise';

/**
 * Matching cost grows linearly with the grammar, with no template-expansion
 * blow-up (what made Home Assistant's Chinese templates slow). Cost is counted, not timed: automaton
 * transitions, occurrences reported, hits weighed and tokens scanned.
 */
const utterances = LANGUAGES.flatMap((lang) => {
  const file = JSON.parse(readFileSync(join(import.meta.dirname, `${lang}.cases.json`), 'utf8')) as {
    tests: { sentences: string[] }[];
  };
  return file.tests.flatMap((t) => t.sentences.map((text) => ({ lang, text })));
});

/** The same grammar with `times` more synonyms for every category, made of characters no utterance uses. */
function grown(grammar: IntentGrammar, times: number): IntentGrammar {
  const rare = [...'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥'];
  let n = 0;
  const made = () => {
    n++;
    return `${rare[n % 22]}${rare[(n >> 2) % 22]}${rare[(n >> 4) % 22]}${rare[(n >> 6) % 22]}${n}`;
  };
  const categories = Object.fromEntries(
    Object.entries(grammar.categories).map(([code, set]) => [
      code,
      {
        phrases: [...set.phrases, ...set.phrases.flatMap(() => Array.from({ length: times }, made))],
        hints: set.hints,
      },
    ]),
  );
  return { ...grammar, categories };
}

describe('the cost of matching', () => {
  it('is a small constant per token of the utterance, for every test utterance', () => {
    let worst = 0;
    for (const { lang, text } of utterances) {
      const { cost } = matchWithCost(text, { lang });
      worst = Math.max(worst, cost.steps / Math.max(1, cost.tokens));
    }
    expect(worst).toBeLessThanOrEqual(12);
  });

  it('does not grow when the grammar grows tenfold', () => {
    const base = GRAMMARS['zh-CN'];
    const small = compileGrammar(base);
    const large = compileGrammar(grown(base, 10));
    expect(large.tokenCount).toBeGreaterThan(5 * small.tokenCount);
    for (const { text } of utterances.filter((u) => u.lang === 'zh-CN')) {
      const tokens = tokenise(text);
      const scan = (g: typeof small) =>
        g.automaton.scan(
          tokens.map((t) => g.symbols.get(t.han ? t.text : `=${t.text}`) ?? -1),
          () => {},
        );
      expect(scan(large)).toBeLessThanOrEqual(scan(small) + tokens.length);
    }
  });

  it('grows linearly with the utterance', () => {
    const once = matchWithCost('我要投诉楼上邻居半夜噪音', { lang: 'zh-CN' }).cost;
    const tenTimes = matchWithCost('我要投诉楼上邻居半夜噪音'.repeat(10), { lang: 'zh-CN' }).cost;
    expect(tenTimes.tokens).toBe(10 * once.tokens);
    expect(tenTimes.steps).toBeLessThanOrEqual(11 * once.steps);
  });

  it('compiles to at most one trie node per phrase token and spelling, with a bounded number of spellings', () => {
    for (const lang of LANGUAGES) {
      const g = compileGrammar(GRAMMARS[lang]);
      expect(g.automaton.size).toBeLessThanOrEqual(g.tokenCount * MAX_SPELLINGS + 1);
    }
    // Ten polyphones in a row (行: xing, hang, heng) would be 3^10 spellings if expanded; they are capped.
    const g = compileGrammar({ ...GRAMMARS['zh-CN'], fillers: ['行行行行行行行行行行'] });
    const base = compileGrammar(GRAMMARS['zh-CN']);
    expect(g.automaton.size - base.automaton.size).toBeLessThanOrEqual(10 * MAX_SPELLINGS);
  });

  it('is bounded by the occurrences even in the worst case: 2 steps per token plus one per occurrence', () => {
    const automaton = new PhraseAutomaton();
    for (let length = 1; length <= 50; length++) automaton.add(new Array(length).fill(7), length);
    let occurrences = 0;
    const steps = automaton.scan(new Array(200).fill(7), () => occurrences++);
    expect(occurrences).toBe(200 * 50 - (49 * 50) / 2);
    expect(steps).toBeLessThanOrEqual(2 * 200 + occurrences);
  });
});
