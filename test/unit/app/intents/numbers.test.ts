import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';

const digits = (lang: Language, text: string) => matchIntent(text, { lang, expect: 'digits' }).digits;

describe('digits', () => {
  it('joins a number said in groups', () => {
    expect(digits('zh-CN', '幺三九 一二三四，五六七八')).toBe('13912345678');
    expect(digits('en', 'oh two oh, seven nine four six, oh oh oh oh')).toBe('02079460000');
  });

  it('doubles and triples: 雙 and 孖 in Cantonese, "double" and "triple" in English', () => {
    expect(digits('zh-HK', '九雙八七，六五四三')).toBe('98876543');
    expect(digits('zh-HK', '孖六孖八，一二三四')).toBe('66881234');
    expect(digits('en', 'one three eight double oh one three eight triple oh')).toBe('13800138000');
  });

  it('doubles in English said inside Chinese, and counts a digit said N times (三个零 = 000)', () => {
    expect(digits('zh-HK', '六double三，八八一二')).toBe('6338812');
    expect(digits('zh-CN', '幺五八 triple 零，二四六八')).toBe('1580002468');
    expect(digits('zh-CN', '幺三七，三个零，八八六六二')).toBe('13700088662');
    expect(digits('zh-HK', '九一兩個五，三三四四')).toBe('91553344');
    // A count before something that is not a digit is no count: 两个人 names people.
    expect(digits('zh-CN', '幺三七两个人')).toBe('1372');
  });

  it('takes a word that only sounds like a digit between digits, and reads the number back as a question', () => {
    const said = (lang: Language, text: string) => matchIntent(text, { lang, expect: 'digits' });
    expect(said('en', 'six five for two, one one nine eight')).toMatchObject({ digits: '65421198', confidence: 0.5 });
    expect(said('en', 'three ate seven, two two')).toMatchObject({ digits: '38722', confidence: 0.5 });
    expect(said('zh-CN', '要五八，六六七七，零九二一')).toMatchObject({ digits: '15866770921', confidence: 0.5 });
    // Not next to digits, the same words are only words.
    for (const [lang, text, number] of [
      ['en', 'I want to read it out: four one two', '412'],
      ['zh-CN', '我要说电话，幺五八六六', '15866'],
    ] as const) {
      expect(said(lang, text).digits).toBe(number);
      expect(said(lang, text).confidence).toBeGreaterThan(0.6);
    }
  });

  it('keeps only the corrected digits when the resident corrects the start', () => {
    expect(digits('zh-CN', '幺三九，不对，幺三八，幺二三四，五六七八')).toBe('13812345678');
    expect(digits('zh-HK', '九一二三，唔係唔係，九一二四，五六七八')).toBe('91245678');
    expect(digits('en', 'oh seven eight, I mean, oh seven eight one two, three four five, six seven eight')).toBe(
      '07812345678',
    );
  });

  it('starts the number over when the correction says its first group again, even in groups', () => {
    // Said in groups, a correction as long as the last group would replace only that group; saying the
    // first group again shows the resident began the whole number anew.
    expect(digits('zh-HK', '五九 孖二 唔好意思 講錯 五九 孖三 八六 零四')).toBe('59338604');
    expect(digits('zh-CN', '幺三八 四四，不对，幺三八 四五 六六 七七 八八')).toBe('13845667788');
    // A correction that does not say the first group again still replaces only the group before it.
    expect(digits('en', 'oh one six one, four nine six, no sorry, four nine eight, three three one two')).toBe(
      '01614983312',
    );
  });

  it('replaces as many digits at the end as a shorter correction says', () => {
    expect(digits('zh-CN', '幺三八，幺二三四，五六七九，错了，五六七八')).toBe('13812345678');
    expect(digits('en', 'oh seven seven oh oh nine oh oh one two three, no sorry, one two four')).toBe('07700900124');
  });

  it('takes no digit from the words that name the digits (后四位, "the last four")', () => {
    expect(digits('zh-CN', '后四位是幺二三四')).toBe('1234');
    expect(digits('en', 'the last four are one two three four')).toBe('1234');
  });
});
