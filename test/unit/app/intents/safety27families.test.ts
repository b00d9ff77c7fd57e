import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import type { Expect } from '../../../../app/intents/types';
import { SpeechConfig } from '../../../../main/config/speech';

/*
 * Round twenty: the families of the answers given with confidence where none, or another, was meant.
 * Every sentence is written for this file, none taken from a held-out set.
 */
const CONFIRMATION_THRESHOLD = SpeechConfig.parse({}).confidenceThreshold;
const heard = (lang: Language, expect: Expect, text: string) => matchIntent(text, { lang, expect });

describe('a yes, then a wish of how to be contacted ("but please don\'t ring before ten") is a yes, asked back', () => {
  it.each([
    ['en', "yes that's my number but please don't ring before ten"],
    ['en', "that's right yes but don't call me in the evening"],
    ['zh-CN', '对 是我的号码 不过别太早打'],
    ['zh-CN', '对的 但是不要晚上打'],
    ['zh-HK', '啱 係我個電話 不過唔好咁早打嚟'],
  ] as const)('%s "%s"', (lang, text) => {
    const r = heard(lang, 'yesno', text);
    expect(r.answer).toBe('yes');
    expect(r.confidence).toBeLessThan(CONFIRMATION_THRESHOLD);
  });

  it.each([
    ['en', "yes but don't send it yet"],
    ['en', 'yes but the last digit is wrong'],
    ['zh-CN', '对 不过先别提交'],
    ['zh-HK', '啱 不過唔好交住'],
  ] as const)('%s "%s": forbidding the submission, or a fault named, is still a no', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).toBe('no');
  });
});

describe('a kind weighed against letting it be (还是算了, 定係算數, "or maybe not") chooses no kind', () => {
  it.each([
    ['zh-CN', '投诉吧 还是算了 我再想想'],
    ['zh-CN', '我想投诉一下 还是不要了'],
    ['zh-HK', '我係想投訴定係算數呢'],
    ['en', "I was going to complain or maybe not I'll think about it"],
  ] as const)('%s "%s"', (lang, text) => {
    const r = heard(lang, 'kind', text);
    expect(r.kind).toBeNull();
    expect(r.command).toBeNull();
  });

  it.each([
    ['zh-CN', '本来想提个建议 还是算了 我要投诉', 'complaint'],
    ['en', 'a suggestion or maybe not actually I want to complain', 'complaint'],
    ['zh-HK', '本來想畀個建議 定係算數 我要投訴', 'complaint'],
    ['zh-CN', '我要投诉', 'complaint'],
  ] as const)('%s "%s": a kind said after it is the choice', (lang, text, kind) => {
    expect(heard(lang, 'kind', text).kind).toBe(kind);
  });
});

describe('asking the one listening who they are ("are you the new nurse?") calls nobody', () => {
  it.each([
    ['zh-HK', 'yesno', '你 係咪 新嚟 嘅 姑娘'],
    ['zh-CN', 'free', '你是不是新来的工作人员啊'],
    ['en', 'yesno', 'oh are you the new lady from the office'],
  ] as const)('%s at %s: "%s"', (lang, expect_, text) => {
    expect(heard(lang, expect_, text).command).toBeNull();
  });

  it.each([
    ['zh-HK', '姑娘 過嚟幫幫手'],
    ['zh-CN', '叫个工作人员来'],
    ['en', 'can someone from the office come over'],
  ] as const)('%s "%s": a member of staff asked for is still called', (lang, text) => {
    expect(heard(lang, 'yesno', text).command).toBe('call_staff');
  });
});

describe('a kind put as a question of their own while thinking aloud (算投诉还是咋的, "a complaint or what") chooses none', () => {
  it.each([
    ['zh-CN', '这个嘛 我也说不好 算投诉还是咋的'],
    ['zh-HK', '我都唔知 算唔算投訴定係咩'],
    ['en', "I'm not sure is it a complaint or what"],
  ] as const)('%s "%s"', (lang, text) => {
    expect(heard(lang, 'kind', text).kind).toBeNull();
  });

  it.each([
    ['en', 'I want to complain about the lift or something'],
    ['zh-CN', '我也说不好 反正就是要投诉'],
  ] as const)('%s "%s": a kind said plainly stands', (lang, text) => {
    expect(heard(lang, 'kind', text).kind).toBe('complaint');
  });
});
