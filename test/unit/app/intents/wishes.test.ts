import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import type { Expect } from '../../../../app/intents/types';

const at = (lang: Language, expect: Expect, text: string) => matchIntent(text, { lang, expect });
/** The dialog's default confirmation threshold (main/config/speech.ts). */
const THRESHOLD = 0.6;

describe('more of something put for everyone is a wish', () => {
  it('a verb of providing with "more" hints a suggestion, asked back', () => {
    for (const [lang, text] of [
      ['zh-HK', '候診嗰度可以放多幾張凳，啲人企到好攰'],
      ['zh-CN', '活动室里多摆几张桌子，下棋的人太挤了'],
    ] as const) {
      const got = at(lang, 'kind', text);
      expect(got.kind, text).toBe('suggestion');
      expect(got.command, text).toBeNull();
    }
  });

  it('done already, it is a story', () => {
    expect(at('zh-CN', 'kind', '楼下小卖部多摆了几张桌子').kind).not.toBe('suggestion');
  });
});

describe('praise is no suggestion', () => {
  it('the kiosk praised, with nothing wished, takes nothing', () => {
    const got = at('zh-CN', 'kind', '这机器声音挺清楚的 谁设计的 挺好');
    expect([got.kind, got.category, got.command]).toEqual([null, null, null]);
  });
});

describe('how to do better is no request for help', () => {
  it('點樣做好啲 asks for no help screen', () => {
    expect(at('zh-HK', 'kind', '我係想講下你哋點樣可以做好啲').command).toBeNull();
    expect(at('zh-HK', 'kind', '呢部機點樣用㗎').command).toBe('help');
  });
});

describe('an answer heard only alone (中, Henan yes)', () => {
  it('alone it is a yes; the start of a word (中午) it is none', () => {
    const yes = at('zh-CN', 'yesno', '中，中');
    expect(yes.answer).toBe('yes');
    expect(yes.confidence).toBeGreaterThanOrEqual(THRESHOLD);
    expect(at('zh-CN', 'yesno', '中午我再过来').answer).toBeNull();
  });
});

describe('"not finding fault, only how it could be better" is a suggestion', () => {
  it('finding fault denied, doing better said', () => {
    expect(at('zh-CN', 'kind', '我不是来找茬的，就是觉得服务台可以做得更好').kind).toBe('suggestion');
    expect(at('zh-HK', 'kind', '我唔係嚟挑骨頭，淨係想你哋搞好啲').kind).toBe('suggestion');
  });

  it('playing something for everyone (播下) is a wish', () => {
    expect(at('zh-HK', 'kind', '可唔可以喺大堂播下音樂').kind).toBe('suggestion');
  });
});

describe('a longer word slipped by its sound takes the shorter word it holds', () => {
  it('养劳服务 is 养老服务 (care for older people), not any service', () => {
    expect(at('zh-CN', 'category', '社区能不能多搞点养劳服务').category).toBe('sug.elderly');
  });

  it('two other characters before 服务 that do not sound like the word leave 服务 alone', () => {
    expect(at('zh-CN', 'category', '社区能不能多搞点便民服务').category).not.toBe('sug.elderly');
  });
});

describe('praise of what a complaint would name is thanks', () => {
  it('服务态度真好 names no complaint', () => {
    for (const [lang, text] of [
      ['zh-CN', '那边窗口的小伙子态度挺不错的'],
      ['zh-HK', '你哋啲職員態度好好'],
    ] as const) {
      const got = at(lang, 'kind', text);
      expect([got.kind, got.category], text).toEqual([null, null]);
    }
  });

  it('turned round by a "not", or with more said after it, it is still a complaint', () => {
    expect(at('zh-CN', 'kind', '那边窗口的小伙子态度不太好').kind).toBe('complaint');
    expect(at('zh-HK', 'kind', '個management fee加咗好多，又冇講原因').kind).toBe('complaint');
  });
});
