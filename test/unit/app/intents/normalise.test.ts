import { describe, expect, it } from 'vitest';
import { grammarFor, matchIntent, normalise, pinyinOf, tokenise, toSimplified } from '../../../../app/intents';
import { stem } from '../../../../app/intents/normalise';
import { numberAt } from '../../../../app/intents/numbers';
import { readingsOf } from '../../../../app/intents/phonetics';

describe('normalising what was heard or typed', () => {
  it('turns full-width letters and digits into half-width, and letters to lower case', () => {
    expect(normalise('１３８ＡＢＣ')).toBe('1 3 8 abc');
    expect(normalise('ＯＫ')).toBe('ok');
  });

  it('strips punctuation, full-width and half-width alike, keeping it only as a word break', () => {
    expect(normalise('投诉！！噪音，，，“太吵”。')).toBe('投诉噪音太吵');
    expect(normalise('yes, please... (really)!')).toBe('yes please really');
  });

  it('folds traditional and Hong Kong variant characters into simplified ones', () => {
    expect(toSimplified('鄰里社區服務中心')).toBe('邻里社区服务中心');
    expect(toSimplified('投訴噪音擾民')).toBe('投诉噪音扰民');
    expect(toSimplified('衞生')).toBe('卫生');
    expect(toSimplified('諮詢')).toBe('咨询');
  });

  it('leaves simplified text and characters of its own alone (么 in 什么 is not 幺, 嗰 stays)', () => {
    expect(toSimplified('什么')).toBe('什么');
    expect(toSimplified('嗰個')).toBe('嗰个');
    expect(toSimplified('Hello 123')).toBe('Hello 123');
  });

  it('keeps where each token came from, so a description uses the resident’s own characters', () => {
    const text = '投訴：𨋢壞咗';
    const tokens = tokenise(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['投', '訴', '𨋢', '壞', '咗']);
    expect(tokens.map((t) => t.text).join('')).toBe('投诉𨋢坏咗');
  });

  it('compares English words without their plural -s, on both sides', () => {
    expect(stem('lifts')).toBe('lift');
    expect(stem('facilities')).toBe('facility');
    expect(stem('yes')).toBe('yes');
    expect(stem('glass')).toBe('glass');
    expect(normalise("That's the neighbours'")).toBe('that the neighbour');
  });
});

describe('toneless pinyin', () => {
  it('reads a homophone the same as the word the recogniser missed', () => {
    expect(pinyinOf('头诉')).toEqual(pinyinOf('投诉'));
    expect(pinyinOf('投訴')).toEqual(['tou', 'su']);
  });

  it('knows the other readings of a polyphonic character, the common one first', () => {
    expect(readingsOf('重')).toEqual(expect.arrayContaining(['zhong', 'chong']));
    expect(readingsOf('重')[0]).toBe('zhong');
    expect(readingsOf('行')).toEqual(expect.arrayContaining(['xing', 'hang']));
  });

  it('finds a phrase through a polyphone read its other way (重复 as chong-fu)', () => {
    expect(matchIntent('虫复一遍', { lang: 'zh-CN', expect: 'digits' }).command).toBe('repeat');
  });

  it('stands a character it has no reading for, or a word, for itself', () => {
    expect(pinyinOf('𨋢 ok')).toEqual(['𨋢', 'ok']);
  });
});

describe('Chinese numerals', () => {
  const numbers = grammarFor('zh-CN').numbers;
  const read = (text: string) => numberAt(tokenise(text), 0, numbers)?.value ?? null;

  it.each([
    ['一', 1],
    ['二', 2],
    ['两', 2],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['九十九', 99],
    ['7', 7],
    ['12', 12],
    ['１２', 12],
  ])('reads %s as %i', (text, value) => {
    expect(read(text)).toBe(value);
  });

  it('does not take the start of a phone number, or zero, for a choice', () => {
    expect(read('一三八')).toBeNull();
    expect(read('138')).toBeNull();
    expect(read('零')).toBeNull();
  });

  it('reads phone digits, with 幺 for one, 两 for two, 洞 and 〇 for zero', () => {
    expect(matchIntent('幺两三四五六七八九洞〇', { lang: 'zh-CN', expect: 'digits' }).digits).toBe('12345678900');
    expect(matchIntent('一三九，零零零零，一一一一', { lang: 'zh-CN', expect: 'digits' }).digits).toBe('13900001111');
  });

  it('counts 一 and 两 as digits only next to another digit (等一下 is not a 1)', () => {
    expect(matchIntent('等一下', { lang: 'zh-CN', expect: 'digits' }).digits).toBeNull();
    expect(matchIntent('一一零', { lang: 'zh-CN', expect: 'digits' }).digits).toBe('110');
  });
});
