import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';

/*
 * A phone number put right in a named part, told in parts with chatter between them, started again after a
 * false start, or searched for in one's memory (round twenty-two, as families). Every sentence is written for
 * this file, none taken from a held-out set.
 */
const digits = (lang: Language, text: string) => matchIntent(text, { lang, expect: 'digits' });
const NOTHING = { kind: null, category: null, command: null, answer: null, choice: null, digits: null };

describe('after a correction, the end named with its count replaces that many digits, asked back', () => {
  it.each([
    ['zh-CN', '一八九 三三六六 二零二零 哦不对 最后两个是二一', '18933662021'],
    ['zh-CN', '一五二 七七八八 四四五五 搞错了 最后一个是六', '15277884456'],
    ['zh-HK', '六二三四 五五七七 唔係唔係 尾兩個係 八八', '62345588'],
    ['zh-HK', '九一二三 四五六七 講錯咗 最後一個係 九', '91234569'],
    ['zh-HK', '九一二三 四五六七 唔啱 最尾兩個係 雙零', '91234500'],
    ['en', 'four five six seven one two three four no wait the last two are nine nine', '45671299'],
    ['en', 'four five six seven one two three four sorry the last one is eight', '45671238'],
  ] as const)('%s "%s" → %s', (lang, text, want) => {
    const r = digits(lang, text);
    expect(r.digits).toBe(want);
    expect(r.confidence).toBeLessThan(0.6);
  });

  it.each([
    ['zh-CN', '一八九 三三六六 二零二零 不对 开头是一三九', '13933662020'],
    ['en', 'four five six seven one two three four no sorry the first two are six six', '66671234'],
    ['zh-CN', '一八九三三六六二零二零 说错了 中间是 五五六六', '18955662020'],
  ] as const)('%s "%s": the start or the middle put right → %s, asked back', (lang, text, want) => {
    const r = digits(lang, text);
    expect(r.digits).toBe(want);
    expect(r.confidence).toBeLessThan(0.6);
  });

  it.each([
    ['zh-CN', '一八九 三三六六 然后 最后四个是 二零二零', '18933662020'],
    ['zh-HK', '頭四個係六二三四 尾四個係五五七七', '62345577'],
    ['en', 'six two three four and the last four are five five seven seven', '62345577'],
    ['zh-CN', '一八九 三三六六 最后是 二零二零', '18933662020'],
  ] as const)('%s "%s": parts told in order, none corrected, make the number → %s', (lang, text, want) => {
    expect(digits(lang, text).digits).toBe(want);
  });

  it('the count said with the end is no digit of it ("the last two are")', () => {
    expect(digits('en', 'the last two are five six').digits).toBe('56');
  });
});

describe('a correction after the number is never passed over: the number is asked back', () => {
  it.each([
    ['zh-HK', '六二三四 五五七七 啊唔係 最尾個字係一', '62345571'],
    ['en', 'six two three four five five seven seven oh no the last number is a one', '62345571'],
    ['zh-CN', '一八九三三六六二零二零 不对 最后那个是一', '18933662021'],
    ['en', 'six two three four five five seven seven no wait', '62345577'],
    ['zh-HK', '六二三四五五七七 唔啱', '62345577'],
  ] as const)('%s "%s" → %s, below the threshold', (lang, text, want) => {
    const r = digits(lang, text);
    expect(r.digits).toBe(want);
    expect(r.confidence).toBeLessThan(0.6);
  });
});

describe('a false start, then a correction and a number whole on its own, starts the number again', () => {
  it.each([
    ['zh-CN', '一 八 九 不 对 一 三 六 二 二 五 八 四 四 一 九', '13622584419'],
    ['zh-HK', '六 二 唔 係 唔 係 九 七 五 五 三 一 二 零', '97553120'],
    ['en', 'six two sorry no nine seven five five three one two oh', '97553120'],
  ] as const)('%s "%s" → %s, asked back', (lang, text, want) => {
    const r = digits(lang, text);
    expect(r.digits).toBe(want);
    expect(r.confidence).toBeLessThan(0.6);
  });
});

describe('a number told in parts with chatter between them, a part confirmed counting once', () => {
  it.each([
    [
      'zh-CN',
      '一三六 这个号是我闺女帮我弄的 我也不常用 中间是二二五八 最后四个是 四四 一九 对 四四一九',
      '13622584419',
    ],
    ['zh-HK', '九七五五 個女幫我搞嘅 中間係 三一 尾兩個係 二零 啱 二零', '97553120'],
    ['en', 'nine seven five five my grandson wrote it down for me three one that is three one two oh', '97553120'],
    ['en', 'six two three four five five that is double five seven seven', '62345577'],
  ] as const)('%s "%s" → %s, asked back', (lang, text, want) => {
    const r = digits(lang, text);
    expect(r.digits).toBe(want);
    expect(r.confidence).toBeLessThan(0.6);
  });

  it.each([
    ['zh-CN', '我不常打电话 一三六二二五八四四一九', '13622584419'],
    ['zh-CN', '一三六 二二五八 四四一九 对 四四一九', '13622584419'],
  ] as const)('%s "%s": chatter before the number, or its end confirmed, leaves it whole → %s', (lang, text, want) => {
    expect(digits(lang, text).digits).toBe(want);
  });
});

describe('searching one’s memory for the number asks for nothing', () => {
  it.each([
    ['zh-CN', '我的手机号 是 是多少来着'],
    ['zh-HK', '我個電話 係乜嘢嚟呢'],
    ['zh-HK', '號碼 係咩嚟呢'],
    ['en', 'my number is oh what is it now'],
  ] as const)('%s "%s"', (lang, text) => {
    expect(digits(lang, text)).toMatchObject(NOTHING);
  });

  it.each([
    ['zh-HK', '你講咩'],
    ['en', 'sorry what did you say'],
  ] as const)('%s "%s": asking what the kiosk said still asks to hear it again', (lang, text) => {
    expect(digits(lang, text).command).toBe('repeat');
  });
});

describe('"oh" said with "dear" or "gosh" is an exclamation, not a zero', () => {
  it.each([
    ['nine one two three four five six oh, oh dear I forgot the rest', '91234560'],
    ['six one two three, oh dear, four five six seven', '61234567'],
    ['five one two three four five six seven oh gosh', '51234567'],
  ] as const)('"%s" → %s', (text, want) => {
    expect(digits('en', text).digits).toBe(want);
  });

  it('a zero said as "oh" beside another digit is still one', () => {
    expect(digits('en', 'nine one two three four five six oh').digits).toBe('91234560');
  });
});

describe('eleven digits told, an end named after them puts the end right, even uncounted, and is asked back', () => {
  it.each([
    ['zh-CN', '一三九 二二八 八七六 五四 等一下 最后是五五', '13922887655'],
    ['zh-HK', '一三九二 二八八七 六五四 等陣 最尾係三三', '13922887633'],
    ['en', 'one five nine two two eight eight seven six five four hold on the end is three three', '15922887633'],
  ] as const)('%s "%s" → %s', (lang, text, want) => {
    const r = digits(lang, text);
    expect(r.digits).toBe(want);
    expect(r.confidence).toBeLessThan(0.6);
  });
});
