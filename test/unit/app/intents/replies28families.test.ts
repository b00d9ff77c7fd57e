import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import type { Expect } from '../../../../app/intents/types';

/*
 * Round twenty-one (read-backs answered at length, last-digit corrections, numbers that are no phone), as
 * families. Every sentence is written for this file, none taken from a held-out set.
 */
const heard = (lang: Language, expect: Expect, text: string) => matchIntent(text, { lang, expect });

describe('the last digit put right ("the last digit is two", 尾數係二, 最后一位是九) replaces the end of the number', () => {
  it.each([
    ['en', 'six five four three two one one eight oh the last digit should be nine', '654321189'],
    ['zh-CN', '幺五八 二二三三 四四五六 不对 最后一位是七', '15822334457'],
    ['zh-HK', '六一二三 四五六八 尾數係七唔係八', '61234567'],
    ['zh-HK', '六一二三 四五六八 唔係 尾數係七 六一二三四五六七', '61234567'],
  ] as const)('%s "%s" → %s, read back as a question', (lang, text, digits) => {
    const r = heard(lang, 'digits', text);
    expect(r.digits).toBe(digits);
    expect(r.confidence).toBeLessThan(0.6);
  });

  it.each([
    ['zh-CN', '尾号是五五六六', '5566'],
    ['en', 'nine eight seven six five four three two', '98765432'],
  ] as const)('%s "%s": the last digits alone, or no correction, are the digits told', (lang, text, digits) => {
    expect(heard(lang, 'digits', text).digits).toBe(digits);
  });
});

describe('a number naming a signal, a time or a route (八號波, 三点, "eight oclock") is no phone', () => {
  it.each([
    ['zh-HK', '今日係咪掛咗三號波呀'],
    ['zh-HK', '我要搭六號巴士返屋企'],
    ['zh-CN', '我五点钟还要去买菜'],
    ['zh-CN', '现在挂几号风球 八号风球吗'],
    ['en', 'my daughter comes at six oclock'],
  ] as const)('%s "%s": no digits', (lang, text) => {
    expect(heard(lang, 'digits', text).digits).toBeNull();
  });

  it.each([
    ['zh-HK', '九八七六 五四三二', '98765432'],
    ['zh-CN', '一三九 一二三四 五六七八', '13912345678'],
  ] as const)('%s "%s": a phone is still heard', (lang, text, digits) => {
    expect(heard(lang, 'digits', text).digits).toBe(digits);
  });
});

describe('a yes, then when to ring ("but I\'m out in the day", 不过上午不在家, 不過朝早唔得閒), is a yes asked back', () => {
  it.each([
    ['zh-CN', '对的 号码没问题 不过上午我不在家 下午打吧'],
    ['zh-HK', '係呀 啱嘅 不過朝早我唔得閒 夜晚打嚟啦'],
    ['en', 'yes thats all correct but im at work in the morning ring in the afternoon'],
  ] as const)('%s "%s"', (lang, text) => {
    const r = heard(lang, 'yesno', text);
    expect(r.answer).toBe('yes');
    expect(r.confidence).toBeLessThan(0.6);
  });

  it.each([
    ['zh-CN', '对 不过晚上那个号码错了'],
    ['en', 'yes but the evening number is wrong'],
  ] as const)('%s "%s": a fault named in the "but" is still no yes', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).not.toBe('yes');
  });
});

describe('a no agreeing with a denial of a fault ("nope, nothing wrong", 没有 没错) is a yes asked back', () => {
  it.each([
    ['en', 'nah nothing wrong with that'],
    ['zh-CN', '没有 没错'],
    ['zh-HK', '冇 冇問題'],
  ] as const)('%s "%s"', (lang, text) => {
    const r = heard(lang, 'yesno', text);
    expect(r.answer).toBe('yes');
    expect(r.confidence).toBeLessThan(0.6);
  });

  it('"no thats wrong" stays a no', () => {
    expect(heard('en', 'yesno', 'no thats wrong').answer).toBe('no');
  });
});

describe('要 between two words is "have to" (我还要接孙子), no yes', () => {
  it.each([
    ['zh-CN', '我下午还要去医院'],
    ['zh-HK', '我陣間要去街市'],
  ] as const)('%s "%s": no answer', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).toBeNull();
  });

  it.each([
    ['zh-CN', '要'],
    ['zh-CN', '要的'],
  ] as const)('%s "%s": still a yes', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).toBe('yes');
  });
});
