import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import type { Expect } from '../../../../app/intents/types';

/*
 * Round sixteen (heldout13/14/15's doubts, talk, commands and read-backs). Every sentence is written for this
 * file, none taken from a held-out set.
 */
const heard = (lang: Language, expect: Expect, text: string) => matchIntent(text, { lang, expect });

describe('a yes only said alone (嗯, "mhm") trailing off on a word that opens more is no reply yet', () => {
  it.each([
    ['zh-CN', '嗯 那个'],
    ['zh-CN', '呃 嗯 这个'],
    ['zh-CN', '嗯……一个'],
    ['zh-HK', '嗯 嗰個'],
    ['zh-HK', '呃 嗯 呢啲'],
    ['en', 'mhm, the'],
    ['en', 'uh huh, my'],
  ] as const)('%s "%s"', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).toBeNull();
  });

  it.each([
    ['zh-CN', '嗯'],
    ['zh-CN', '嗯嗯'],
    ['zh-CN', '嗯 对'],
    ['zh-CN', '嗯 是这个'],
    ['zh-HK', '嗯 啱'],
    ['en', 'mm hmm'],
    ['en', 'mhm, that is right'],
  ] as const)('%s "%s": still a yes', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).toBe('yes');
  });
});

describe('嗯 after thinking aloud goes on thinking: no reply', () => {
  it.each([
    ['zh-CN', '让我想想 嗯……'],
    ['zh-CN', '我再琢磨一下啊 嗯'],
    ['zh-HK', '等我諗下先 嗯……'],
    ['en', 'let me have a think, mhm…'],
  ] as const)('%s "%s"', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).toBeNull();
  });

  it.each([
    ['zh-CN', '让我想想 嗯 对的'],
    ['en', 'let me see… yes, all correct'],
  ] as const)('%s "%s": a reply after the thought still counts', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).toBe('yes');
  });
});

describe('a kind weighed in doubt chooses no kind', () => {
  it.each([
    ['zh-CN', '我不知道该选哪种'],
    ['zh-CN', '说不好算不算投诉 或许是建议'],
    ['zh-HK', '唔知算邊一類好'],
    ['zh-HK', '好似投訴又唔係好似投訴咁'],
    ['en', "I don't know which category it is, maybe a suggestion"],
    ['en', "it's sort of a complaint, sort of not"],
  ] as const)('%s "%s"', (lang, text) => {
    expect(heard(lang, 'kind', text).kind).toBeNull();
  });

  it.each([
    ['zh-CN', '不是投诉，我要提个建议', 'suggestion'],
    ['zh-HK', '我想投訴', 'complaint'],
    ['en', "it's a complaint, not a suggestion", 'complaint'],
  ] as const)('%s "%s": still %s', (lang, text, kind) => {
    expect(heard(lang, 'kind', text).kind).toBe(kind);
  });
});

describe('什么, 啥, 咩 right before a word of the sentence is "which", not "what?"', () => {
  it.each([
    ['zh-CN', '我该办什么事'],
    ['zh-CN', '我要找什么人'],
    ['zh-HK', '我要搵乜嘢人'],
  ] as const)('%s "%s"', (lang, text) => {
    expect(heard(lang, 'kind', text).command).toBeNull();
  });

  it.each([
    ['zh-CN', '你说什么'],
    ['zh-CN', '啥？'],
    ['zh-HK', '你講咩呀'],
  ] as const)('%s "%s": still asks to hear it again', (lang, text) => {
    expect(heard(lang, 'kind', text).command).toBe('repeat');
  });
});

describe('business told to a grandchild beside the kiosk is no request', () => {
  it.each([
    ['zh-CN', '囡囡 别乱按 外婆在这儿办事呢'],
    ['zh-CN', '你去那边玩 爷爷这边弄投诉的事'],
    ['zh-HK', '唔好亂撳 公公喺度辦緊手續'],
    ['en', 'Jamie stop that, nana is busy with her complaint'],
  ] as const)('%s "%s"', (lang, text) => {
    const heardIt = heard(lang, 'kind', text);
    expect([heardIt.kind, heardIt.category]).toEqual([null, null]);
  });

  it.each([
    ['zh-CN', '我奶奶在这儿住了十年 我想投诉楼上漏水', 'complaint'],
    ['zh-CN', '奶奶这儿想办个事 我要办退休手续', 'service'],
    ['en', 'my nana wants to make a complaint', 'complaint'],
  ] as const)('%s "%s": still %s', (lang, text, kind) => {
    expect(heard(lang, 'kind', text).kind).toBe(kind);
  });
});

describe('a question put back on the yes/no step is no reply', () => {
  it.each([
    ['zh-CN', '这台机器是谁家生产的'],
    ['zh-HK', '呢部機係邊個整㗎'],
    ['en', 'is that the right time on your clock'],
    ['en', 'is it right, that clock over the door'],
  ] as const)('%s "%s"', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).toBeNull();
  });

  it.each([
    ['zh-CN', '是的，这机器挺好用'],
    ['zh-HK', '係，啱晒'],
    ['en', "yes, that's right"],
    ['en', 'it is, yes'],
  ] as const)('%s "%s": still a yes', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).toBe('yes');
  });
});

describe('"who knows" then "I can\'t make it out", on yes/no, is a doubt, not a call for help', () => {
  it.each([
    ['zh-CN', '天知道 我搞不清楚'],
    ['zh-HK', '天知道 我都唔明'],
    ['en', 'who knows, I do not understand'],
  ] as const)('%s "%s"', (lang, text) => {
    const got = heard(lang, 'yesno', text);
    expect([got.answer, got.command]).toEqual([null, null]);
  });

  it('"I can\'t make it out" alone still asks for help', () => {
    expect(heard('zh-CN', 'yesno', '我搞不清楚').command).toBe('help');
  });
});

describe('help asked twice, whatever is said between, is help', () => {
  it.each([
    ['en', "haven't a clue what I should be putting in here what do I do"],
    ['en', 'no idea what this wants from me now what do I do'],
  ] as const)('%s "%s"', (lang, text) => {
    expect(heard(lang, 'free', text).command).toBe('help');
  });
});

describe('a doubt taken back in the same breath: the reply after the correction, asked back', () => {
  it.each([
    ['en', "I don't remember actually yes that's right"],
    ['en', "I can't remember, actually yes yes that's it"],
  ] as const)('%s "%s"', (lang, text) => {
    const got = matchIntent(text, { lang, expect: 'yesno' });
    expect(got.answer).toBe('yes');
    expect(got.confidence).toBeLessThan(0.6);
  });
});

describe('someone on duty asked to lend a hand is a call for staff', () => {
  it.each([
    ['en', 'you got anybody on shift who could come over and help me out'],
    ['en', 'have you someone working today that could lend me a hand'],
  ] as const)('%s "%s"', (lang, text) => {
    expect(heard(lang, 'free', text).command).toBe('call_staff');
  });

  it('someone on duty only spoken of is no call', () => {
    expect(heard('en', 'free', 'somebody working here told me to come back tomorrow').command).toBeNull();
  });
});

describe('why the centre does not do something, asked rhetorically, is a suggestion', () => {
  it.each([
    ['zh-CN', '图书室为什么晚上不开'],
    ['zh-HK', '點解圖書室夜晚唔開'],
    ['en', 'why the hall not open on Saturday also'],
    ['en', 'how come the library don’t open Sundays'],
    ['zh-CN', '为啥周末没有活动'],
    ['zh-HK', '點解夜晚冇活動'],
  ] as const)('%s "%s"', (lang, text) => {
    expect(heard(lang, 'kind', text).kind).toBe('suggestion');
  });

  it('a why with nothing denied is no suggestion', () => {
    expect(heard('en', 'kind', 'why is the library so cold').kind).not.toBe('suggestion');
  });

  it("a why of something of the resident's own not come is no suggestion", () => {
    expect(heard('zh-CN', 'kind', '为啥我没有收到养老金').kind).toBe('service');
  });
});
