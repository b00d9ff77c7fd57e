import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import type { Expect } from '../../../../app/intents/types';

/*
 * Chinese stories without a keyword, tenth round (situations.ts, situationRules.ts): new things and troubles,
 * "what should I do" after a story, the kin who suffer beside the trouble, and a suggestion's word that is the
 * story's trouble. Every sentence is written for this file (none is in a corpus or held-out set).
 */
const THRESHOLD = 0.6;
const at = (lang: Language, expect: Expect, text: string, kind?: 'complaint' | 'service' | 'suggestion') =>
  matchIntent(text, { lang, expect, ...(kind ? { kind } : {}) });

describe('things and troubles told without their names', () => {
  it.each([
    ['zh-CN', '那个按钮按了好几回都不下来，我拎着菜爬楼梯上的七楼', 'complaint', 'cmp.facilities'],
    ['zh-HK', '按咗個掣成五分鐘都唔上嚟，我唯有行樓梯', 'complaint', 'cmp.facilities'],
    ['zh-CN', '公交站牌挪到市场后头去了，我们走过去得半个钟头', 'complaint', 'cmp.facilities'],
    ['zh-HK', '個巴士站搬咗去街尾，我行唔到咁遠', 'complaint', 'cmp.facilities'],
    ['zh-CN', '门卫晚上老在传达室睡觉，谁来了都不知道', 'complaint', 'cmp.property'],
    ['zh-HK', '啲保安成晚玩手機，有陌生人入嚟都唔知', 'complaint', 'cmp.property'],
    ['zh-CN', '小区东门那段路挖开了三个月，进出都得绕路', 'complaint', 'cmp.facilities'],
    ['zh-HK', '街口條路掘開咗成個月，我哋要兜大圈', 'complaint', 'cmp.facilities'],
    ['zh-CN', '我身子骨还行，想找个看车棚的活儿干干', 'service', 'svc.employment'],
    ['zh-HK', '我想搵份嘢做，洗碗都得', 'service', 'svc.employment'],
    ['zh-CN', '我想把存款留给小孙女，怎么写才算数', 'service', 'svc.legal'],
    ['zh-HK', '我想將層樓留俾個孫，要點寫先得', 'service', 'svc.legal'],
    ['zh-CN', '我这耳朵越来越背，想找人给查查耳朵', 'service', 'svc.health'],
    ['zh-HK', '想搵人驗下對眼，睇嘢矇矇哋', 'service', 'svc.health'],
    ['zh-CN', '我想学太极拳，有没有人教', 'service', 'svc.culture-sports'],
    ['zh-HK', '我想學書法，有冇人教', 'service', 'svc.culture-sports'],
    ['zh-CN', '以前的单位有几年没给我交，现在退休了拿得少', 'service', 'svc.social-security'],
    ['zh-HK', '以前老細冇幫我供嗰幾年，退休攞得少', 'service', 'svc.social-security'],
  ] as const)('%s "%s": %s, %s', (lang, text, kind, category) => {
    const result = at(lang, 'kind', text);
    expect(result.kind).toBe(kind);
    expect(result.category).toBe(category);
    expect(result.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it.each([
    ['zh-CN', '我老伴年轻时在公交公司开车'],
    ['zh-CN', '我每天早上爬楼梯锻炼身体'],
    ['zh-HK', '我個女喺銀行做嘢'],
    ['zh-HK', '我朝朝行樓梯落去飲茶'],
  ] as const)('%s "%s": a thing without a trouble, or a habit, is nothing', (lang, text) => {
    const result = at(lang, 'kind', text);
    expect(result.kind === null || result.confidence < THRESHOLD).toBe(true);
    expect(result.category === null || result.confidence < THRESHOLD).toBe(true);
  });
});

describe('a scam told', () => {
  it.each([
    ['zh-CN', '有个人打电话说我中了奖，叫我先交钱，我该怎么办'],
    ['zh-HK', '有人打嚟話我個仔出咗事，要我過數俾佢，我應該點做'],
  ] as const)('%s "%s", asking what to do: a public-safety service, not help with the kiosk', (lang, text) => {
    const result = at(lang, 'kind', text);
    expect(result.command).toBeNull();
    expect(result.kind).toBe('service');
    expect(result.category).toBe('svc.public-safety');
    expect(result.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('told without asking, it is read back: a talk about scams may be wished for', () => {
    const result = at('zh-CN', 'kind', '有个人打电话说我中了奖，叫我先交钱');
    expect(result.kind).toBe('service');
    expect(result.confidence).toBeLessThan(THRESHOLD);
  });

  it('a call that was the scam is the story, not talk meant for someone else', () => {
    // 打電話嚟 alone is someone's phone ringing; paired with the money asked for, it is the scam told.
    const result = at('zh-HK', 'kind', '有人打電話嚟話我中咗獎，要我過數去佢個戶口，我應該點做');
    expect(result.command).toBeNull();
    expect(result.category).toBe('svc.public-safety');
    expect(result.confidence).toBeGreaterThanOrEqual(THRESHOLD);
    expect(at('zh-HK', 'kind', '有人打電話嚟搵我老公').kind).toBeNull();
  });

  it.each([
    ['zh-CN', '我该怎么办'],
    ['zh-HK', '我應該點做'],
  ] as const)('%s "%s" alone still asks for help', (lang, text) => {
    expect(at(lang, 'kind', text).command).toBe('help');
  });
});

describe('the point of a story', () => {
  it('the kin who suffer beside a noise are not a family dispute', () => {
    const result = at('zh-CN', 'category', '楼上那家天天半夜叮叮咣咣，我儿媳妇带着孩子一宿一宿睡不好', 'complaint');
    expect(result.category).toBe('cmp.noise');
  });

  it('a story of the kin themselves keeps the family', () => {
    expect(at('zh-CN', 'category', '我儿媳妇把我的存折拿走了，说替我管着', 'complaint').category).toBe('cmp.family');
  });

  it.each([
    ['zh-HK', '條樓梯好黑'],
    ['zh-CN', '楼梯间好黑，上下楼全靠摸'],
  ] as const)('%s "%s": a trouble a suggestion list holds too is the story told, a complaint', (lang, text) => {
    const result = at(lang, 'kind', text);
    expect(result.kind).toBe('complaint');
    expect(result.category).toBe('cmp.facilities');
  });

  it('those who suffer, named by a suggestion word with no wish, leave the story standing, asked back', () => {
    // 老人家 names care for older people; told of those who cannot walk that far, it is no wish.
    const result = at('zh-HK', 'kind', '巴士站搬咗去對面街尾，啲老人家行唔到');
    expect(result.kind).toBe('complaint');
    expect(result.category).toBe('cmp.facilities');
    expect(result.confidence).toBeLessThan(THRESHOLD);
  });

  it("a story's own category outweighs a word of another kind heard beside it", () => {
    // 这下干脆 sounds like 下岗 (laid off): the noise told is what the resident came for.
    const result = at('zh-CN', 'free', '楼下烧烤店的鼓风机半夜还轰隆轰隆的，这下干脆别睡了');
    expect(result.kind).toBe('complaint');
    expect(result.category).toBe('cmp.noise');
  });

  it('a word of another kind that is the thing of the story gives way to it', () => {
    // 广场舞 names noise; told as a pastime to learn, it is a class.
    const result = at('zh-CN', 'kind', '我想学广场舞，哪里能学');
    expect(result.kind).toBe('service');
    expect(result.category).toBe('svc.culture-sports');
  });

  it.each([
    ['zh-CN', '要是再有人在楼梯上摔了，谁来负责'],
    ['zh-HK', '如果再有人喺度跌親，邊個負責'],
  ] as const)('%s "%s": a condition that tells a trouble is a fear, no suggestion', (lang, text) => {
    expect(at(lang, 'kind', text).kind).not.toBe('suggestion');
  });

  it('a condition with a wish is still a suggestion', () => {
    expect(at('zh-CN', 'kind', '要是楼道里装个灯就好了').kind).toBe('suggestion');
  });

  it("a sound-alike inside the story's own words is the story's: 一见 in 一见人就扑 is no 意见", () => {
    const result = at('zh-CN', 'kind', '楼下那家的大狗一见人就扑上来，吓得我都不敢下楼');
    expect(result.kind).toBe('complaint');
    expect(result.category).toBe('cmp.neighbour');
  });

  it.each([
    ['zh-HK', '以前個小巴站喺街市門口，而家搬咗去碼頭嗰邊'],
    ['zh-CN', '原来公交站就在菜市场门口，现在挪到河对面去了'],
  ] as const)('%s "%s": the market where the stop was is the story, not talk of the day', (lang, text) => {
    const result = at(lang, 'kind', text);
    expect(result.category).toBe('cmp.facilities');
    expect(result.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it.each([
    ['zh-HK', '我啱啱去完街市買餸'],
    ['zh-CN', '我刚去菜市场买菜去了'],
  ] as const)('%s "%s": the day told with no trouble is still nothing', (lang, text) => {
    expect(at(lang, 'kind', text).kind).toBeNull();
  });

  it('活儿 is heard as 活: a job is 活 with what is done (找点活儿干), not 活 in 活人', () => {
    expect(at('zh-CN', 'kind', '我想找点活儿干干').category).toBe('svc.employment');
    const result = at('zh-CN', 'free', '找个活人跟我讲讲');
    expect(result.command).toBe('call_staff');
    expect(result.category).toBeNull();
  });

  it.each([
    ['zh-CN', '我做手术花了三万多，这钱能报多少'],
    ['zh-HK', '我老婆入院使咗好多錢，可唔可以報返啲'],
  ] as const)('%s "%s": a hospital bill to be paid back is social security (insurance)', (lang, text) => {
    const result = at(lang, 'kind', text);
    expect(result.kind).toBe('service');
    expect(result.category).toBe('svc.social-security');
  });

  it('who a child lives with after a divorce is legal advice; whom to tell is not', () => {
    expect(at('zh-CN', 'category', '我闺女离婚了，孩子跟谁过还没定', 'service').category).toBe('svc.legal');
    expect(at('zh-CN', 'kind', '我儿子不知道跟谁说').kind).toBeNull();
  });
});
