import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import type { Expect } from '../../../../app/intents/types';

/*
 * Round twenty-two (read-back replies, and talk that is not to the kiosk), as families. Every sentence is
 * written for this file, none taken from a held-out set.
 */
const heard = (lang: Language, expect: Expect, text: string) => matchIntent(text, { lang, expect });
const NOTHING = { kind: null, category: null, command: null, answer: null, choice: null, digits: null };

describe('a yes whose details are retold: a trouble in the story is no fault of the read-back', () => {
  it.each([
    ['zh-HK', '係呀 就係咁 我住C座八樓 個廁所漏水漏咗兩個禮拜 你講得啱晒'],
    ['zh-CN', '对对 就是这个 我住五号楼 电梯坏了好几天了 你写得都对'],
    ['en', "yes that's it, I'm on the fourth floor, the lift's been broken since Monday, you've got it right"],
  ] as const)('%s "%s" → yes', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).toBe('yes');
  });

  it.each([
    ['zh-HK', '係 個天花漏水係咁 不過個電話號碼錯咗'],
    ['en', 'the lift bit is right but the phone number is wrong'],
  ] as const)('%s "%s": a fault of the read-back beside the story is still a no', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).toBe('no');
  });
});

describe('"yes but the number\'s the wrong one": a part of the read-back found wrong is a no, never "go back"', () => {
  it.each([
    ['en', "yes but the phone number's wrong one of the digits is off"],
    ['en', "yes but the mobile number's the wrong one"],
  ] as const)('%s "%s" → no', (lang, text) => {
    const r = heard(lang, 'yesno', text);
    expect(r.answer).toBe('no');
    expect(r.command).toBeNull();
  });

  it('"I pressed the wrong one" on another step still goes back', () => {
    expect(heard('en', 'kind', 'I pressed the wrong one').command).toBe('back');
  });
});

describe('certainty of one\'s own memory (点会记错, "I never forget") is no "no"', () => {
  it.each([
    ['zh-HK', '我喺度住咗廿年 點會記錯 係啱嘅'],
    ['zh-CN', '我自己的电话我怎么会记错 对的'],
    ['en', 'I never forget a number, that is right'],
  ] as const)('%s "%s" → yes, asked back or taken', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).toBe('yes');
  });

  it('a memory that did fail (我记错了 不对) is still a no', () => {
    expect(heard('zh-CN', 'yesno', '我记错了 不对').answer).toBe('no');
  });
});

describe('a denial of what was taken (唔係呀 我講建議) is a no', () => {
  it.each([
    ['zh-HK', '唔係呀'],
    ['zh-HK', '唔 係 呀 我 講 投 訴 呀'],
    ['zh-CN', '不是啊 我说的是投诉'],
    ['zh-CN', '不是 我说的是楼上漏水 不是噪音'],
  ] as const)('%s "%s" → no', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).toBe('no');
  });

  it.each([
    ['zh-HK', '唔係呀 我講嘅係噪音唔係漏水'],
    ['zh-HK', '唔係呀 我頭先講嘅係建議'],
  ] as const)('%s "%s": the 係 of "what I said was" is no yes — a sure no', (lang, text) => {
    const r = heard(lang, 'yesno', text);
    expect(r.answer).toBe('no');
    expect(r.confidence).toBeGreaterThanOrEqual(0.6);
  });
});

describe('a yes only supposed ("if I say yes", 如果我講啱) is no reply', () => {
  it.each([
    ['en', 'what do I win if I say yes'],
    ['zh-HK', '如果我講啱 會點呀'],
    ['zh-CN', '如果我说对 会怎么样'],
  ] as const)('%s "%s": nothing', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).toBeNull();
  });

  it('"I\'d say yes" is a yes', () => {
    expect(heard('en', 'yesno', "I'd say yes").answer).toBe('yes');
  });
});

describe('talk to someone else on the yes/no step — an acquaintance greeted, the time, a child — is no reply', () => {
  it.each([
    ['zh-CN', '哎 老张 你也来了 你孙子好点没有'],
    ['zh-HK', '咦 李太 你都嚟咗 你個膝頭好啲未呀'],
    ['zh-CN', '现在几点了 食堂开门不'],
    ['zh-HK', '而家幾點呀 飯堂開咗未'],
    ['en', "Jack don't touch that, grandad's busy"],
    ['zh-CN', '小红 别碰那个 奶奶在忙'],
    ['en', "Sophie come here, don't touch that"],
  ] as const)('%s "%s": nothing', (lang, text) => {
    expect(heard(lang, 'yesno', text)).toMatchObject(NOTHING);
  });

  it('a reply said first beside the talk (对 我在等我老伴) still counts', () => {
    expect(heard('zh-CN', 'yesno', '对 我在等我老伴').answer).toBe('yes');
  });

  it('the listener addressed and asked the time (姑娘 而家幾點呀) calls nobody', () => {
    expect(heard('zh-HK', 'yesno', '姑娘 而家幾點呀').command).toBeNull();
    expect(heard('zh-CN', 'yesno', '姑娘 现在几点了').command).toBeNull();
  });
});

describe('talk to a grandchild or a child met at the kiosk names no kind', () => {
  it.each([
    ['zh-CN', '宝宝 别摸那个屏幕 奶奶在办事呢 去那边坐着'],
    ['zh-HK', '乖孫 唔好掂個mon 婆婆喺度辦緊嘢 去嗰邊坐低'],
    ['zh-CN', '小朋友 你在哪个学校读书呀'],
  ] as const)('%s "%s": nothing', (lang, text) => {
    const r = heard(lang, 'kind', text);
    expect(r.kind).toBeNull();
    expect(r.category).toBeNull();
  });

  it('a request said after turning to the kiosk still counts', () => {
    expect(heard('zh-CN', 'kind', '老头子你别插嘴 就是楼道的灯坏了一个月了').kind).toBe('complaint');
    expect(heard('zh-HK', 'kind', '姑娘 我想投訴').kind).toBe('complaint');
  });
});
