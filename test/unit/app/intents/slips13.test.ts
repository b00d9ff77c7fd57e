import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import { grammarFor } from '../../../../app/intents/match';
import { tokenise } from '../../../../app/intents/normalise';
import { repairSpelling } from '../../../../app/intents/spelling';
import type { Expect } from '../../../../app/intents/types';

/*
 * Round thirteen's slips: a Hong Kong recogniser writes characters that sound alike in Cantonese but not
 * in Mandarin (the grammar's `soundsAlike` groups), and English homophones split a word ("some won").
 * Both are understood, and a word heard only by its sound still needs half its characters as written.
 */

const at = (lang: Language, text: string, expect: Expect, kind?: 'complaint' | 'service' | 'suggestion') =>
  matchIntent(text, { lang, expect, kind });

describe('Cantonese sound-alikes', () => {
  it('reads 升鋼機 (gong) as the lift, asked back when nothing else confirms it', () => {
    const got = at('zh-HK', '升鋼機', 'category', 'complaint');
    expect(got.category).toBe('cmp.facilities');
    expect(got.confidence).toBeLessThan(0.9);
  });

  it('is only a Hong Kong slip: Mandarin does not read 鋼 for 降', () => {
    expect(at('zh-CN', '升钢机', 'category', 'complaint').category).toBeNull();
  });

  it('needs half the word as written: two sound-alikes alone name nothing', () => {
    expect(at('zh-HK', '心鋼', 'category', 'complaint').category).toBeNull();
  });
});

describe('English homophones splitting a word', () => {
  it('hears "some won from staff" as someone from staff', () => {
    expect(at('en', 'can I speak to some won from staff', 'free').command).toBe('call_staff');
  });
});

describe('English words spelt by ear (sound skeletons)', () => {
  it.each([
    ['I would like to give a sujestion', 'suggestion'],
    ['I want to make a complant', 'complaint'],
  ] as const)('%s is a %s, asked back', (text, kind) => {
    const got = at('en', text, 'kind');
    expect(got.kind).toBe(kind);
    expect(got.confidence).toBeLessThan(0.9);
  });

  it('never turns an everyday word of the same skeleton into a grammar word (selling is no ceiling)', () => {
    const heard = (text: string) => repairSpelling(tokenise(text), grammarFor('en')).map((t) => t.text);
    expect(heard('they are selling cakes')).toContain('selling');
    expect(heard('the seiling is leaking')).toContain('ceiling');
  });

  it('leaves short words alone: a vowel changed in six letters is another word', () => {
    expect(at('en', 'my fellow residents', 'free').command).toBeNull();
  });
});

describe('English inside Chinese', () => {
  it('reads the lexicon’s own English word after a classifier as a thing, so help asked beside it is the request', () => {
    expect(at('zh-CN', '这个 form 我不会填，help 我一下', 'free').command).toBe('help');
    expect(at('zh-CN', '个 form', 'kind').confidence).toBeLessThan(0.6);
  });

  it('still takes the English word said as the request', () => {
    const got = at('zh-CN', '我要填form', 'kind');
    expect(got.kind).toBe('service');
    expect(got.confidence).toBeGreaterThanOrEqual(0.9);
  });
});

describe('English of Kenya, South Africa and the US', () => {
  it('knows a watchman or askari as a guard, an old age grant as a pension, a traffic light as a light', () => {
    expect(at('en', 'the watchman at the gate is always sleeping', 'category', 'complaint').category).toBe(
      'cmp.property',
    );
    expect(at('en', 'I need to apply for my old age grant', 'category', 'service').category).toBe(
      'svc.social-security',
    );
    expect(at('en', 'the stop light by the school has been broken for weeks', 'kind').kind).toBe('complaint');
  });
});

describe('batch four: doubled letters, word order of sound-alikes, homophones', () => {
  it('reads a letter doubled or made single as a spelling, even in a short word ("staf")', () => {
    const got = at('en', "I'd like to speak to a member of staf", 'free');
    expect(got.command).toBe('call_staff');
  });

  it('prefers a word half written as the grammar writes it over one heard wholly by sound (見衣生 is 醫生)', () => {
    const got = at('zh-HK', '我想見衣生', 'category', 'service');
    expect(got.category).toBe('svc.health');
    expect(got.confidence).toBeLessThan(0.9);
  });

  it('hears "repeal that" as repeat and "a leek" as a leak, asked back', () => {
    expect(at('en', 'can you repeal that please', 'free').command).toBe('repeat');
    expect(at('en', 'the kitchen tap has a leek', 'kind').kind).toBe('complaint');
  });
});

describe('batch seven: sound-alike groups stay their own characters; English ordinals inside Chinese', () => {
  it('borrows a group member, never every Mandarin homophone of it (早 zao is no 噪, so no 嘈)', () => {
    expect(at('zh-HK', '我今日好早嚟，排第一', 'free').category).toBeNull();
    expect(at('zh-HK', '佢講嘢好粗魯，不過人都幾好', 'kind').kind).toBeNull();
    expect(at('zh-HK', '樓上成晚好粗，瞓唔到', 'category', 'complaint').category).toBe('cmp.noise');
  });

  it('takes an English ordinal among Chinese words as the choice, on a choice step only', () => {
    expect(at('zh-HK', 'second個啦', 'choice').choice).toBe(2);
    expect(at('zh-CN', '要 third 那个', 'choice').choice).toBe(3);
  });
});
