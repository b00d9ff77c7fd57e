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

  it('keeps only the corrected digits when the resident corrects the start', () => {
    expect(digits('zh-CN', '幺三九，不对，幺三八，幺二三四，五六七八')).toBe('13812345678');
    expect(digits('zh-HK', '九一二三，唔係唔係，九一二四，五六七八')).toBe('91245678');
    expect(digits('en', 'oh seven eight, I mean, oh seven eight one two, three four five, six seven eight')).toBe(
      '07812345678',
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
