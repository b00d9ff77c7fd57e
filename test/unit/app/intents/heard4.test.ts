import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import type { Expect } from '../../../../app/intents/types';

const at = (lang: Language, expect: Expect, text: string) => matchIntent(text, { lang, expect });
/** The dialog's default confirmation threshold (main/config/speech.ts). */
const THRESHOLD = 0.6;

describe('a correction of one group of digits', () => {
  it('replaces that group only and keeps the groups before it', () => {
    expect(at('en', 'digits', 'oh two oh seven, nine four six, sorry, nine four five, one two three four').digits).toBe(
      '02079451234',
    );
    expect(at('zh-CN', 'digits', '幺三七，二四六八，不对，二四六九，一三五七').digits).toBe('13724691357');
  });

  it('still replaces everything when the digits start again from the top', () => {
    expect(at('zh-CN', 'digits', '幺三九，不对，幺三八 一二三四 五六七八').digits).toBe('13812345678');
    expect(at('zh-CN', 'digits', '幺三八 一二三四 五六七八，不对，五六七九').digits).toBe('13812345679');
  });

  it('is always read back as a question, never taken as it is', () => {
    for (const text of ['幺三九，不对，幺三八 一二三四 五六七八', 'five five five, no sorry, five five six, one two']) {
      const result = at(text.startsWith('f') ? 'en' : 'zh-CN', 'digits', text);
      expect(result.digits).not.toBeNull();
      expect(result.confidence).toBeLessThan(THRESHOLD);
    }
    // Without a correction the same digits are sure.
    expect(at('en', 'digits', 'five five six, one two').confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });
});

describe('a negated edit on the review', () => {
  it.each([
    ['zh-CN', '没什么要改的 就这样提交吧'],
    ['zh-HK', '冇嘢要改喇 交咗佢啦'],
    ['en', 'nothing needs changing, just send it'],
  ] as const)('%s "%s" is a yes', (lang, text) => {
    expect(at(lang, 'yesno', text)).toMatchObject({ answer: 'yes' });
  });

  it('while a change asked for stays a no', () => {
    expect(at('en', 'yesno', 'no, I need to change the phone number')).toMatchObject({ answer: 'no' });
    expect(at('zh-CN', 'yesno', '不对 要改一下电话')).toMatchObject({ answer: 'no' });
  });
});

describe('unsure between two kinds', () => {
  it.each([
    ['zh-CN', '我说不好这是算投诉还是算提意见'],
    ['zh-HK', '我唔知算投訴定係建議'],
    ['en', "I don't know if it's a complaint or a suggestion to be honest"],
  ] as const)('%s "%s" chooses no kind', (lang, text) => {
    expect(at(lang, 'kind', text)).toMatchObject({ kind: null, category: null });
  });

  it('one kind named with no doubt is still taken', () => {
    expect(at('zh-CN', 'kind', '我要投诉')).toMatchObject({ kind: 'complaint' });
  });
});

describe('someone else’s errand', () => {
  it.each([
    ['zh-CN', '我在这等我老公 他进去办事了'],
    ['zh-HK', '我喺度等我個仔 佢入咗去辦嘢'],
  ] as const)('%s "%s" is no request', (lang, text) => {
    expect(at(lang, 'kind', text)).toMatchObject({ kind: null, category: null });
  });

  it('the same errand said of oneself is one', () => {
    expect(at('zh-CN', 'kind', '我来办事').kind).toBe('service');
  });

  it('what the other person does is still the complaint', () => {
    expect(at('zh-CN', 'free', '他天天半夜剁肉，我要投诉')).toMatchObject({ kind: 'complaint', category: 'cmp.noise' });
  });
});

describe('a stray word on the category step', () => {
  const category = (lang: Language, text: string) => matchIntent(text, { lang, expect: 'category', kind: 'service' });

  it('said in talk not meant for the kiosk chooses no category', () => {
    expect(category('en', 'my daughter works at the hospital as it happens').category).toBeNull();
    expect(category('zh-CN', '我儿子在医院上班呢').category).toBeNull();
  });

  it('said in a clause of its own after that talk, it is the category', () => {
    expect(category('en', "I'm waiting for my wife but I'd like to ask about my pension").category).toBe(
      'svc.social-security',
    );
  });
});

describe('praise denied by a contrast', () => {
  it('"X挺好的，是…" is no suggestion: what follows 是 is the complaint', () => {
    expect(at('zh-CN', 'free', '我不是说保洁不好 保洁挺好的 是楼上那家天天往下扔东西')).toMatchObject({
      kind: 'complaint',
      category: 'cmp.neighbour',
    });
  });
});

describe('a one-character reply that only sounds like an answer', () => {
  it('said alone is that answer, asked back before it is acted on', () => {
    for (const [lang, text, answer] of [
      ['zh-HK', '喺', 'yes'],
      ['zh-CN', '队', 'yes'],
      ['zh-CN', '部', 'no'],
    ] as const) {
      const result = at(lang, 'yesno', text);
      expect(result.answer).toBe(answer);
      expect(result.confidence).toBeLessThan(THRESHOLD);
    }
  });

  it('inside a sentence means what it says there (喺 is "at")', () => {
    expect(at('zh-HK', 'yesno', '我喺度').answer).toBeNull();
  });
});
