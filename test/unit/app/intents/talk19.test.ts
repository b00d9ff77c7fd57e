import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import type { Expect } from '../../../../app/intents/types';

/*
 * Round fifteen (heldout11's commands, talk and read-backs): numbers that tell where or when, questions about
 * the kiosk itself, and the other families below. Every sentence is written for this file.
 */
const heard = (lang: Language, expect: Expect, text: string) => matchIntent(text, { lang, expect });

describe('an ordinal that names a floor, a block or a day chooses nothing', () => {
  it.each([
    ['zh-CN', 'kind', '我住在第三层'],
    ['zh-CN', 'choice', '我家在第二栋'],
    ['zh-CN', 'choice', '第三个礼拜三再说吧'],
    ['zh-HK', 'kind', '我住喺第三層'],
    ['zh-HK', 'choice', '我住第二座'],
    ['en', 'kind', "we're on the third floor"],
    ['en', 'choice', 'I am on level three'],
    ['en', 'choice', 'I come in on the first Monday of the month'],
  ] as const)('%s %s "%s"', (lang, step, text) => {
    expect(heard(lang, step, text).choice).toBeNull();
  });

  it.each([
    ['zh-CN', '第三个', 3],
    ['zh-CN', '选二号', 2],
    ['zh-HK', '第二個，唔該', 2],
    ['en', 'the third one please', 3],
    ['en', 'option two', 2],
  ] as const)('%s "%s": still choice %d', (lang, text, choice) => {
    expect(heard(lang, 'choice', text).choice).toBe(choice);
  });
});

describe('a question about the kiosk itself asks for no help', () => {
  it.each([
    ['zh-CN', '这个机器是哪年装的？'],
    ['zh-HK', '呢部機幾耐之前裝㗎？'],
    ['en', 'how much did this machine cost the council?'],
  ] as const)('%s "%s": nothing', (lang, text) => {
    expect(heard(lang, 'choice', text).command).toBeNull();
  });

  it.each([
    ['zh-CN', '这机器怎么用啊？'],
    ['en', 'how does this machine work?'],
  ] as const)('%s "%s": still help', (lang, text) => {
    expect(heard(lang, 'choice', text).command).toBe('help');
  });
});

describe('a yes taken back, then thinking aloud, is no reply yet', () => {
  it.each([
    ['zh-CN', '是……哦不对，那个，让我想想，电话是'],
    ['zh-HK', '係……唔係唔係，等我諗下，個地址'],
    ['en', 'yes, um, no, the thing is, the phone number, hang on'],
    ['en', 'right, no, one second, the street is'],
  ] as const)('%s "%s": nothing', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).toBeNull();
  });

  it.each([
    ['zh-CN', '是的，不用改了', 'yes'],
    ['en', 'yes, sorry, I meant no', 'no'],
    ['en', 'yes, no wait, the postcode is wrong', 'no'],
  ] as const)('%s "%s": still %s', (lang, text, answer) => {
    expect(heard(lang, 'yesno', text).answer).toBe(answer);
  });
});

describe('not knowing which kind it is, and leaving it to the kiosk, gives no kind', () => {
  it.each([
    ['zh-CN', '算不算投诉我也说不准，你们决定吧'],
    ['zh-HK', '我唔知算唔算投訴，你話事啦'],
    ['en', 'whether that counts as a complaint I really could not say, your call'],
  ] as const)('%s "%s": nothing', (lang, text) => {
    const result = heard(lang, 'kind', text);
    expect([result.kind, result.category, result.choice]).toEqual([null, null, null]);
  });

  it.each([
    ['zh-CN', '我要投诉，具体归哪类你们决定吧', 'complaint'],
    ['en', 'I want to make a complaint, which sort is up to you', 'complaint'],
  ] as const)('%s "%s": still %s', (lang, text, kind) => {
    expect(heard(lang, 'kind', text).kind).toBe(kind);
  });
});

describe('"one" said as a word for a thing is no digit', () => {
  it.each([
    ['en', 'a mobile? never had one'],
    ['en', "I haven't got one, sorry"],
  ] as const)('%s "%s": no digits', (lang, text) => {
    expect(heard(lang, 'digits', text).digits).toBeNull();
  });

  it.each([
    ['en', 'ninety one twenty two', '9122'],
    ['en', 'one two three four', '1234'],
  ] as const)('%s "%s": %s', (lang, text, digits) => {
    expect(heard(lang, 'digits', text).digits).toBe(digits);
  });
});

describe("a reply that echoes the question's verb", () => {
  it.each([
    ['zh-CN', '你问我要不要登记？登记吧', 'yes'],
    ['zh-CN', '是说要不要留地址吗？不留了', 'no'],
    ['zh-HK', '你問我要唔要留名？咁留啦', 'yes'],
    ['en', 'you want to know if I will keep the appointment? keep it', 'yes'],
    ['en', "you're asking if I'll leave my address? don't leave it", 'no'],
  ] as const)('%s "%s": %s', (lang, text, answer) => {
    expect(heard(lang, 'yesno', text).answer).toBe(answer);
  });

  it.each([
    ['zh-CN', '问我要不要再说一遍？不用了'],
    ['en', 'you are asking should I say it again? no thanks'],
  ] as const)('%s "%s": the command is the question\'s', (lang, text) => {
    const result = heard(lang, 'yesno', text);
    expect([result.command, result.answer]).toEqual([null, 'no']);
  });

  it.each([
    ['zh-CN', '要不要留名字？我儿子的名字留过了，他上个月来的'],
    ['en', 'leave my name? my son leaves his every week'],
  ] as const)('%s "%s": no reply', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).toBeNull();
  });
});

describe('a person described and called over is a call for staff', () => {
  it.each([
    ['zh-CN', '那个扎马尾的小姑娘呢？叫她过来一下'],
    ['zh-HK', '頭先嗰個高高嘅後生仔呢？叫佢過嚟'],
    ['zh-CN', '麻烦喊门口那个值班的大哥过来'],
    ['zh-HK', '叫嗰個戴眼鏡嘅後生女過嚟啦'],
    ['en', 'could you fetch the lady with the clipboard'],
    ['en', 'the chap with the beard, go and get him for me'],
  ] as const)('%s "%s": call_staff', (lang, text) => {
    expect(heard(lang, 'kind', text).command).toBe('call_staff');
  });

  it.each([
    ['zh-CN', '我孙子那个小伙子下午过来看我'],
    ['en', 'my grandson is a fine young man, he visits on Sundays'],
  ] as const)('%s "%s": no call', (lang, text) => {
    expect(heard(lang, 'kind', text).command).toBeNull();
  });
});

describe('a count of the digits to come is no digit', () => {
  it.each([
    ['zh-CN', '开头三位一五九，中间四位零零一二，最后四位三四五六', '15900123456'],
    ['zh-HK', '頭四位六三三八，尾四位一二一二', '63381212'],
    ['en', 'the first four digits are two four six eight', '2468'],
  ] as const)('%s "%s": %s', (lang, text, digits) => {
    expect(heard(lang, 'digits', text).digits).toBe(digits);
  });

  it.each([
    ['zh-CN', '两个零', '00'],
    ['en', 'nine four double one', '9411'],
  ] as const)('%s "%s": still %s', (lang, text, digits) => {
    expect(heard(lang, 'digits', text).digits).toBe(digits);
  });
});

describe('talk of a drama, a match or the news asks for nothing', () => {
  it.each([
    ['zh-CN', '最近追的那个连续剧，里面的大儿子真不孝顺'],
    ['zh-HK', '昨晚場波個球證偏幫對面'],
    ['en', 'did you watch the football, that referee was blind'],
  ] as const)('%s "%s": nothing', (lang, text) => {
    const result = heard(lang, 'kind', text);
    expect([result.kind, result.category]).toEqual([null, null]);
  });

  it.each([
    ['zh-CN', '活动室的电视坏了一个月了也没人修', 'complaint'],
    ['en', 'the television in the lounge has been broken for a month', 'complaint'],
  ] as const)('%s "%s": still %s', (lang, text, kind) => {
    expect(heard(lang, 'kind', text).kind).toBe(kind);
  });
});

describe('no phone to give a number of', () => {
  it.each([
    ['zh-CN', '电话？我不会弄，家里也没有'],
    ['zh-HK', '手提？我唔識用，都冇㗎'],
    ['en', "a mobile? I've never had one, can't work them"],
  ] as const)('%s "%s": nothing', (lang, text) => {
    const result = heard(lang, 'digits', text);
    expect([result.digits, result.command]).toEqual([null, null]);
  });

  it.each([
    ['zh-CN', '我没有手机，家里座机是六二三四五六七八', '62345678'],
    ['en', "I don't have a mobile, the landline is two four six eight one three", '246813'],
  ] as const)('%s "%s": the number given', (lang, text, digits) => {
    expect(heard(lang, 'digits', text).digits).toBe(digits);
  });
});

describe('a person placed where they live is a neighbour, not staff called', () => {
  it.each([
    ['en', 'choice', 'the lady on the second floor'],
    ['en', 'kind', 'the man on the top floor'],
    ['en', 'choice', 'the man from across the road'],
    ['en', 'choice', 'the lady upstairs, she told me about you'],
    ['zh-CN', 'choice', '那个工作人员住我家楼下'],
  ] as const)('%s %s "%s": no call', (lang, step, text) => {
    expect(heard(lang, step, text).command).toBeNull();
  });

  it.each([
    ['en', 'the lady from the desk please'],
    ['en', 'can I speak to the lady'],
  ] as const)('%s "%s": still a call', (lang, text) => {
    expect(heard(lang, 'choice', text).command).toBe('call_staff');
  });
});

describe('a price asked for each, or a question about the kiosk itself, chooses nothing', () => {
  it.each([
    ['zh-HK', '呢部機幾錢一部㗎'],
    ['zh-HK', '幾錢一個呀'],
    ['zh-CN', '这个多少钱一个'],
    ['zh-CN', '这台机器是第一台吗 什么时候装的'],
  ] as const)('%s "%s"', (lang, text) => {
    expect(heard(lang, 'choice', text).choice).toBeNull();
  });

  it('a choice said plainly still counts', () => {
    expect(heard('zh-HK', 'choice', '第一個').choice).toBe(1);
  });
});
