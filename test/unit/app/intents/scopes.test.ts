import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import type { Expect } from '../../../../app/intents/types';

const at = (lang: Language, expect: Expect, text: string, kind?: 'service' | 'complaint' | 'suggestion') =>
  matchIntent(text, { lang, expect, ...(kind ? { kind } : {}) });
describe('a first thought gives way to the later decision', () => {
  it('a kind said after 本来 / 一開始 yields to another kind named in a later clause', () => {
    expect(at('zh-CN', 'kind', '原本打算提个建议 转念一想 还是投诉吧').kind).toBe('complaint');
    expect(at('zh-HK', 'kind', '一開始諗住提建議 之後諗諗 都係要投訴').kind).toBe('complaint');
  });

  it('with no other kind said later, the first thought is the only one and stays', () => {
    expect(at('zh-CN', 'kind', '我本来就是来投诉的').kind).toBe('complaint');
  });
});

describe('who a wish is for never decides over what it is about', () => {
  it('elders named as the audience give way to a topic of the place', () => {
    const fire = at('zh-CN', 'category', '让消防队来给咱们老人讲讲怎么用灭火器吧', 'suggestion');
    expect(fire.category).not.toBe('sug.elderly');
    const cctv = at('zh-HK', 'category', '不如裝多啲閉路電視，我哋老人家夜晚行街安心啲', 'suggestion');
    expect(cctv.category).toBe('sug.safety');
  });

  it('alone, or beside a service for people, the elders still say care for older people', () => {
    expect(at('zh-CN', 'category', '希望多关心一下我们老人', 'suggestion').category).toBe('sug.elderly');
  });
});

describe('asking someone at home first is no answer yet', () => {
  it('gives no yes or no', () => {
    for (const [lang, text] of [
      ['zh-CN', '嗯 这个我得跟我老伴商量一下'],
      ['zh-CN', '好 我回去问问我闺女'],
      ['zh-HK', '嗯 等我問吓屋企人先'],
    ] as const)
      expect(at(lang, 'yesno', text).answer, text).toBeNull();
  });
});

describe('talk of the day takes nothing', () => {
  it('a day gone by and a pastime done, with no request, names no service', () => {
    for (const [lang, text] of [
      ['zh-CN', '前天跟老姐妹去练了书法，写得手都酸了'],
      ['zh-HK', '上個禮拜同班街坊去咗打太極，好開心'],
    ] as const) {
      const got = at(lang, 'kind', text);
      expect([got.kind, got.category], text).toEqual([null, null]);
    }
  });

  it('a request after it, or a complaint told as what happened, still counts', () => {
    expect(at('zh-CN', 'kind', '昨天去打了太极拳，想问问社区有没有太极班').kind).toBe('service');
    expect(at('zh-CN', 'kind', '昨天那个工作人员态度可差了').kind).toBe('complaint');
  });
});

describe("someone's habits take nothing", () => {
  it('where someone goes, with no request, names no service and no complaint', () => {
    for (const [lang, text] of [
      ['zh-CN', '我家老头子天天去跳广场舞'],
      ['zh-CN', '对门王姐每礼拜都去老年大学'],
      ['zh-HK', '我老公成日去公園打太極'],
    ] as const) {
      const got = at(lang, 'kind', text);
      expect([got.kind, got.category], text).toEqual([null, null]);
    }
  });

  it('wanting to go, asking where, or a trouble beside it still counts', () => {
    expect(at('zh-CN', 'kind', '我想去老年大学报名').category).toBe('svc.education');
    expect(at('zh-CN', 'kind', '楼下天天去跳广场舞 吵死了').kind).toBe('complaint');
  });
});

describe('"don\'t rush me" is thinking aloud', () => {
  it('唔好催 / 咪咁急 is no "no"', () => {
    expect(at('zh-HK', 'yesno', '等陣，咪咁急').answer).toBeNull();
    expect(at('zh-HK', 'yesno', '睇清楚先，唔好催我').answer).toBeNull();
  });
});
