import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';

/*
 * Talk that asks for nothing, round fourteen (family.ts, scopes.ts forgetTheDay, `dayGone`/`dayAhead`/`wanting`
 * in locales/<lng>/intents.json): a thing, a person or a pastime mentioned with no request and no trouble is
 * nothing; the same words with a wish or a question are still heard. Every sentence is written for this file.
 */
const kindOf = (lang: Language, text: string) => matchIntent(text, { lang, expect: 'kind' });

describe('talk that asks for nothing, round fourteen', () => {
  it.each([
    // News passed on: the whole phrase before someone else's saying is who said it.
    ['zh-CN', '街道卫生院的护士说我的伤口长好了'],
    ['zh-HK', '診所嗰個姑娘話我啲血糖正常'],
    ['en', 'the nurse at the surgery said my wound has healed nicely'],
    // A group's plan for a day to come, or what it did on a day gone by (English marks the past on the verb).
    ['zh-CN', '我们太极拳队明天去公园表演'],
    ['zh-HK', '我哋粵曲班下個月有演出'],
    ['en', 'our bowls club played in the county final last Saturday'],
    ['en', 'our bowls club plays in the county final next Saturday'],
    // A question about how the centre is, not a wish that it were.
    ['en', 'do you open late on Fridays'],
    // What the machine can do, said of it: a remark, not a request to it.
    ['zh-HK', '呢部機識講普通話'],
    // Praise of the people who look after the building (勤快, 盡責, "friendly"): thanks, not a complaint.
    ['zh-CN', '楼里新来的保洁阿姨挺勤快的'],
    ['zh-HK', '新嚟嗰個管理員好盡責'],
    ['en', 'the new warden at our flats is very friendly'],
    // A grandchild's school named plainly, with nothing asked or wondered.
    ['zh-CN', '我外孙女在图书馆对面的幼儿园上中班'],
    ['zh-HK', '我個孫仔喺消防局隔籬間小學讀三年級'],
  ] as const)('%s "%s": nothing', (lang, text) => {
    const result = kindOf(lang, text);
    expect([result.kind, result.category, result.command]).toEqual([null, null, null]);
  });

  it.each([
    // A saying denied is a trouble told, not news.
    ['en', 'my pension stopped and nobody told me why', 'service'],
    // A wish or a question beside the kin or the plan is still the resident's own request.
    ['zh-CN', '我孙子在幼儿园，想问问托管班怎么报名', 'service'],
    ['zh-CN', '下个月想报个书法班', 'service'],
    ['en', 'next week I want to join the choir', 'service'],
    ['en', 'could you open late on Fridays', 'suggestion'],
    // Praise denied is a complaint still.
    ['zh-CN', '楼里保洁阿姨不勤快，楼道老是脏', 'complaint'],
    ['en', 'the warden is never friendly and ignores our complaints', 'complaint'],
    ['en', 'is it possible to open on Sundays', 'suggestion'],
  ] as const)('%s "%s": %s', (lang, text, kind) => {
    expect(kindOf(lang, text).kind).toBe(kind);
  });

  it('asked to speak a language, the kiosk still hears the request', () => {
    expect(matchIntent('講普通話啦', { lang: 'zh-HK', expect: 'kind' }).command).toBe('help');
  });
});
