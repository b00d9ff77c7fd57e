import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';

/*
 * Round twenty-four's digits (told again after a correction from a digit said just before it, 么 written for 幺),
 * commands said in other words or another language, and "illegal" heard for "legal". Every sentence is written
 * for this file, none taken from a held-out set.
 */
const free = (lang: Language, text: string) => matchIntent(text, { lang, expect: 'free' });
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

describe('someone asked to come over and help, or staff called in words of another language: call staff', () => {
  it.each([
    ['zh-CN', '我腿脚不好 有没有人能过来扶我一把'],
    ['zh-CN', '有谁来帮把手'],
    ['zh-HK', '有冇個人可以過嚟幫吓手'],
    ['zh-CN', '麻烦帮我 call 一下 staff'],
    ['zh-HK', '幫我 call 個社工'],
    ['en', 'could you call the social worker to come over'],
    ['en', 'please call the 社工 for me'],
  ] as const)('%s: "%s"', (lang, text) => {
    expect(free(lang, text).command).toBe('call_staff');
  });

  it('someone who came and helped once is a story, no call', () => {
    expect(free('zh-CN', '上个月有人过来帮我修了水管').command).toBeNull();
  });
});

describe('said it wrong, and the one before to change: back', () => {
  it.each([
    ['zh-CN', '我说错了 想改一下前头那个'],
    ['zh-CN', '不对 改改前边的'],
  ] as const)('%s: "%s"', (lang, text) => {
    expect(matchIntent(text, { lang, expect: 'category', kind: 'complaint' }).command).toBe('back');
  });
});

describe('"illegal" heard for "legal" before advice or aid', () => {
  it('is legal advice', () => {
    const heard = matchIntent('illegal advice for my will please', { lang: 'en', expect: 'category', kind: 'service' });
    expect(heard.category).toBe('svc.legal');
  });

  it('illegal parking or dumping stays what it is', () => {
    expect(matchIntent('illegal dumping behind the block', { lang: 'en', expect: 'kind' }).category).not.toBe(
      'svc.legal',
    );
  });
});

describe('a Chinese command inside English is the command', () => {
  it.each([
    ['can you 再講一次 please', 'repeat'],
    ['aiyah 讀多次 lah', 'repeat'],
    ['please 叫個姑娘 for me', 'call_staff'],
  ] as const)('"%s": %s', (text, command) => {
    expect(free('en', text).command).toBe(command);
  });

  it('a Chinese place name inside English is no command', () => {
    expect(free('en', 'i saw her at the 街市 yesterday').command).toBeNull();
  });
});
