import { describe, expect, it } from 'vitest';
import type { Kind } from '../../../../app/domain/kinds';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import type { Expect } from '../../../../app/intents/types';

/*
 * Round twenty-two: commands said in other words, and the recogniser's slips of kind, category and command
 * words, as families. Every sentence is written for this file, none taken from a held-out set.
 */
const heard = (lang: Language, expect: Expect, text: string, kind?: Kind) =>
  matchIntent(text, { lang, expect, ...(kind === undefined ? {} : { kind }) });

describe('a member of staff asked for, by name or in words of the resident’s own', () => {
  it.each([
    ['zh-CN', 'kind', '麻烦叫你们那个小刘过来一下'],
    ['zh-HK', 'free', '唔該叫阿黃過嚟吖'],
    ['zh-HK', 'free', '有冇職員可以出嚟睇下'],
    ['zh-CN', 'free', '有没有工作人员能过来一下'],
    ['zh-CN', 'free', '帮我寻个工作人员来'],
  ] as const)('%s %s: "%s"', (lang, step, text) => {
    expect(heard(lang, step, text).command).toBe('call_staff');
  });

  it.each([
    ['zh-HK', '後樓梯好大陣煤氣味 好驚呀 快啲叫個職員嚟'],
    ['zh-CN', '走廊里有股烧焦的味道 我心慌 赶紧叫个工作人员过来'],
    ['en', 'the hallway smells of gas and I am frightened, get a member of staff over here'],
  ] as const)('%s "%s": staff called outright after a story win over it', (lang, text) => {
    const result = heard(lang, 'kind', text);
    expect(result.command).toBe('call_staff');
    expect(result.kind).toBeNull();
  });

  it('staff called to mend what is named in the same breath leave the request to the words', () => {
    expect(heard('zh-HK', 'kind', '叫個職員嚟整返部升降機').command).not.toBe('call_staff');
  });

  it('a neighbour known by name is no member of staff', () => {
    const result = heard('zh-CN', 'kind', '小王家天天装修 吵得不行');
    expect(result.command).toBeNull();
    expect(result.kind).toBe('complaint');
  });

  it('someone asked to call at home is a service, not a call for staff', () => {
    expect(
      heard('zh-CN', 'kind', '我妈卧床好几年了 我也七十多了 照顾不过来 有没有人能上门帮忙擦身子').command,
    ).toBeNull();
  });

  it.each([
    ['en', 'is this the staff entrance'],
    ['en', 'my son is a servers admin'],
  ] as const)('%s "%s": asks for nothing', (lang, text) => {
    const result = heard(lang, 'free', text);
    expect(result.command).toBeNull();
    expect(result.kind).toBeNull();
  });
});

describe('not caught, not remembered, or not heard: say it again', () => {
  it.each([
    ['zh-HK', 'kind', '慢啲慢啲 頭先嗰幾個我記唔住'],
    ['zh-CN', 'category', '慢点儿 刚才那几个没记住'],
    ['en', 'yesno', 'what was that, my hearing aid is on the blink'],
    ['en', 'digits', 'say that again please my hearing aid isn’t working'],
  ] as const)('%s %s: "%s"', (lang, step, text) => {
    expect(heard(lang, step, text, step === 'category' ? 'service' : undefined).command).toBe('repeat');
  });

  it('a hearing aid asked about is a service', () => {
    expect(heard('en', 'kind', 'I need help with my hearing aid').command).toBeNull();
  });
});

describe('everything cleared, from the beginning: start over; an earlier answer wrong: back', () => {
  it.each([
    ['en', 'digits', 'oh just cancel everything'],
    ['en', 'category', 'forget the lot, cancel it all'],
    ['zh-CN', 'digits', '全部取消 我重新从头说'],
    ['zh-HK', 'kind', '全部 取消 晒 佢 我 由 頭 講 過'],
  ] as const)('%s %s: "%s" starts over', (lang, step, text) => {
    expect(heard(lang, step, text, step === 'category' ? 'complaint' : undefined).command).toBe('start_over');
  });

  it.each([
    ['zh-CN', 'digits', '刚 才 那 个 答 错 了 能 不 能 改 回 来'],
    ['zh-HK', 'digits', '頭 先 嗰 個 揀 錯 咗 可 唔 可 以 改 返'],
    ['zh-HK', 'yesno', '頭先嗰個答錯咗 可唔可以改返'],
  ] as const)('%s %s: "%s" goes back', (lang, step, text) => {
    expect(heard(lang, step, text).command).toBe('back');
  });

  it('digits spaced one by one keep their groups when the words around them are joined', () => {
    expect(heard('zh-CN', 'digits', '我 的 电话 是 一 三 八 一 二 三 四 五 六 七 八').digits).toBe('13812345678');
    expect(heard('zh-HK', 'digits', '九 八 七 六 五 四 三 二').digits).toBe('98765432');
  });
});

describe('a kind or category word with a character slipped', () => {
  it.each([
    ['zh-CN', '办是 我要办是', 'service'],
    ['zh-HK', '辦是 我想辦是', 'service'],
    ['zh-CN', '见议 我想提个见议', 'suggestion'],
    ['zh-HK', '見議 我想畀個見議', 'suggestion'],
    ['en', 'I want a servers', 'service'],
  ] as const)('%s "%s" is %s, asked back', (lang, text, kind) => {
    const result = heard(lang, 'kind', text);
    expect(result.kind).toBe(kind);
  });

  it('a yes is still a yes beside a kind said right', () => {
    expect(heard('zh-CN', 'kind', '是的 我要办事').kind).toBe('service');
  });

  it('a word of the category said with 是 is not taken for it', () => {
    expect(heard('zh-CN', 'kind', '活动是几点开门').category).toBeNull();
  });

  it.each([
    ['zh-HK', '鄰居級紛', 'cmp.neighbour'],
    ['zh-HK', '勿業公司唔理我哋', 'cmp.property'],
    ['zh-CN', '勿业公司不管事', 'cmp.property'],
    ['en', 'the noice upstairs every night', 'cmp.noise'],
    ['en', 'the dog next door starts barking from for am', 'cmp.noise'],
    ['en', 'there is lap sap piled up by the bins', 'cmp.sanitation'],
  ] as const)('%s "%s" is %s', (lang, text, category) => {
    expect(heard(lang, 'category', text, 'complaint').category).toBe(category);
  });

  it('children who ignore their parent are still family', () => {
    expect(heard('zh-HK', 'category', '啲仔女都唔理我', 'complaint').category).toBe('cmp.family');
  });
});
