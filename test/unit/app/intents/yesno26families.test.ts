import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import type { Expect } from '../../../../app/intents/types';

/*
 * Yes/no read-backs (issue 14): talk to someone beside the kiosk, a yes passed on from someone else, a yes said
 * as "just as I told you", "not wrong, no", and hedges on not knowing which kind or losing a word. Every
 * sentence is written for this file, none taken from a held-out set.
 */
const heard = (lang: Language, expect: Expect, text: string) => matchIntent(text, { lang, expect });

describe('a grandparent bidding the child beside them (别乱按, 唔好掂, "come here") gives no reply', () => {
  it.each([
    ['en', 'pet, hands off the screen, come over here to grandma'],
    ['en', "honey don't touch, come and sit with nana"],
    ['en', "don't press it pet, come here"],
    ['zh-CN', '宝贝儿 别乱摸 到奶奶这儿来'],
    ['zh-CN', '小宝 不要乱按 过来'],
    ['zh-CN', '孙女 别动 坐好'],
    ['zh-HK', '阿孫 咪掂呀 過嚟公公度'],
    ['zh-HK', '乖仔 唔好亂撳 嚟呢度'],
  ] as const)('%s "%s"', (lang, text) => {
    const r = heard(lang, 'yesno', text);
    expect(r.answer).toBeNull();
    expect(r.command).toBeNull();
  });

  it.each([
    ['en', 'yes dear, leave it as it is', 'yes'],
    ['en', 'no love, the number is wrong', 'no'],
    ['zh-CN', '别改了 就这样', 'yes'],
    ['zh-HK', '唔使改 就咁得啦', 'yes'],
  ] as const)('%s "%s": a word of endearment or a "don\'t" to the kiosk is still the reply', (lang, text, answer) => {
    expect(heard(lang, 'yesno', text).answer).toBe(answer);
  });

  it.each([
    ['en', 'right, that is correct. sweetie, come here'],
    ['zh-CN', '对的 孙子你别乱按'],
    ['zh-HK', '啱 乖孫過嚟'],
  ] as const)('%s "%s": a reply beside talk to the child is asked back, never acted on', (lang, text) => {
    const r = heard(lang, 'yesno', text);
    expect(r.answer).toBe('yes');
    expect(r.confidence).toBeLessThan(0.6);
  });
});

describe('said to someone else ("I was talking to my grandson", 唔係同你講) is no reply at all', () => {
  it.each([
    ['en', "sorry, that wasn't to you, i was speaking to my husband"],
    ['zh-CN', '没跟你说 我在跟我老伴说话'],
    ['zh-HK', '冇同你講呀 我同我老公講緊'],
    ['zh-HK', '係咪呀 BB 坐好'],
  ] as const)('%s "%s"', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).toBeNull();
  });

  it('a "no" to the child, the one called to after it, is never a sure no', () => {
    const r = heard('en', 'yesno', 'no no, give that here darling');
    expect(r.answer === 'no' && r.confidence >= 0.6).toBe(false);
  });
});

describe('好 in a comparison (比我好, 好過以前) is "better", no yes', () => {
  it.each([
    ['zh-CN', '这次比上回好'],
    ['zh-HK', '好過上次'],
  ] as const)('%s "%s"', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).toBeNull();
  });

  it('a 好 said before the comparison is still a yes', () => {
    expect(heard('zh-CN', 'yesno', '好 比刚才清楚').answer).toBe('yes');
  });
});

describe('a yes or no someone else said (我老伴说是, 佢話啱, "my son says it\'s right") is theirs, not the reply', () => {
  it.each([
    ['en', "my daughter says that's correct"],
    ['en', 'she said yes it is'],
    ['zh-CN', '我闺女说是这个号码'],
    ['zh-CN', '他也说对'],
    ['zh-HK', '我個女話啱'],
    ['zh-HK', '佢都話係'],
  ] as const)('%s "%s"', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).toBeNull();
  });

  it.each([
    ['en', "that's what i said"],
    ['zh-CN', '就是我说的'],
    ['zh-CN', '你说得对'],
    ['zh-HK', '你講得啱'],
  ] as const)('%s "%s": the resident\'s own word, or the kiosk\'s, is a yes', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).toBe('yes');
  });
});

describe('a yes said as "just as I told you" (一字不差, 你讀得啱晒)', () => {
  it.each([
    ['en', 'exactly like i told you'],
    ['en', 'yes, just as i said'],
    ['zh-CN', '一字不差'],
    ['zh-CN', '和我刚才说的一样'],
    ['zh-HK', '你讀得啱晒'],
    ['zh-HK', '同我頭先講嘅一樣'],
  ] as const)('%s "%s"', (lang, text) => {
    const r = heard(lang, 'yesno', text);
    expect(r.answer).toBe('yes');
    expect(r.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    ['en', "that isn't exactly what i told you"],
    ['en', 'just like i told you, but the name is spelt wrong'],
  ] as const)('%s "%s": denied or excepted, it is no yes', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).toBe('no');
  });
});

describe('"not wrong", and a no that agrees with it, is a yes', () => {
  it.each([
    ['en', "it's not wrong, no, that's right"],
    ['en', 'nothing missing, no, not at all'],
    ['en', 'not wrong nope'],
  ] as const)('%s "%s"', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).toBe('yes');
  });

  it.each([
    ['en', "not wrong, no, but the street's missing"],
    ['en', "it's not wrong, no wait, the phone number is wrong"],
    ['zh-HK', '唔係唔啱 不過個電話錯咗'],
  ] as const)('%s "%s": a fault after the denial makes it a no', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).toBe('no');
  });

  it.each([
    ['zh-HK', '唔係錯晒'],
    ['zh-CN', '不是错的吧'],
  ] as const)('%s "%s": a "not wrong" alone is asked back, never a sure yes', (lang, text) => {
    expect(heard(lang, 'yesno', text).confidence).toBeLessThan(0.6);
  });

  it('never a sure no for "not wrong, no, not at all"', () => {
    const r = heard('en', 'yesno', 'not wrong, no, not at all');
    expect(r.answer === 'no' && r.confidence >= 0.6).toBe(false);
  });
});

describe('not knowing which kind (唔知揀邊個, "which one it would be") is no kind chosen', () => {
  it.each([
    ['en', "i'm not sure which one it would be"],
    ['en', 'no idea which it comes under'],
    ['zh-CN', '我拿不准算哪一种'],
    ['zh-HK', '我都唔知算邊種'],
  ] as const)('%s "%s"', (lang, text) => {
    const r = heard(lang, 'kind', text);
    expect(r.kind).toBeNull();
    expect(r.command).toBeNull();
  });

  it('a kind said plainly after the doubt is the kind', () => {
    expect(heard('en', 'kind', "not sure which it would be, well, it's a complaint").kind).toBe('complaint');
  });
});

describe('losing a word ("what\'s the word", 叫什么来着, 一時諗唔起) is thinking aloud on any step', () => {
  it.each([
    ['en', 'category', "oh what's it called, it's slipped my mind"],
    ['en', 'yesno', "hang on, what's the word, my mind has gone blank"],
    ['en', 'kind', 'i cant think of the word'],
    ['zh-CN', 'category', '哎 那个叫啥来着'],
    ['zh-CN', 'yesno', '怎么说来着 一时想不起来'],
    ['zh-HK', 'category', '嗰個叫乜嘢嚟㗎'],
    ['zh-HK', 'kind', '唉 一時間諗唔起'],
  ] as const)('%s at %s: "%s"', (lang, expect_, text) => {
    const r = matchIntent(text, { lang, expect: expect_, kind: 'complaint' });
    expect(r.answer).toBeNull();
    expect(r.kind === null || expect_ === 'category').toBe(true);
    expect(r.category).toBeNull();
    expect(r.command).toBeNull();
  });

  it.each([
    ['en', 'what was it again'],
    ['zh-CN', '你刚才说的是什么来着'],
    ['zh-HK', '你頭先講咩嚟㗎'],
  ] as const)('%s "%s": asking what the kiosk said is still a request to hear it again', (lang, text) => {
    expect(heard(lang, 'yesno', text).command).toBe('repeat');
  });

  it('the word found after it still counts', () => {
    const r = matchIntent("what's it called, the rubbish, the bins are overflowing", {
      lang: 'en',
      expect: 'category',
      kind: 'complaint',
    });
    expect(r.category).toBe('cmp.sanitation');
  });
});
