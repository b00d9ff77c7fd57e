import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';

/*
 * Chinese as residents really say it, round thirteen (situations words in locales/zh-*\/intents.json,
 * situationRules.ts): new things and troubles heard in fresh batches. Every sentence is written for this file
 * (none is in a corpus or held-out set).
 */
const THRESHOLD = 0.6;
const kindOf = (lang: Language, text: string) => matchIntent(text, { lang, expect: 'kind' });

describe('stories without a keyword, round thirteen', () => {
  it.each([
    // Stinging insects that attack are a complaint like a dog that bites.
    ['zh-CN', '楼道窗户外头有个马蜂窝，我老伴昨天被蜇了', 'complaint'],
    ['zh-HK', '後樓梯有個蜂竇，我個孫畀黃蜂叮親', 'complaint'],
    // A will by its Cantonese name (平安紙) is legal advice.
    ['zh-HK', '我想寫平安紙，點先有效', 'service'],
    // A pastime's group wanting a place to meet: culture and sports.
    ['zh-CN', '我们几个下象棋的想借个地方，不知道找谁', 'service'],
    ['zh-HK', '我哋合唱團想借地方練歌', 'service'],
    // Hearing to be tested is health care.
    ['zh-CN', '耳朵越来越不行了，想去测测听力', 'service'],
  ] as const)('%s "%s": %s', (lang, text, kind) => {
    const result = kindOf(lang, text);
    expect(result.kind).toBe(kind);
  });

  it.each([
    ['zh-HK', '啲電單車成晚喺街口轟油', 'cmp.noise'],
    ['zh-CN', '半夜有人在楼下轰油门，一晚上没睡好', 'cmp.noise'],
    ['zh-HK', '我想寫平安紙，點先有效', 'svc.legal'],
    ['zh-CN', '我们几个下象棋的想借个地方，不知道找谁', 'svc.culture-sports'],
    ['zh-CN', '耳朵越来越不行了，想去测测听力', 'svc.health'],
    // A gully blocked is sanitation, even when the street floods after it.
    ['zh-CN', '小区门口的雨水口全是泥，堵得死死的', 'cmp.sanitation'],
    ['zh-HK', '街口個渠口畀啲樹葉塞住咗', 'cmp.sanitation'],
  ] as const)('%s "%s": %s', (lang, text, category) => {
    const result = kindOf(lang, text);
    expect(result.category).toBe(category);
    expect(result.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });
});

describe('money lent, a flat lower down, a phone to learn', () => {
  it.each([
    ['zh-CN', '邻居老张跟我借了五千块，一年多了也不提', 'service', 'svc.legal'],
    ['zh-HK', '舊同事問我借咗一萬蚊，之後就搵唔到人', 'service', 'svc.legal'],
    ['zh-CN', '我腿不好，想换到低楼层的房子', 'service', 'svc.housing'],
    ['zh-HK', '我膝頭痛，想調去低層住', 'service', 'svc.housing'],
  ] as const)('%s "%s": %s, %s', (lang, text, kind, category) => {
    const result = kindOf(lang, text);
    expect(result.kind).toBe(kind);
    expect(result.category).toBe(category);
  });

  it.each([
    ['zh-CN', '我想学学智能手机怎么视频，有没有人教'],
    ['zh-HK', '我想學用手機睇新聞，有冇人教'],
  ] as const)('%s "%s": a service', (lang, text) => {
    expect(kindOf(lang, text).kind).toBe('service');
  });

  it('蚊 after a sum is dollars, not mosquitoes', () => {
    expect(kindOf('zh-HK', '個姪仔問我借咗三千蚊冇還').category).not.toBe('cmp.sanitation');
    expect(matchIntent('後巷好多蚊', { lang: 'zh-HK', expect: 'category', kind: 'complaint' }).category).toBe(
      'cmp.sanitation',
    );
  });

  it('stairs too hard to climb are no blocked stairs of a neighbour', () => {
    expect(kindOf('zh-HK', '我行唔到樓梯，想調去低層').category).toBe('svc.housing');
  });
});

describe('a shortage after praise or a "but"', () => {
  it.each([
    ['zh-CN', '这里样样都挺好，就是厕所少了点'],
    ['zh-HK', '呢度幾好，不過啲垃圾桶少咗啲'],
  ] as const)('%s "%s": a suggestion', (lang, text) => {
    expect(kindOf(lang, text).kind).toBe('suggestion');
  });

  it.each([
    ['zh-CN', '今天排队的人少了点'],
    ['zh-HK', '今日啲人少咗啲'],
  ] as const)('%s "%s": a shortage alone is only a remark', (lang, text) => {
    const result = kindOf(lang, text);
    expect(result.kind === null || result.confidence < THRESHOLD).toBe(true);
  });
});

describe('the management that never comes', () => {
  it.each([
    ['zh-CN', '厨房水管漏了好久，物业一直不来'],
    ['zh-HK', '走廊盞燈壞咗成個月，管理處叫極都唔嚟'],
  ] as const)('%s "%s": the property', (lang, text) => {
    expect(kindOf(lang, text).category).toBe('cmp.property');
  });
});
