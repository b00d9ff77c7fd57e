import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import type { Expect } from '../../../../app/intents/types';

/*
 * Recogniser slips as families, not lists: a kind or command word written wholly with other characters
 * of its sound (from the pinyin table), and the grammar's small table of English mishearings. Both are
 * understood, and both are asked back (below the threshold), never acted on as said.
 */

const at = (lang: Language, text: string, expect: Expect, kind?: 'complaint' | 'service' | 'suggestion') =>
  matchIntent(text, { lang, expect, kind });

describe('slips by sound', () => {
  it('reads a kind word written with other characters of its sound, and asks it back', () => {
    const got = at('zh-HK', '我想頭素', 'kind');
    expect(got.kind).toBe('complaint');
    expect(got.confidence).toBeLessThan(0.6);
    const suggestion = at('zh-CN', '想提个间义', 'kind');
    expect(suggestion.kind).toBe('suggestion');
  });

  it('never takes an everyday word of the same sound as the slip (中心 is no 重新)', () => {
    expect(at('zh-CN', '中心几点开门', 'free').command).toBeNull();
    expect(at('zh-HK', '中心開門未', 'free').command).toBeNull();
  });

  it('leaves two-character category words to their written half: 个字 and 一趟 name nothing', () => {
    expect(at('zh-CN', '这个字看不见', 'category', 'complaint').category).toBeNull();
    expect(at('zh-CN', '走一趟', 'category', 'suggestion').category).toBeNull();
  });
});

describe('English mishearings', () => {
  it.each([
    ['go bag', 'back'],
    ['repeet that please', 'repeat'],
    ['start all over a gain', 'start_over'],
  ] as const)('%s is %s, surer when said right', (text, command) => {
    const got = at('en', text, 'free');
    expect(got.command).toBe(command);
    expect(got.confidence).toBeLessThan(0.95);
  });

  it('reads "come plain" as a complaint', () => {
    expect(at('en', 'I want to make a come plain', 'kind').kind).toBe('complaint');
  });

  it('leaves a bag that is a bag alone', () => {
    expect(at('en', 'someone took my bag from the hall', 'free').command).toBeNull();
  });
});
