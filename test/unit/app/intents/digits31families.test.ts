import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';

/*
 * Round twenty-four's digits: told again after a correction from a digit said just before it, and 么 written
 * for 幺. Every sentence is written for this file, none taken from a held-out set.
 */
const digits = (lang: Language, text: string) => matchIntent(text, { lang, expect: 'digits' });

describe('digits told again from a digit said just before the correction go on from its place', () => {
  it.each([
    ['en', 'four one oh oh six three wait six five two two', '41006522'],
    ['en', 'three three two oh, nine one one... no, nine seven seven five', '33209775'],
    ['zh-CN', '四一零零六三 不对 六五二二', '41006522'],
    ['zh-HK', '三三二零 九一一 唔係 九七七五', '33209775'],
  ] as const)('%s: "%s" is %s, read back as a question', (lang, text, want) => {
    const heard = digits(lang, text);
    expect(heard.digits).toBe(want);
    expect(heard.confidence).toBeLessThan(0.6);
  });

  it('the place agreeing longest is the one put right: "…one one zero nine, sorry, one one zero eight"', () => {
    expect(digits('en', 'six four three two one one zero nine, sorry, one one zero eight').digits).toBe('64321108');
  });

  it('fewer digits told again from no digit said at the end replace as many at the end', () => {
    expect(digits('zh-CN', '幺三八 一二三四 五六七八 不对 六九').digits).toBe('13812345669');
  });

  it('a Chinese wait inside the number, the digits after it starting from one before it, is asked back', () => {
    expect(digits('zh-CN', '四一零零六三 等一下 六五二二').confidence).toBeLessThan(0.6);
  });
});

describe('么 between digits is 幺', () => {
  it.each([
    ['zh-HK', '六么么三 二四八零', '61132480'],
    ['zh-CN', '么三九 八八七六 五四三二', '13988765432'],
  ] as const)('%s: "%s" is %s, asked back', (lang, text, want) => {
    const heard = digits(lang, text);
    expect(heard.digits).toBe(want);
    expect(heard.confidence).toBeLessThan(0.6);
  });

  it.each([
    ['zh-CN', '你说什么'],
    ['zh-CN', '怎么说呢'],
    ['zh-HK', '咁都要講咩'],
  ] as const)('%s "%s": no digit', (lang, text) => {
    expect(digits(lang, text).digits).toBeNull();
  });
});
