import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import type { Expect, MatchOptions } from '../../../../app/intents/types';

/*
 * Round nineteen (asides27): a call answered at the kiosk and wondering aloud about one's own pills, staff
 * described by what they wear, one character of a word slipped, the health care voucher, and "somebody ought to
 * know". Every sentence is written for this file, none taken from a held-out set.
 */
const heard = (lang: Language, expect: Expect, text: string, kind?: MatchOptions['kind']) =>
  matchIntent(text, { lang, expect, ...(kind === undefined ? {} : { kind }) });
const nothing = { kind: null, category: null, command: null };
const named = (r: { kind: string | null; category: string | null; command: string | null }) => ({
  kind: r.kind,
  category: r.category,
  command: r.command,
});

describe("a call answered at the kiosk or one's own things wondered about is an aside: nothing", () => {
  it.each([
    ['zh-CN', 'kind', '喂 闺女 你到哪儿了 我在社区医院门口呢', undefined],
    ['zh-CN', 'category', '喂 老伴 你在哪儿呢 我在居委会这儿', 'complaint'],
    ['zh-HK', 'kind', '喂 阿女 你到咗未呀 我喺社區中心度', undefined],
    ['en', 'kind', 'hello love, where are you now? I am at the centre by the health desk', undefined],
    ['zh-CN', 'category', '我的血压药早上吃没吃 想不起来了 我都记不住了', 'service'],
    ['zh-HK', 'kind', '我副眼鏡擺咗喺邊呢', undefined],
    ['en', 'category', 'where did I put my bus pass', 'service'],
  ] as const)('%s at %s: "%s"', (lang, expect_, text, kind) => {
    expect(named(heard(lang, expect_, text, kind))).toEqual(nothing);
  });

  it.each([
    ['zh-CN', '喂 儿子 你到哪了 我在这儿投诉物业呢', 'complaint'],
    ['en', 'where did I put my glasses, I want to ask about the eye clinic', 'service'],
  ] as const)('%s "%s": a request said beside it still counts', (lang, text, kind) => {
    expect(heard(lang, 'kind', text).kind).toBe(kind);
  });
});

describe('a member of staff described by what they wear, called over, is call_staff', () => {
  it.each([
    ['zh-CN', '能不能把门口那个穿蓝马甲的小伙子叫过来一下'],
    ['zh-CN', '麻烦把那个戴工作牌的阿姨喊过来'],
    ['zh-HK', '唔該叫嗰個著綠色背心嘅後生仔過嚟吓'],
  ] as const)('%s "%s"', (lang, text) => {
    expect(heard(lang, 'free', text).command).toBe('call_staff');
  });

  it('told that such a person called the resident over, it is no call', () => {
    expect(heard('zh-CN', 'free', '刚才那个穿红马甲的小姑娘让我过来的').command).toBeNull();
  });
});

describe('one character of a word slipped is still heard, and costs confidence', () => {
  it.each([['zh-CN', '找个工作认员过来吧']] as const)('%s "%s": a command', (lang, text) => {
    const r = heard(lang, 'free', text);
    expect(r.command).toBe('call_staff');
    expect(r.confidence).toBeLessThan(0.95);
  });

  it.each([
    ['zh-HK', '樓梯底積水 好多文呀', 'cmp.sanitation'],
    ['zh-HK', '樓上晚晚拉櫈 好潮', 'cmp.noise'],
  ] as const)('%s "%s": %s', (lang, text, category) => {
    expect(heard(lang, 'category', text, 'complaint').category).toBe(category);
  });

  it('a character that begins a word with the next is that word (好粗魯 is rude, not noisy)', () => {
    expect(heard('zh-HK', 'category', '嗰個職員講嘢好粗魯', 'complaint').category).not.toBe('cmp.noise');
  });
});

describe('the elderly health care voucher is health; "somebody ought to know" after a fault is a complaint', () => {
  it.each([
    ['zh-HK', '我想問下張醫療券仲有幾多錢'],
    ['en', 'can I use my health care voucher at the dentist'],
  ] as const)('%s "%s"', (lang, text) => {
    expect(heard(lang, 'free', text).category).toBe('svc.health');
  });

  it.each([
    ["I don't want to be a bother but the stair lights are out again and somebody ought to be told"],
    ['not one to moan but the bins have not been emptied for a week, thought you should know'],
  ])('"%s"', (text) => {
    expect(heard('en', 'kind', text).kind).toBe('complaint');
  });

  it('"somebody ought to" with a wish stays a suggestion', () => {
    expect(heard('en', 'kind', 'somebody ought to put a bench by the bus stop').kind).toBe('suggestion');
  });
});
