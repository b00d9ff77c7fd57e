import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../../app/i18n/languages';
import { GRAMMARS, matchIntent } from '../../../../app/intents';
import { tokenise } from '../../../../app/intents/normalise';
import { situationsOf, THINGS, TROUBLES } from '../../../../app/intents/situations';
import type { Expect } from '../../../../app/intents/types';

/*
 * Stories read as situations (situations.ts): a thing and a trouble point to a category, a hint below one
 * named outright. Every sentence here is written for this file (none is in a corpus or held-out set).
 */
const THRESHOLD = 0.6;
const at = (lang: Language, expect: Expect, text: string, kind?: 'complaint' | 'service' | 'suggestion') =>
  matchIntent(text, { lang, expect, ...(kind ? { kind } : {}) });

describe('a thing and its trouble', () => {
  it.each([
    ['zh-CN', '单元楼梯间一股骚味，熏得我直咳嗽', 'cmp.sanitation'],
    ['zh-CN', '三号楼那个电梯卡在五楼不动了，里面还有人', 'cmp.facilities'],
    ['zh-CN', '我那二儿子喝多了就回来砸东西，还骂我', 'cmp.family'],
    ['zh-HK', '後巷啲垃圾桶爆晒，成條巷都係烏蠅', 'cmp.sanitation'],
    ['zh-HK', '樓上啲細路晚晚跳嚟跳去，我成晚瞓唔着', 'cmp.noise'],
    ['zh-HK', '大堂啲燈壞咗兩個禮拜，夜晚返屋企好驚', 'cmp.facilities'],
    ['en', 'the lamp by the bus stop has gone out and it is pitch black by six', 'cmp.facilities'],
    ['en', 'the lads downstairs are slamming doors and yelling till all hours', 'cmp.noise'],
    ['en', 'the bins at the back are overflowing and the rats are getting in', 'cmp.sanitation'],
  ] as const)('%s "%s": a complaint about %s, taken without asking', (lang, text, category) => {
    const result = at(lang, 'kind', text);
    expect(result.kind).toBe('complaint');
    expect(result.category).toBe(category);
    expect(result.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it.each([
    ['zh-CN', 'service', '我的老年证找不着了，坐公交都得花钱', 'svc.social-security'],
    ['zh-HK', 'service', '間廠執咗笠，我五十幾歲冇人請', 'svc.employment'],
    ['en', 'service', 'the landlord put the rent up again and says I have to be out by March', 'svc.housing'],
    ['zh-CN', 'suggestion', '好多独居老人一个人在家，连个说话的人都没有', 'sug.elderly'],
    ['en', 'suggestion', 'the square is bare concrete with no shade at all', 'sug.environment'],
    ['zh-HK', 'service', '阿爺中風之後一直瞓喺床，我哋湊唔掂', 'svc.health'],
    ['zh-CN', 'service', '我婆婆瘫痪在床三年了，家里人实在顾不过来', 'svc.health'],
    ['en', 'service', 'two lads mugged my grandson outside the chip shop', 'svc.public-safety'],
    ['zh-HK', 'suggestion', '次次嚟都要排成粒鐘，企到腳都軟', 'sug.services'],
    ['en', 'service', 'the roof leaks into my bedroom every time it rains', 'svc.housing'],
  ] as const)('%s, on the category step of a %s: "%s" is %s', (lang, kind, text, category) => {
    expect(at(lang, 'category', text, kind).category).toBe(category);
  });

  it('a story of lost wages asks for a service, not a complaint', () => {
    const result = at('en', 'kind', 'I worked three weeks on the market stall and they never paid me');
    expect(result.kind).toBe('service');
    expect(result.category).toBe('svc.employment');
  });
});

describe('what a story is not', () => {
  it.each([
    ['zh-CN', '我女儿住在楼上，天天来看我'],
    ['zh-CN', '最近事情多，忙得很，有点累'],
    ['zh-HK', '我個仔喺地盤做嘢，好辛苦'],
    ['en', 'my grandson has just started at the school round the corner'],
    ['en', 'I am ever so tired today, been busy all morning'],
  ] as const)('%s "%s": a thing without a trouble, or a trouble of their own life, is nothing', (lang, text) => {
    const result = at(lang, 'kind', text);
    expect(result.kind).toBeNull();
    expect(result.category).toBeNull();
  });

  it("noise of the resident's own kin at home is family life; of a neighbour's, a complaint", () => {
    expect(at('zh-CN', 'free', '我外孙放假了，天天在屋里蹦蹦跳跳的').category).toBeNull();
    expect(at('zh-CN', 'kind', '楼上那家的外孙放假了，天天蹦蹦跳跳的').category).toBe('cmp.noise');
  });

  it.each([
    ['zh-CN', '电梯没坏，我就是来问问', '电梯坏了，我就是来问问'],
    ['zh-HK', '部𨋢冇壞，我想問啲嘢', '部𨋢壞咗，我想問啲嘢'],
    [
      'en',
      'the lift is not broken, I just wanted to ask something',
      'the lift is broken, I just wanted to ask something',
    ],
  ] as const)('%s "%s": a trouble denied is none', (lang, denied, said) => {
    const story = (text: string) => {
      const tokens = tokenise(text);
      return situationsOf(
        GRAMMARS[lang],
        tokens,
        tokens.map(() => 0),
      ).hits;
    };
    expect(story(denied)).toEqual([]);
    expect(story(said).length).toBeGreaterThan(0);
  });

  it.each([
    ['zh-CN', '楼道里老有股怪味儿'],
    ['en', 'there is a funny smell lately'],
  ] as const)('%s "%s": a trouble with no thing is read back, not acted on', (lang, text) => {
    const result = at(lang, 'kind', text);
    expect(result.category).toBe('cmp.sanitation');
    if (lang === 'en') expect(result.confidence).toBeLessThan(THRESHOLD);
  });

  it.each([
    ['en', "I couldn't sleep last night, too much on my mind"],
    ['zh-HK', '琴晚瞓唔着，發咗成晚夢'],
    ['zh-CN', '昨晚上没睡好，做了一宿梦'],
  ] as const)('%s "%s": a night without sleep, with nothing named that kept them up, is asked about', (lang, text) => {
    expect(at(lang, 'free', text).confidence).toBeLessThan(THRESHOLD);
    expect(at(lang, 'kind', text).confidence).toBeLessThan(THRESHOLD);
  });

  it('beside talk not meant for the kiosk, a story is asked back', () => {
    const result = at('zh-CN', 'kind', '我在等我老伴，楼道那个灯又坏了');
    expect(result.confidence).toBeLessThan(THRESHOLD);
  });
});

describe('weighed as a hint', () => {
  it('a category named outright wins over the story told beside it', () => {
    expect(at('zh-CN', 'category', '噪音的问题，我走楼道都得捂着鼻子', 'complaint').category).toBe('cmp.noise');
    expect(at('en', 'category', 'the noise, and I hold my nose on the landing', 'complaint').category).toBe(
      'cmp.noise',
    );
  });

  it('a story that points elsewhere than the word named beside it is asked back', () => {
    // 路灯 names a facility; a cock crowing under it is noise: the readings disagree.
    expect(at('zh-CN', 'kind', '后院那家的公鸡在路灯底下天天打鸣').confidence).toBeLessThan(THRESHOLD);
    // 不亮 ("not lit") inside 天不亮就 ("before dawn"), a trouble word of the noise story, is the story's own
    // word (storyWords.ts, round fifteen): nothing disagrees.
    expect(at('zh-CN', 'kind', '后院那家的公鸡天不亮就打鸣').category).toBe('cmp.noise');
    // When nothing named disagrees, the story is taken.
    const agreed = at('zh-CN', 'kind', '后院那家的公鸡天天打鸣');
    expect(agreed.category).toBe('cmp.noise');
    expect(agreed.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('a request for oneself stays a service and a wish stays a suggestion', () => {
    expect(at('zh-CN', 'kind', '楼道的灯坏了，我想问问找谁办').kind).toBe('service');
    expect(at('zh-CN', 'kind', '楼道太黑了，要是能多装几个灯就好了').kind).toBe('suggestion');
    expect(at('en', 'kind', 'the path is so dark at night, it would be nice to have more lamps').kind).toBe(
      'suggestion',
    );
  });

  it('a thing and a trouble pair only in one breath: the same clause or the next', () => {
    const tokens = tokenise('楼道 a b c 臭');
    const far = situationsOf(GRAMMARS['zh-CN'], tokens, [0, 0, 1, 2, 3, 4]);
    expect(far.hits.every((h) => h.quality < 1)).toBe(true);
    const near = situationsOf(GRAMMARS['zh-CN'], tokens, [0, 0, 0, 0, 0, 1]);
    expect(near.hits.some((h) => h.quality === 1)).toBe(true);
  });
});

describe.each(LANGUAGES)('the %s situation words', (lang) => {
  it('name only known things and troubles, and every class has words', () => {
    const words = GRAMMARS[lang].situations!;
    expect(Object.keys(words.things).sort()).toEqual([...THINGS].sort());
    expect(Object.keys(words.troubles).sort()).toEqual([...TROUBLES].sort());
  });
});
