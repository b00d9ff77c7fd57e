import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import type { Expect } from '../../../../app/intents/types';

/*
 * Round fifteen (heldout11's commands, talk and read-backs): numbers that tell where or when, questions about
 * the kiosk itself, and the other families below. Every sentence is written for this file.
 */
const heard = (lang: Language, expect: Expect, text: string) => matchIntent(text, { lang, expect });

describe('an ordinal that names a floor, a block or a day chooses nothing', () => {
  it.each([
    ['zh-CN', 'kind', '我住在第三层'],
    ['zh-CN', 'choice', '我家在第二栋'],
    ['zh-CN', 'choice', '第三个礼拜三再说吧'],
    ['zh-HK', 'kind', '我住喺第三層'],
    ['zh-HK', 'choice', '我住第二座'],
    ['en', 'kind', "we're on the third floor"],
    ['en', 'choice', 'I am on level three'],
    ['en', 'choice', 'I come in on the first Monday of the month'],
  ] as const)('%s %s "%s"', (lang, step, text) => {
    expect(heard(lang, step, text).choice).toBeNull();
  });

  it.each([
    ['zh-CN', '第三个', 3],
    ['zh-CN', '选二号', 2],
    ['zh-HK', '第二個，唔該', 2],
    ['en', 'the third one please', 3],
    ['en', 'option two', 2],
  ] as const)('%s "%s": still choice %d', (lang, text, choice) => {
    expect(heard(lang, 'choice', text).choice).toBe(choice);
  });
});

describe('a question about the kiosk itself asks for no help', () => {
  it.each([
    ['zh-CN', '这个机器是哪年装的？'],
    ['zh-HK', '呢部機幾耐之前裝㗎？'],
    ['en', 'how much did this machine cost the council?'],
  ] as const)('%s "%s": nothing', (lang, text) => {
    expect(heard(lang, 'choice', text).command).toBeNull();
  });

  it.each([
    ['zh-CN', '这机器怎么用啊？'],
    ['en', 'how does this machine work?'],
  ] as const)('%s "%s": still help', (lang, text) => {
    expect(heard(lang, 'choice', text).command).toBe('help');
  });
});
