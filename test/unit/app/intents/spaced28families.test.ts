import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import { joinWords, spacedByWord } from '../../../../app/intents/spacing';
import type { Expect } from '../../../../app/intents/types';

/*
 * Round twenty-one: Chinese transcribed word by word, a space after every word, and the 辦事 slips
 * (辨事, 半啲事). Every sentence is written for this file, none taken from a held-out set.
 */
const heard = (lang: Language, expect: Expect, text: string) => matchIntent(text, { lang, expect });

describe('a transcript spaced word by word is told from one spaced by phrase', () => {
  it.each(['唔係 嚟 投訴 嘅 我 想 辦 啲 手續', '我 想 办 个 事', '就是 卫生 不好'])(
    '"%s" is spaced by word',
    (text) => {
      expect(spacedByWord(text)).toBe(true);
    },
  );

  it.each(['呃 几点了现在 我三点还要接孙子', '哎 等下 刚才那个 我选错了', '我想投訴 樓上', 'i want to complain'])(
    '"%s" is not',
    (text) => {
      expect(spacedByWord(text)).toBe(false);
    },
  );

  it('only spaces between two Chinese characters go', () => {
    expect(joinWords('我 想 用 wifi 上網')).toBe('我想用 wifi 上網');
  });
});

describe('spaced word by word, a denial still reaches what it denies', () => {
  it.each([
    ['zh-HK', '唔係 嚟 投訴 嘅 我 想 辦 嘢', 'service'],
    ['zh-CN', '不是 来 投诉 的 我 想 办 点 事', 'service'],
    ['zh-CN', '不是 要 提 建议 我 是 来 投诉 的', 'complaint'],
    ['zh-HK', '唔係 投訴 呀 我 想 畀 個 建議', 'suggestion'],
  ] as const)('%s "%s" is a %s', (lang, text, kind) => {
    expect(heard(lang, 'kind', text).kind).toBe(kind);
  });
});

describe('spaced word by word, a short answer on the category step is still understood', () => {
  it('zh-CN 就是 卫生 不好', () => {
    expect(matchIntent('就是 卫生 不好', { lang: 'zh-CN', expect: 'category', kind: 'complaint' }).category).toBe(
      'cmp.sanitation',
    );
  });
  it.each([
    ['zh-HK', '家庭 嘅 事'],
    ['zh-CN', '家庭 的 事'],
  ] as const)('%s %s is a family matter', (lang, text) => {
    expect(matchIntent(text, { lang, expect: 'category', kind: 'complaint' }).category).toBe('cmp.family');
  });
});

describe('spaced digits keep their groups', () => {
  it('一 五 零 八 八', () => {
    expect(heard('zh-CN', 'digits', '一 五 零 八 八').digits).toBe('15088');
  });
});

describe('辦事 heard as 辨事 or 半啲事 (the same sound) is still a service', () => {
  it.each(['我要辨事', '我 要 半啲 事', '我想辨件事'])('"%s"', (text) => {
    expect(heard('zh-HK', 'kind', text).kind).toBe('service');
  });

  it('扮 in 扮靚 is dressing up, not a service', () => {
    expect(heard('zh-HK', 'kind', '我 要 扮 靚 啲').kind).toBeNull();
  });
});
