import { describe, expect, it } from 'vitest';
import type { Kind } from '../../../../app/domain/kinds';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import type { Expect } from '../../../../app/intents/types';

/*
 * Round nineteen: service requests told as stories (a job sought for a child, a grandchild to enrol, a will)
 * and a wish that a visit were enough. Every sentence is written for this file, none taken from a held-out set.
 */
const heard = (lang: Language, expect: Expect, text: string, kind?: Kind) =>
  matchIntent(text, { lang, expect, ...(kind === undefined ? {} : { kind }) });

describe('a job sought for a child (简历, 履歷, "applying for jobs") is employment, though the story is of family', () => {
  it.each([
    ['zh-CN', '我闺女投了几十份简历都没回音 社区能不能给介绍个活儿'],
    ['zh-HK', '個女日日睇招聘廣告 想問你哋有冇工可以介紹'],
    ['en', 'my daughter keeps applying for jobs and gets nowhere could you find her a job'],
  ] as const)('%s: "%s"', (lang, text) => {
    const r = heard(lang, 'free', text);
    expect(r.kind).toBe('service');
    expect(r.category).toBe('svc.employment');
  });
});

describe('a grandchild to enrol or school fees beyond the resident is education', () => {
  it.each([
    ['zh-HK', '個孫女明年讀小一 我唔識點同佢報名'],
    ['zh-CN', '孙子今年上一年级 学费我交不起'],
    ['en', 'my grandson starts secondary next year and i cant afford the school fees'],
  ] as const)('%s: "%s"', (lang, text) => {
    expect(heard(lang, 'category', text, 'service').category).toBe('svc.education');
  });
});

describe('who gets the flat after I am gone is a will: legal, not housing', () => {
  it.each([
    ['en', 'i want to put down in writing who gets the flat'],
    ['zh-CN', '我想定下来以后房子归谁'],
    ['zh-HK', '我想講清楚層樓歸邊個'],
  ] as const)('%s: "%s"', (lang, text) => {
    expect(heard(lang, 'category', text, 'service').category).toBe('svc.legal');
  });
});

describe('a wish that one visit were enough is a suggestion about services', () => {
  it.each([
    ['zh-HK', '辦啲嘢要嚟幾次 如果一次搞掂就好'],
    ['zh-CN', '每次都要跑好几趟 要是一次办完就好了'],
    ['en', 'it would be nice to sort it all in one visit'],
  ] as const)('%s: "%s"', (lang, text) => {
    expect(heard(lang, 'category', text, 'suggestion').category).toBe('sug.services');
  });
});

describe('meals brought home for someone bedbound is a service asked for them', () => {
  it.each([
    ['zh-HK', '阿媽瞓喺床起唔到身 想問有冇人可以送飯上門'],
    ['zh-CN', '我妈卧床好几个月了 想问问能不能送饭上门'],
    ['en', 'my brother is bedridden and wants to know if anyone could bring him meals'],
  ] as const)('%s: "%s"', (lang, text) => {
    expect(heard(lang, 'free', text).kind).toBe('service');
  });
});

describe('a bill gone up with no explanation given is a complaint about the property', () => {
  it.each([
    ['zh-CN', '物业的水费这个月翻了一倍 问了也不给个说法'],
    ['zh-HK', '管理費加咗一倍 問佢哋又冇個交代'],
  ] as const)('%s: "%s"', (lang, text) => {
    const r = heard(lang, 'free', text);
    expect(r.kind).toBe('complaint');
    expect(r.category).toBe('cmp.property');
  });
});

describe('a wish told by whom it would serve ("those of us who", 大家都方便) or who would love it is a suggestion', () => {
  it.each([
    ['zh-CN', 'kind', '办事窗口星期六也开开 大家都方便'],
    ['zh-HK', 'kind', '辦事嘅窗口星期六都開埋 大家都方便啲'],
    ['en', 'free', 'perhaps the library could open on sundays for those of us who work'],
    ['en', 'free', 'a quiz night once a month the regulars would love that'],
  ] as const)('%s at %s: "%s"', (lang, expect_, text) => {
    expect(heard(lang, expect_, text).kind).toBe('suggestion');
  });

  it('a day out told as loved is no wish', () => {
    expect(heard('en', 'free', 'we went to the seaside last week the kids loved it').kind).toBeNull();
  });
});

describe('"more … than" compares and wishes nothing: a bill gone up stays a complaint', () => {
  it.each([
    'the water bill has doubled and i use no more water than before',
    'the service charge is more than last year and nobody will tell me why',
  ])('"%s"', (text) => {
    expect(heard('en', 'free', text).kind).toBe('complaint');
  });

  it('a wish for more than there is stays a wish', () => {
    expect(heard('en', 'free', 'it would be nice to have more benches than just the two by the pond').kind).toBe(
      'suggestion',
    );
  });
});
