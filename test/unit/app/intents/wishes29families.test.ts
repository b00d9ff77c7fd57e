import { describe, expect, it } from 'vitest';
import type { Kind } from '../../../../app/domain/kinds';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import type { Expect } from '../../../../app/intents/types';

/*
 * Round twenty-two: wishes said as how a thing could be, as "have you thought of", as "more" inside the wish's own
 * words; living alone and wishing for a visit; complaint stories of a quarrel with one's child, a neighbour's dog
 * or fumes, a repair fund collected and the fault left, a slippery slope. Every sentence is written for this file,
 * none taken from a held-out set.
 */
const heard = (lang: Language, expect: Expect, text: string, kind?: Kind) =>
  matchIntent(text, { lang, expect, ...(kind === undefined ? {} : { kind }) });

describe('"X could be …er" is a wish, even with a service word as its subject', () => {
  it.each([
    ['zh-HK', '我覺得辦證可以快啲'],
    ['zh-CN', '我觉得申请的手续可以再简单一点'],
    ['en', 'the forms could be a bit simpler'],
    ['en', 'the hall could stay open a little later on fridays'],
  ] as const)('%s: "%s"', (lang, text) => {
    expect(heard(lang, 'kind', text).kind).toBe('suggestion');
  });

  it('a clock time is no comparative: 可以十点来 asks for the service', () => {
    expect(heard('zh-CN', 'kind', '办手续可以九点来吗').kind).toBe('service');
  });

  it("the resident's own thing stays a service ('could I renew my pass a bit later')", () => {
    expect(heard('en', 'kind', 'could i renew my bus pass a bit later').kind).toBe('service');
  });

  it('asking the kiosk to speak up is no wish', () => {
    expect(heard('en', 'kind', 'could you say that a bit louder').kind).toBeNull();
  });
});

describe('"have you thought of" with something provided asks as a frame', () => {
  it.each([
    ['zh-HK', '你哋有冇諗過搞多個書法班'],
    ['zh-CN', '你们有没有想过多开几个合唱班'],
  ] as const)('%s: "%s"', (lang, text) => {
    expect(heard(lang, 'kind', text).kind).toBe('suggestion');
  });

  it('with nothing provided it is talk', () => {
    expect(heard('zh-CN', 'kind', '你有没有想过我昨天说的话').kind).toBeNull();
  });
});

describe('"more" inside a suggestion\'s own words is a wish; how many there are is not', () => {
  it('種多啲樹 is a wish for the environment', () => {
    const result = heard('zh-HK', 'kind', '屋邨平台種多啲樹');
    expect(result.kind).toBe('suggestion');
    expect(result.category).toBe('sug.environment');
  });

  it.each([['zh-HK', '公園好多樹'] as const, ['zh-CN', '公园里树太多了'] as const])('%s: "%s"', (lang, text) => {
    expect(heard(lang, 'kind', text).kind).toBeNull();
  });
});

describe('living alone, wishing someone would visit or ring, is for the elderly', () => {
  it.each([
    ['zh-CN', '我一个人住 好几天都没人说话 要是有人常来坐坐就好了'],
    ['en', 'i live on my own and i dont see a soul some weeks it would be nice if someone could pop round'],
    ['en', 'for the old folk who live alone somebody to pop in now and again'],
  ] as const)('%s: "%s"', (lang, text) => {
    expect(heard(lang, 'category', text, 'suggestion').category).toBe('sug.elderly');
  });
});

describe('complaint stories told as residents tell them', () => {
  it.each([
    ['zh-HK', '我同個仔為咗層樓嘈咗好多次 佢而家都唔嚟探我', 'cmp.family'],
    ['zh-CN', '我跟儿子为了房子吵了好久 现在他都不来看我', 'cmp.family'],
    ['zh-HK', '樓上嘈咗好耐', 'cmp.noise'],
    ['zh-CN', '对门那家的狗天天往我门口拉尿', 'cmp.neighbour'],
    ['zh-CN', '那段斜坡一下雨就很滑 我上礼拜在那摔了', 'cmp.facilities'],
    ['en', 'the fella in flat 9 comes home drunk and bangs on my door', 'cmp.neighbour'],
  ] as const)('%s: "%s" is %s', (lang, text, category) => {
    expect(heard(lang, 'category', text, 'complaint').category).toBe(category);
  });

  it('fumes from downstairs with the fan left off are a complaint, not a wish for a fan', () => {
    expect(heard('zh-CN', 'kind', '楼下天天炒菜 油烟都冲上来 也不开抽油烟机 说了好几次').kind).toBe('complaint');
  });

  it('a repair fund collected and the leak left is the property management', () => {
    const result = heard('en', 'kind', 'they took the repair fund off us and my ceiling is still leaking months later');
    expect(result.kind).toBe('complaint');
    expect(result.category).toBe('cmp.property');
  });
});

describe('lights or a fence wished for so nobody is afraid or falls in is safety', () => {
  it.each([
    ['zh-CN', '要是小路的灯亮一点 晚上走夜路就不怕了'],
    ['zh-HK', '後巷啲燈光啲 行夜路就唔使驚'],
    ['en', 'a railing round the pond would stop the grandchildren falling in'],
  ] as const)('%s: "%s"', (lang, text) => {
    expect(heard(lang, 'category', text, 'suggestion').category).toBe('sug.safety');
  });
});
