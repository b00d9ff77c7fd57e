import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import type { Expect } from '../../../../app/intents/types';

const at = (lang: Language, expect: Expect, text: string, kind?: 'service' | 'complaint' | 'suggestion') =>
  matchIntent(text, { lang, expect, ...(kind ? { kind } : {}) });
const THRESHOLD = 0.6;

describe('a choice said with a turn', () => {
  it.each([
    ['zh-CN', '不是第一个，第三个', 3],
    ['zh-CN', '第二个……不对，第一个', 1],
    ['zh-HK', '唔係第一個，第三個', 3],
    ['zh-HK', '第一個……唔係，第四個', 4],
    ['en', 'not the first, the third', 3],
    ['en', 'two... no, sorry, four', 4],
    // "Don't want" is a turn too (不要第一个 要第三个): the first choice is what is refused.
    ['zh-CN', '不要第一个 要第三个', 3],
    ['zh-HK', '唔要第一個 要第二個', 2],
    ['en', "I don't want the first one, the third one", 3],
  ] as const)('%s %s keeps the one meant', (lang, text, choice) => {
    expect(at(lang, 'choice', text).choice).toBe(choice);
  });

  it('takes no choice that was only denied ("不是第一个")', () => {
    expect(at('zh-CN', 'choice', '不是第一个').choice).toBeNull();
    expect(at('en', 'choice', 'not the second one').choice).toBeNull();
  });

  it('still takes the first of two choices said without a turn', () => {
    expect(at('zh-CN', 'choice', '第二个').choice).toBe(2);
  });
});

describe('a topic word names the category beside it', () => {
  it.each([
    ['zh-HK', '衛生嗰方面', 'complaint', 'cmp.sanitation'],
    ['en', 'something about safety, the park after dark', 'suggestion', 'sug.safety'],
    ['zh-CN', '环境方面的', 'complaint', 'cmp.sanitation'],
  ] as const)('%s %s', (lang, text, kind, category) => {
    expect(at(lang, 'category', text, kind).category).toBe(category);
  });
});

describe('a kind denied is denied where it was said before', () => {
  it('"I was going to complain, but no, it\'s not a complaint" is no complaint', () => {
    const r = at('en', 'kind', "I was going to complain, but no, it's not a complaint, I need to renew my bus pass");
    expect(r.kind).toBe('service');
  });

  it('a kind said again after the denial still counts', () => {
    expect(at('zh-CN', 'kind', '不是建议，是投诉，楼上漏水').kind).toBe('complaint');
  });
});

describe('a hinted kind keeps the like of a category named in another kind', () => {
  it('不如搞個太極班啦 is a suggestion, not a booking', () => {
    const r = at('zh-HK', 'kind', '不如搞個太極班啦');
    expect(r.kind).toBe('suggestion');
  });
});

describe('no, said strongly or twice', () => {
  it.each([
    ['en', 'absolutely not'],
    ['en', 'certainly not'],
    ['en', "that's not what I said"],
    ['zh-CN', '不是不是'],
    ['zh-CN', '当然不是'],
    ['zh-HK', '唔係唔係'],
    ['zh-HK', '梗係唔係'],
  ] as const)('%s %s is a no, never a yes', (lang, text) => {
    const r = at(lang, 'yesno', text);
    expect(r.answer).toBe('no');
    expect(r.command).toBeNull();
  });

  it('a no between digits turns from them as a correction does', () => {
    expect(at('zh-CN', 'digits', '幺八八，不对不对，幺八九幺二三四五六七八').digits).toBe('18912345678');
    expect(at('en', 'digits', 'five five two, no no, five five three').digits).toBe('553');
  });
});

describe('"I don\'t know" alone is thinking aloud, not a call for help', () => {
  it.each([
    ['en', "maybe, I don't know"],
    ['zh-HK', 'sorry我唔係好sure'],
  ] as const)('%s %s is no answer and no command at or above the threshold', (lang, text) => {
    const r = at(lang, 'yesno', text);
    expect(r.answer).toBeNull();
    expect(r.command === null || r.confidence < THRESHOLD).toBe(true);
  });

  it('but "I don\'t know how this works" is', () => {
    expect(at('en', 'kind', "I don't know how this works, can you show me").command).toBe('help');
  });
});

describe("older residents' ways of asking", () => {
  it('hears a complaint softened by denying one is a complainer ("I\'m not one to complain but…")', () => {
    const r = at('en', 'kind', "I'm not one to complain but the lift's been out for a week");
    expect(r.kind).toBe('complaint');
    expect(r.category).toBe('cmp.facilities');
  });

  it('takes "if you could help me with…" as a request, not a suggestion', () => {
    expect(at('en', 'kind', 'I was wondering if you could help me with my pension').kind).toBe('service');
  });

  it('takes a topic said outright as what they came for ("it\'s about my pension")', () => {
    const r = at('en', 'kind', "it's about my pension");
    expect(r.category).toBe('svc.social-security');
    expect(r.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('hears a person asked for over a kind only hinted at ("send someone out to help me with this")', () => {
    expect(at('en', 'free', 'can you send someone out to help me with this').command).toBe('call_staff');
  });

  it('lets "any more" and endearments say nothing ("I can\'t manage the stairs any more", "yes, love")', () => {
    expect(at('en', 'kind', "it's my hip, I can't manage the stairs any more").kind).not.toBe('suggestion');
    expect(at('en', 'yesno', "yes, that's the one, love")).toMatchObject({ answer: 'yes' });
  });
});

describe('a choice counted from the end', () => {
  it.each([
    ['en', 'Second from the bottom, I think'],
    ['zh-CN', '倒数第二个'],
    ['zh-HK', '尾嗰個上面嗰個'],
  ] as const)('%s %s chooses nothing: the matcher cannot see the list', (lang, text) => {
    expect(at(lang, 'choice', text).choice).toBeNull();
  });
});
