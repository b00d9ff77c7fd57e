import { describe, expect, it } from 'vitest';
import type { Kind } from '../../../../app/domain/kinds';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import type { Expect } from '../../../../app/intents/types';

/*
 * Commands in other words, round eighteen: changing an earlier answer, not knowing how the kiosk works,
 * terse calls for staff, "something else" on the category step, and English sound-alike slips. Every
 * sentence is written for this file, none taken from a held-out set.
 */
const heard = (lang: Language, expect: Expect, text: string, kind?: Kind) =>
  matchIntent(text, { lang, expect, ...(kind ? { kind } : {}) });

describe('not knowing how the kiosk works, in any words, is help and never a kind', () => {
  it.each([
    ['en', 'kind', "I'm afraid I haven't the foggiest idea how you work this"],
    ['en', 'kind', "haven't got the slightest idea how this thing works"],
    ['en', 'free', "I've no earthly idea how this contraption works"],
    ['zh-HK', 'kind', '呢部機我真係搞唔掂'],
    ['zh-HK', 'free', '搞唔掂呢部機呀'],
    ['zh-CN', 'kind', '这台机器我摆弄不来'],
    ['zh-CN', 'kind', '这玩意儿我真整不明白'],
    ['en', 'kind', "I'm clueless with this thing"],
    ['en', 'kind', "I'm hopeless at this, dear"],
  ] as const)('%s at %s: "%s"', (lang, step, text) => {
    const r = heard(lang, step, text);
    expect(r.command).toBe('help');
    expect(r.kind).toBeNull();
  });

  it('"hopeless" is never heard as "homeless": it names no housing', () => {
    const r = heard('en', 'kind', 'my sister is hopeless, she never rings');
    expect(r.category).not.toBe('svc.housing');
  });

  it('not having the faintest idea, asked to confirm, is no answer', () => {
    const r = heard('en', 'yesno', "I haven't the faintest idea");
    expect(r.answer).toBeNull();
    expect(r.command).toBeNull();
  });
});

describe('wanting to change an answer given earlier goes back', () => {
  it.each([
    ['en', 'digits', 'wait i said the wrong thing on the last page so can we go back'],
    ['en', 'choice', 'could i change my answer to the question before'],
    ['en', 'kind', 'i want to correct what i said before'],
    ['zh-CN', 'choice', '刚刚那个名字我想改改'],
    ['zh-CN', 'kind', '上一个我填的 我要更正'],
    ['zh-HK', 'choice', '頭先嗰個地址我想改返'],
    ['zh-HK', 'kind', '啱啱揀嗰個可唔可以改'],
  ] as const)('%s at %s: "%s"', (lang, step, text) => {
    expect(heard(lang, step, text).command).toBe('back');
  });

  it.each([
    ['zh-CN', 'kind', '刚才居委会的人说要改时间'],
    ['zh-HK', 'kind', '頭先佢話要改地址'],
    ['zh-CN', 'category', '刚才说的那条路应该改善一下'],
    ['en', 'kind', 'they never fix what i tell them'],
  ] as const)('told of someone else, or improving a thing, is no going back: %s "%s"', (lang, step, text) => {
    expect(heard(lang, step, text).command).toBeNull();
  });

  it('a fault told before going back does not stop it being a sure command', () => {
    const r = heard('en', 'digits', 'hold on i put the wrong thing in earlier can we go back');
    expect(r.command).toBe('back');
    expect(r.confidence).toBeGreaterThanOrEqual(0.6);
    expect(r.digits).toBeNull();
  });
});

describe('a terse call for staff, pressed with "now" or "quick", is a call for staff', () => {
  it.each([
    ['en', 'free', 'Staff! Now!'],
    ['en', 'kind', 'somebody, right now please'],
    ['zh-CN', 'free', '工作人员 马上'],
    ['zh-HK', 'free', '職員 快啲'],
  ] as const)('%s at %s: "%s"', (lang, step, text) => {
    expect(heard(lang, step, text).command).toBe('call_staff');
  });
});

describe('"none of those, something else" on the category step is that kind\'s other', () => {
  it.each([
    ['zh-CN', 'complaint', '都不是 是另外的事', 'cmp.other'],
    ['zh-CN', 'suggestion', '不是这些 是别的事', 'sug.other'],
    ['zh-HK', 'suggestion', '都唔係 係其他事', 'sug.other'],
    ['zh-HK', 'complaint', '唔係呢啲 係另外啲嘢', 'cmp.other'],
    ['en', 'service', "none of them, it's some other thing", 'svc.other'],
    ['en', 'complaint', "no it's another thing", 'cmp.other'],
  ] as const)('%s, %s: "%s"', (lang, kind, text, category) => {
    expect(heard(lang, 'category', text, kind).category).toBe(category);
  });
});

describe('an English kind or category word misspelt by its sound is heard, and asked back', () => {
  it.each([
    ['kind', undefined, 'i wish to lodge a come plane', 'kind', 'complaint'],
    ['kind', undefined, 'could i get some servis', 'kind', 'service'],
    ['category', 'service', 'some leagle help', 'category', 'svc.legal'],
    ['category', 'suggestion', 'looking after the elder lee', 'category', 'sug.elderly'],
  ] as const)('at %s (%s): "%s"', (step, kind, text, field, value) => {
    const r = heard('en', step, text, kind);
    expect(r[field]).toBe(value);
    expect(r.confidence).toBeLessThan(0.75);
  });

  it.each([
    ['kind', 'my grandson flew home by plane'],
    ['kind', 'my elder sister lives in leeds'],
    ['kind', 'he served me tea'],
  ] as const)('real words are left as they are at %s: "%s"', (step, text) => {
    const r = heard('en', step, text);
    expect(r.kind).toBeNull();
    expect(r.category).toBeNull();
  });
});
