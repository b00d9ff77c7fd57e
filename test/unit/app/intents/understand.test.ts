import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import { tokenise } from '../../../../app/intents/normalise';
import type { Expect } from '../../../../app/intents/types';
import { clausesOf } from '../../../../app/intents/understand';

const at = (lang: Language, expect: Expect, text: string, kind?: 'service' | 'complaint' | 'suggestion') =>
  matchIntent(text, { lang, expect, ...(kind ? { kind } : {}) });
/** The dialog's default confirmation threshold (main/config/speech.ts). */
const THRESHOLD = 0.6;

describe('clauses', () => {
  it('split where the recogniser heard a pause, and at a space between Chinese words', () => {
    const text = '不是投诉，是建议 谢谢';
    const tokens = tokenise(text);
    expect(
      clausesOf(
        text,
        tokens,
        tokens.map(() => null),
      ),
    ).toEqual([0, 0, 0, 0, 1, 1, 1, 2, 2]);
  });

  it('keep a phrase from reaching across a pause ("…hear you, could you…" is no "you could")', () => {
    expect(at('en', 'free', 'I couldn’t hear you, could you read it again')).toMatchObject({
      kind: null,
      command: 'repeat',
    });
  });
});

describe('negation and correction', () => {
  it('keeps B in "not A, B", in all three languages', () => {
    expect(at('zh-CN', 'kind', '不是投诉，是建议').kind).toBe('suggestion');
    expect(at('zh-HK', 'kind', '唔係投訴呀，我想畀個建議').kind).toBe('suggestion');
    expect(at('en', 'kind', 'not a complaint, a suggestion').kind).toBe('suggestion');
    expect(at('zh-CN', 'category', '不是物业的事，是楼上噪音', 'complaint').category).toBe('cmp.noise');
  });

  it('drops a kind denied by a verb ("不投诉", "nothing to complain about") and keeps what follows', () => {
    expect(at('zh-CN', 'kind', '我不是来投诉的，想问问老年卡怎么办').kind).toBe('service');
    expect(at('zh-HK', 'kind', '冇嘢投訴，我嚟辦啲手續').kind).toBe('service');
    expect(at('en', 'kind', 'nothing to complain about, I need to sort out some paperwork').kind).toBe('service');
  });

  it('denies a kind with "any" or 什么 between (我也不是要提什么建议, 唔係想畀咩建議)', () => {
    expect(at('zh-CN', 'kind', '我也不是要提什么建议 就是楼下半夜剁肉 吵得我睡不着').kind).toBe('complaint');
    expect(at('zh-HK', 'kind', '我都唔係想畀咩建議 就係隔籬成晚打麻雀 嘈到我瞓唔著').kind).toBe('complaint');
    expect(at('zh-CN', 'kind', '我不是要投诉啥 就想问问养老金怎么领').kind).toBe('service');
  });

  it('hears a denial said twice as one denial, not a no taking the first back (不是投诉 不是投诉 我就提个意见)', () => {
    expect(at('zh-CN', 'kind', '不是投诉 不是投诉 我就提个意见')).toMatchObject({ kind: 'suggestion' });
    expect(at('zh-HK', 'kind', '唔係投訴 唔係投訴 我想畀個建議')).toMatchObject({ kind: 'suggestion' });
    expect(at('en', 'kind', 'not a complaint, not a complaint, just a suggestion')).toMatchObject({
      kind: 'suggestion',
    });
    expect(at('zh-CN', 'kind', '不是建议 不 是投诉').kind).toBe('complaint');
  });

  it('does not deny a category that is only negated inside a story (没有路灯 is about the lights)', () => {
    expect(at('zh-CN', 'kind', '我要投诉，小区里没有路灯').category).toBe('cmp.facilities');
  });

  it('lets a negator said after a kind deny it ("建议谈不上，我是真有气" is a complaint)', () => {
    expect(at('zh-CN', 'kind', '建议谈不上，我是真有气，楼上天天往下扔烟头').kind).toBe('complaint');
    expect(at('zh-CN', 'kind', '不是建议，是投诉').kind).toBe('complaint');
  });

  it('drops what came before "has nothing to do with"', () => {
    expect(at('zh-CN', 'category', '跟物业没关系，是路灯坏了', 'complaint').category).toBe('cmp.facilities');
  });

  it('takes a clause of nothing but "no" as denying the clause before it', () => {
    expect(at('zh-CN', 'kind', '建议？不不不，我要投诉').kind).toBe('complaint');
    expect(at('en', 'kind', 'a suggestion? no no, I want to complain').kind).toBe('complaint');
  });

  it('lets a correction replace what it corrects ("I said mediation but I meant legal advice")', () => {
    expect(at('en', 'category', 'I said mediation but I meant legal advice', 'service').category).toBe('svc.legal');
  });
});

describe('context', () => {
  it('reads a category by the kind already chosen, never as a new kind', () => {
    expect(at('zh-CN', 'category', '关于社区安全的', 'suggestion').category).toBe('sug.safety');
    expect(at('en', 'category', 'services, could you open more counters', 'suggestion').category).toBe('sug.services');
  });

  it('takes no stray word for a request: a story, a film, talk meant for someone else', () => {
    for (const [lang, text] of [
      ['en', 'my son works nights so I came on my own'],
      ['zh-CN', '昨天我和老姐妹看了场电影，挺好看的'],
      ['zh-CN', '我在等我老伴'],
      ['en', 'just waiting for my son'],
    ] as const) {
      expect(at(lang, 'kind', text), text).toMatchObject({ kind: null, category: null, confidence: 0 });
    }
  });

  it('hears an indirect request as a suggestion', () => {
    expect(at('zh-CN', 'kind', '要是活动室晚上也开就好了').kind).toBe('suggestion');
    expect(at('zh-HK', 'kind', '可唔可以多啲長者活動').kind).toBe('suggestion');
    expect(at('en', 'kind', 'it would be nice to have more benches by the lake').kind).toBe('suggestion');
  });
});

describe('hedges', () => {
  it('are no answer: never yes, never no', () => {
    for (const [lang, text] of [
      ['zh-CN', '让我想一下'],
      ['zh-CN', '也许是吧，我记不清了'],
      ['zh-HK', '我唔肯定'],
      ['zh-HK', '我都唔係好肯定'],
      ['en', 'maybe'],
      ['en', 'I suppose so, I can’t remember'],
    ] as const) {
      expect(at(lang, 'yesno', text), text).toMatchObject({ answer: null, confidence: 0 });
    }
  });

  it('are hidden only by an answer that holds all of them (不好 inside 说不好 is still a hedge)', () => {
    expect(at('zh-CN', 'yesno', '这个……我说不好是不是').answer).toBeNull();
  });

  it('do not hide an answer that owns the words (不可能 is a no)', () => {
    expect(at('zh-CN', 'yesno', '不可能').answer).toBe('no');
  });

  it('are no choice either ("let me think for a second")', () => {
    expect(at('en', 'kind', 'um, let me think for a second')).toMatchObject({ kind: null, choice: null });
  });
});

describe('yes and no', () => {
  it('hears 没错 as yes and a fault after a yes as no, sure enough to act on', () => {
    expect(at('zh-CN', 'yesno', '没错')).toMatchObject({ answer: 'yes' });
    for (const [lang, text] of [
      ['zh-CN', '对，可是号码错了一位'],
      ['zh-HK', '係，不過電話錯咗一個字'],
      ['en', 'yes but the number’s wrong'],
    ] as const) {
      const result = at(lang, 'yesno', text);
      expect(result.answer, text).toBe('no');
      expect(result.confidence).toBeGreaterThanOrEqual(THRESHOLD);
    }
  });

  it('asks again rather than act on a yes and a no that do not agree, or a no inside a sentence', () => {
    expect(at('zh-CN', 'yesno', '是的，不要了').confidence).toBeLessThan(THRESHOLD);
    expect(at('zh-CN', 'yesno', '我儿子说不用，我觉得挺好').confidence).toBeLessThan(THRESHOLD);
    expect(at('en', 'yesno', 'my son said no but I think it is fine').confidence).toBeLessThan(THRESHOLD);
  });
});

describe('commands in other words', () => {
  it.each([
    ['zh-CN', '我没听明白，你再讲一遍', 'repeat'],
    ['zh-CN', '叫个工作人员过来看看', 'call_staff'],
    ['zh-HK', '搵個人嚟幫下我', 'call_staff'],
    ['en', 'can someone from the office help me', 'call_staff'],
    ['zh-CN', '退回去改一下', 'back'],
    ['en', 'take me back a step', 'back'],
    ['en', 'I don’t know how to use this', 'help'],
  ] as const)('%s "%s" → %s', (lang, text, command) => {
    expect(at(lang, 'kind', text).command).toBe(command);
  });
});

describe('recogniser slips', () => {
  it('hears s for sh and a homophone written in other characters', () => {
    expect(at('zh-CN', 'kind', '我要投述').kind).toBe('complaint');
    expect(at('zh-CN', 'kind', '我有个见议').kind).toBe('suggestion');
    expect(at('zh-CN', 'category', '拉圾没人收', 'complaint').category).toBe('cmp.sanitation');
    expect(at('en', 'kind', 'I want to make a compliant').kind).toBe('complaint');
  });

  it('is less sure of a slip than of the word itself', () => {
    expect(at('zh-CN', 'kind', '我要投述').confidence).toBeLessThan(at('zh-CN', 'kind', '我要投诉').confidence);
  });
});

describe('what residents say beyond the grammar', () => {
  it('take the like of a category from another kind on the category step, and ask before acting on it', () => {
    const safety = at('zh-CN', 'category', '电动车在楼道里充电', 'suggestion');
    expect(safety.category).toBe('sug.safety');
    expect(safety.confidence).toBeLessThan(THRESHOLD);
    expect(at('zh-CN', 'category', '家里家庭矛盾闹得厉害', 'service').category).toBe('svc.mediation');
    // Said outright in the kind chosen, it is taken as before.
    expect(at('zh-CN', 'category', '电动车在楼道里充电', 'service')).toMatchObject({ category: 'svc.public-safety' });
  });

  it('hear a request for a person over the help it comes with', () => {
    expect(at('zh-CN', 'yesno', '我不会用，叫工作人员来').command).toBe('call_staff');
    expect(at('en', 'yesno', "I don't understand, get someone").command).toBe('call_staff');
  });

  it('take no short command out of thinking aloud', () => {
    for (const [lang, text] of [
      ['zh-HK', '等等，我諗吓先'],
      ['zh-CN', '让我想想说啥'],
    ] as const) {
      expect(at(lang, 'yesno', text)).toMatchObject({ command: null, answer: null });
    }
  });

  it('give no sure answer on the category step for a kind alone', () => {
    const kindOnly = at('zh-CN', 'category', '我就是想提个建议', 'suggestion');
    expect(kindOnly.category).toBeNull();
    expect(kindOnly.confidence).toBeLessThan(THRESHOLD);
  });

  it('read back digits said while still thinking as a question', () => {
    const repeated = at('zh-CN', 'digits', '幺三八，幺三八……零零幺二，三四五六');
    expect(repeated.digits).not.toBeNull();
    expect(repeated.confidence).toBeLessThan(THRESHOLD);
    expect(at('en', 'digits', 'oh seven… seven nine four six').confidence).toBeLessThan(THRESHOLD);
    expect(at('zh-CN', 'digits', '幺三八，零零幺二，三四五六').confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('count a group of digits said twice in a row once, and still read it back as a question', () => {
    const restarted = at('zh-CN', 'digits', '幺三五，幺三五……后面是二四六八，幺三五七');
    expect(restarted.digits).toBe('13524681357');
    expect(restarted.confidence).toBeLessThan(THRESHOLD);
  });
});

describe('families rather than sentences', () => {
  it('hear a hedge with a degree word inside it (唔太記得, 不大清楚, "not really sure") as no answer', () => {
    for (const [lang, text] of [
      ['zh-HK', '我都唔太記得'],
      ['zh-HK', '唔係好記得'],
      ['zh-CN', '我不大清楚'],
      ['en', "I'm not really sure"],
    ] as const) {
      expect(at(lang, 'yesno', text).answer, text).toBeNull();
    }
  });

  it('take no sure yes from one word at the end of a sentence that other phrases claimed by sound', () => {
    // 太記 sounds like 太极 (a sport): those words are no part of the reply, so 得 is not said alone.
    const mixed = at('zh-HK', 'yesno', '佢話太記得');
    expect(mixed.answer === null || mixed.confidence < THRESHOLD).toBe(true);
  });

  it('let a thing named outright beat one only hinted at, on a tie (drilling next door is noise)', () => {
    expect(at('en', 'category', 'drilling next door', 'complaint').category).toBe('cmp.noise');
  });

  it('take the last of two commands, the first being the reason ("I don\'t understand, say it again")', () => {
    expect(at('zh-HK', 'free', '我唔明，可唔可以再講一次').command).toBe('repeat');
    expect(at('zh-HK', 'free', '我唔明，搵個職員嚟').command).toBe('call_staff');
  });

  it('let no lone short word outrank a command phrase ("I don\'t know what I\'m supposed to press" is help)', () => {
    expect(at('en', 'kind', "I don't know what I'm supposed to press").command).toBe('help');
  });

  it('take no short command out of talk meant for someone else ("the bus was late again")', () => {
    expect(at('en', 'kind', 'the bus was late again this morning').command).toBeNull();
  });

  it('ask before taking one short word as what a resident came for ("这电梯人真多" is no lift complaint)', () => {
    const mention = at('zh-CN', 'kind', '哎呀这电梯人真多');
    expect(mention.confidence).toBeLessThan(THRESHOLD);
    expect(at('zh-CN', 'kind', '我们楼的电梯坏了好几天了').confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('count an ordinal of occasions as no choice ("我第一次用", "it\'s my first time")', () => {
    expect(at('zh-HK', 'kind', '我第一次用').choice).toBeNull();
    expect(at('en', 'kind', "it's my first time").kind).toBeNull();
    expect(at('zh-CN', 'kind', '第一个').choice).toBe(1);
  });

  it('take no bare number out of talk meant for someone else ("meeting my friend here at eleven")', () => {
    expect(at('en', 'kind', "I'm meeting my friend here at eleven").choice).toBeNull();
  });
});
