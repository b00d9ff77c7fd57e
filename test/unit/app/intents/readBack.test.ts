import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';

/*
 * Replies to a read-back ("is this right?") and digits as residents say them (issue 14, this session's
 * round on yes/no and digits). Sentences written for this file, none from the corpus or the held-out sets.
 */
const THRESHOLD = 0.6;
const onYesNo = (lang: Language, text: string) => matchIntent(text, { lang, expect: 'yesno' });
const onDigits = (lang: Language, text: string) => matchIntent(text, { lang, expect: 'digits' });

describe('a fault named in the read-back is a no', () => {
  it.each([
    ['zh-HK', '個地址寫錯咗'],
    ['zh-CN', '名字写错了'],
    ['zh-CN', '还得改一下'],
    ['en', 'hang on that is not my number'],
    ['en', 'I need to change something'],
  ] as const)('%s "%s"', (lang, text) => {
    const said = onYesNo(lang, text);
    expect(said.answer).toBe('no');
    expect(said.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('thinking aloud beside the fault still hears the fault: 好像不太对', () => {
    expect(onYesNo('zh-CN', '好像不太对').answer).toBe('no');
  });

  it.each([
    ['zh-CN', '没写错'],
    ['zh-HK', '冇寫錯'],
    ['en', "nothing's missing"],
    ['en', "I wouldn't say no"],
  ] as const)('%s "%s": a fault or a no denied is a yes, asked back', (lang, text) => {
    const said = onYesNo(lang, text);
    expect(said.answer).toBe('yes');
    expect(said.confidence).toBeLessThan(THRESHOLD);
  });

  it('"no wrong number" with no comma is still a no: an English "no" is a reply of its own', () => {
    expect(onYesNo('en', 'no wrong number').answer).toBe('no');
  });

  it.each([
    ['en', 'correct except for the phone'],
    ['zh-CN', '对 不过地址那里'],
  ] as const)('%s "%s": a yes with an exception after it is never a sure yes', (lang, text) => {
    const said = onYesNo(lang, text);
    expect(said.answer).toBe('no');
    expect(said.confidence).toBeLessThan(THRESHOLD);
  });
});

describe('"don\'t change it" on the review is a yes: the resident means it is right', () => {
  it.each([
    ['zh-CN', '不要改了'],
    ['zh-HK', '唔好改喇'],
    ['en', "I don't want to change anything"],
  ] as const)('%s "%s"', (lang, text) => {
    const heard = onYesNo(lang, text);
    expect(heard.answer).toBe('yes');
    expect(heard.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });
});

describe('可不 before a fault is a no (那可不对), while 可不是 alone is still a yes', () => {
  it.each([
    ['这可不对 地址写错了', 'no'],
    ['那可不行', 'no'],
    ['可不是嘛', 'yes'],
  ] as const)('zh-CN "%s" is %s', (text, answer) => {
    expect(onYesNo('zh-CN', text).answer).toBe(answer);
  });
});

describe('thinking aloud, then a reply', () => {
  it.each([
    ['zh-CN', '让我想想 嗯 对的', 'yes'],
    ['zh-CN', '我想一下啊 不对', 'no'],
    ['en', 'let me think. yes', 'yes'],
  ] as const)('%s "%s" is %s, asked back', (lang, text, answer) => {
    const said = onYesNo(lang, text);
    expect(said.answer).toBe(answer);
    expect(said.confidence).toBeLessThan(THRESHOLD);
  });

  it('a hedge in the last clause leaves no reply: 好像是吧，我也记不大准', () => {
    expect(onYesNo('zh-CN', '好像是吧，我也记不大准').answer).toBeNull();
  });

  it('"I can\'t tell" beside a yes and a no weighed aloud is no call for help; asked to teach, it is', () => {
    const doubt = onYesNo('zh-CN', '可能是吧 也可能不是 我搞不清楚');
    expect(doubt.command).toBeNull();
    expect(doubt.answer).toBeNull();
    expect(onYesNo('zh-CN', '我都不知道怎么弄 你教教我').command).toBe('help');
  });
});

describe('吓 after a word is part of it, not "huh?"', () => {
  it.each(['試吓', '要改吓', '睇吓個名'])('zh-HK "%s" asks for nothing to be said again', (text) => {
    expect(onYesNo('zh-HK', text).command).toBeNull();
  });

  it.each(['吓', '吓？你講咩', '咩呀'])('zh-HK "%s" alone still asks to repeat', (text) => {
    expect(onYesNo('zh-HK', text).command).toBe('repeat');
  });
});

describe('digits', () => {
  it.each([
    ['zh-HK', '等等，六二，六二四八，一三九九', '62481399'],
    ['en', 'six two, six two four eight, one three nine nine', '62481399'],
  ] as const)('%s "%s": two digits said again with the rest after them are a false start', (lang, text, digits) => {
    const said = onDigits(lang, text);
    expect(said.digits).toBe(digits);
    expect(said.confidence).toBeLessThan(THRESHOLD);
  });

  it('pairs said alike in a row are the number: 九八 九八 七六 五四', () => {
    expect(onDigits('zh-HK', '九八 九八 七六 五四').digits).toBe('98987654');
  });

  it('one digit word among the resident\'s own words is asked back, never taken: "never had one"', () => {
    expect(onDigits('en', "I don't have a mobile, never had one").confidence).toBeLessThan(THRESHOLD);
    expect(onDigits('en', 'one').confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });
});

describe('a kind weighed in doubt is asked back', () => {
  const onKind = (lang: Language, text: string) => matchIntent(text, { lang, expect: 'kind' });
  it.each([
    ['zh-CN', '不知道该不该投诉'],
    ['zh-HK', '唔知應唔應該投訴'],
    ['en', 'not sure if this is a complaint'],
  ] as const)('%s "%s"', (lang, text) => {
    const said = onKind(lang, text);
    expect(said.kind).toBe('complaint');
    expect(said.confidence).toBeLessThan(THRESHOLD);
  });

  it.each([
    ['zh-CN', '我不知道怎么投诉'],
    ['zh-HK', '唔知點樣投訴'],
    ['en', "I don't know how to make a complaint"],
  ] as const)('%s "%s": not knowing how is a request, taken', (lang, text) => {
    const said = onKind(lang, text);
    expect(said.kind).toBe('complaint');
    expect(said.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });
});

describe('more read-back replies', () => {
  it('"written as" names the fault: 名字没错 电话写成八了 应该是九', () => {
    expect(onYesNo('zh-CN', '名字没错 电话写成八了 应该是九').answer).toBe('no');
  });

  it('thinking aloud after a no takes it back: 好的 哎 不对 我再想一哈 (一哈 = 一下)', () => {
    expect(onYesNo('zh-CN', '好的 哎 不对 我再想一哈').answer).toBeNull();
    expect(onYesNo('zh-CN', '好的 哎 不对 我再想一下').answer).toBeNull();
  });
});
