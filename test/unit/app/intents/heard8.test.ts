import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';

/*
 * Safety on the read-back steps (issue 14): what the ninth blind set showed — a digit the matcher missed
 * taken confidently, English digits in Chinese, a story word taken as a command, the resident's own
 * "I'll say it again" taken as a request to the kiosk. Sentences written for this file.
 */
const THRESHOLD = 0.6;
const heard = (lang: Language, expect: 'digits' | 'yesno', text: string) => matchIntent(text, { lang, expect });

describe('digits', () => {
  it.each([
    ['zh-HK', '六 雙 三 令 九 四 四 一'],
    ['zh-CN', '一三九 零 甲 七七'],
  ] as const)('%s "%s": a word it does not know among the digits is read back, never taken', (lang, text) => {
    const said = heard(lang, 'digits', text);
    expect(said.digits).not.toBeNull();
    expect(said.confidence).toBeLessThan(THRESHOLD);
  });

  it.each([
    ['zh-HK', '六 雙 三 令 九 四 四 一', '63309441'],
    ['zh-CN', '九 雙 五 零 二', '95502'],
  ] as const)(
    '%s "%s" is %s (令 sounds as 零; 雙 doubles the digit after it, in Mandarin too)',
    (lang, text, digits) => {
      expect(heard(lang, 'digits', text).digits).toBe(digits);
    },
  );

  it.each(['zh-CN', 'zh-HK'] as const)('%s: English digit words join the Chinese ones', (lang) => {
    const said = heard(lang, 'digits', '是 one five zero 二二三三 四四五五');
    expect(said.digits).toBe('15022334455');
    expect(said.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });
});

describe('the resident speaking, not asking', () => {
  it.each([
    ['zh-CN', '我重新说'],
    ['zh-CN', '错了错了 我再讲一遍'],
    ['zh-HK', '等我再講過'],
    ['en', 'hang on let me say that again'],
    ['en', "I'll say it again"],
  ] as const)('%s "%s" asks the kiosk to repeat nothing', (lang, text) => {
    expect(heard(lang, 'yesno', text).command).not.toBe('repeat');
  });

  it.each([
    ['zh-CN', '你刚才讲的我没听见'],
    ['zh-CN', '你再说一遍'],
    ['en', 'could you say that again'],
  ] as const)('%s "%s" still asks for it again', (lang, text) => {
    expect(heard(lang, 'yesno', text).command).toBe('repeat');
  });

  it.each(["my phone's at home on the charger", "he'll get back to me about it"])(
    '"%s" on the digits step is no command',
    (text) => {
      expect(heard('en', 'digits', text).command).toBeNull();
    },
  );

  it.each([
    ['home please', 'start_over'],
    ['um back please', 'back'],
  ] as const)('"%s" alone is still %s', (text, command) => {
    expect(heard('en', 'digits', text).command).toBe(command);
  });
});
