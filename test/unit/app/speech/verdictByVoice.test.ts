import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyContext } from '../../../../app/dialog/dialogMachine';
import { DEFAULT_CATALOGUE } from '../../../../app/domain/catalogue';
import type { Language } from '../../../../app/i18n/languages';
import { decide } from '../../../../app/speech/voiceDecision';
import { interpretTurn } from '../../../../app/speech/voiceTurn';

/*
 * The resident's verdict said aloud, as the kiosk takes it at the question "您对处理结果满意吗？":
 * the words go through the same turn and decision as on the screen (the three buttons shown, the
 * default confidence threshold). A resident who is not satisfied must never close their own case.
 */

const ROOT = join(import.meta.dirname, '../../../..');
function buttons(language: Language): string[] {
  const t = JSON.parse(readFileSync(join(ROOT, `locales/${language}/translation.json`), 'utf8'));
  const v = t.lookup.verdict as Record<string, string>;
  return [v.satisfied!, v.basically!, v.unsatisfied!];
}

/** What the kiosk does with the words: the rating it sends, or null when it asks again. */
function verdictHeard(language: Language, text: string): string | null {
  const ctx = { ...emptyContext({ catalogue: DEFAULT_CATALOGUE, defaultLanguage: language }), language };
  const interpretation = interpretTurn({
    step: 'lookup',
    stage: 'rate',
    ctx,
    text,
    buttons: buttons(language),
    labelOf: () => '',
  });
  const decision = decide({ pending: null, confidenceThreshold: 0.6 }, { type: 'heard', text, interpretation });
  if (decision.type !== 'deliver') return null;
  const { outcome } = decision;
  if (outcome.type === 'press') return `press:${outcome.label}`;
  if (outcome.type !== 'events') return null;
  const rate = outcome.events.find((e) => e.type === 'user.rate');
  return rate?.type === 'user.rate' ? rate.rating : null;
}

const NOT_SATISFIED: Record<Language, string[]> = {
  'zh-CN': [
    '不满意',
    '我不满意',
    '不满意，晚上还在敲',
    '很不满意',
    '一点都不满意',
    '不太满意',
    '不是很满意',
    '我不是特别满意',
    '谈不上满意',
    '算不上满意',
    '不能说满意',
    '满意不了',
    '没有满意',
    '没解决',
  ],
  'zh-HK': ['唔滿意', '唔满意', '我唔滿意', '好唔滿意', '唔係好滿意', '講唔上滿意', '滿意唔到', '唔算滿意', '冇解決'],
  en: [
    'not satisfied',
    'Not satisfied.',
    "I'm not satisfied",
    'not really satisfied',
    'not at all satisfied',
    "I wouldn't say I'm satisfied",
    'not so satisfied',
    'far from satisfied',
    'never satisfied',
    "it wasn't fixed",
    'dissatisfied',
  ],
};

describe('the verdict by voice', () => {
  for (const [language, sentences] of Object.entries(NOT_SATISFIED) as [Language, string[]][]) {
    it.each(sentences)(`${language}: "%s" reopens the case (不满意), never closes it`, (text) => {
      expect(verdictHeard(language, text)).toBe('unsatisfied');
    });
  }

  it.each([
    ['zh-CN', '基本满意'],
    ['zh-CN', '基本上还算满意'],
    ['zh-CN', '还行吧'],
    ['zh-HK', '基本滿意'],
    ['en', 'basically satisfied'],
    ['en', 'mostly satisfied'],
  ] as [Language, string][])('%s: "%s" is 基本满意', (language, text) => {
    expect(verdictHeard(language, text)).toBe('basically');
  });

  it.each([
    ['zh-CN', '满意'],
    ['zh-CN', '挺满意的，谢谢'],
    ['zh-CN', '挺不错的'],
    ['zh-HK', '滿意'],
    ['en', 'satisfied'],
    ['en', "I'm satisfied, thank you"],
  ] as [Language, string][])('%s: "%s" is 满意', (language, text) => {
    expect(verdictHeard(language, text)).toBe('satisfied');
  });

  it('words that also sound like 不满意 (布满意, a recogniser mishearing) are asked again, not taken as 满意', () => {
    expect(verdictHeard('zh-CN', '布满意')).toBeNull();
  });
});
