import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import type { Expect } from '../../../../app/intents/types';

/*
 * Round seventeen (heldout18's misses, as families). Every sentence is written for this file, none taken
 * from a held-out set.
 */
const heard = (lang: Language, expect: Expect, text: string) => matchIntent(text, { lang, expect });

describe('searching for words ("how should I put this", 该怎么讲呢) is thinking aloud, not a call for help', () => {
  it.each([
    ['en', 'kind', 'erm how would i say this'],
    ['en', 'free', 'now how can i describe it'],
    ['en', 'category', 'how best to put it'],
    ['zh-CN', 'kind', '嗯 该咋个讲呢'],
    ['zh-CN', 'free', '这个事 我该怎么形容才好'],
    ['zh-HK', 'kind', '呃 我點解釋好呢'],
    ['zh-HK', 'free', '嗯 點樣形容先好'],
  ] as const)('%s at %s: "%s"', (lang, expect_, text) => {
    const r = heard(lang, expect_, text);
    expect(r.command).toBeNull();
    expect(r.kind).toBeNull();
  });

  it.each([
    ['en', 'how do i use this machine'],
    ['zh-CN', '这个机器怎么用'],
    ['zh-HK', '呢部機點用'],
  ] as const)('%s "%s": asking how the kiosk works is still help', (lang, text) => {
    expect(heard(lang, 'kind', text).command).toBe('help');
  });
});

describe('a number naming a bus or a line ("the number six bus", 五號巴士) chooses no option', () => {
  it.each([
    ['en', 'is the number six bus running'],
    ['en', 'which stop for the eleven tram'],
    ['zh-CN', '地铁二号线几点收车'],
    ['zh-HK', '六號巴士去唔去街市'],
    ['zh-HK', '四號線仲有冇車'],
  ] as const)('%s "%s"', (lang, text) => {
    expect(heard(lang, 'choice', text).choice).toBeNull();
  });

  it.each([
    ['en', 'number six please'],
    ['zh-HK', '六號'],
  ] as const)('%s "%s": a number alone is still a choice', (lang, text) => {
    expect(heard(lang, 'choice', text).choice).toBe(6);
  });
});

describe('not knowing how the kiosk is used (不晓得…咋个用, 唔知…點用) asks for help; the not knowing opens it', () => {
  it.each([
    ['zh-CN', '我真不晓得这台机子咋个用'],
    ['zh-CN', '我搞不懂这上面怎么操作'],
    ['zh-HK', '我真係唔知呢個mon點用'],
    ['zh-HK', '我唔識呢部嘢點撳'],
    ['en', "i've not a clue how the whole thing works"],
    ['en', 'honestly no idea how this screen works'],
  ] as const)('%s "%s"', (lang, text) => {
    expect(heard(lang, 'kind', text).command).toBe('help');
  });

  it.each([
    ['zh-HK', '我唔知佢點搞'],
    ['zh-HK', '我唔知佢哋點用啲錢'],
  ] as const)('%s "%s": how someone else does it is no help asked', (lang, text) => {
    expect(heard(lang, 'kind', text).command).toBeNull();
  });
});

describe('fu heard as hu (服务 as 胡务: the f/h merger) still names the word', () => {
  it.each([
    ['zh-CN', '社区胡务方面'],
    ['zh-HK', '我想講下社區胡務'],
  ] as const)('%s "%s"', (lang, text) => {
    expect(matchIntent(text, { lang, expect: 'category', kind: 'suggestion' }).category).toBe('sug.services');
  });

  it('胡, a surname, names nothing', () => {
    expect(heard('zh-CN', 'kind', '我姓胡').kind).toBeNull();
  });
});

describe('an idea "I\'d like to pass on": the resident passes the idea on, no wish for their own life', () => {
  it.each([
    ['en', "there's a suggestion i'd love to put forward"],
    ['en', 'i have got an idea i would like to raise'],
    ['en', 'got a little idea i want to run past you'],
  ] as const)('%s "%s"', (lang, text) => {
    expect(heard(lang, 'kind', text).kind).toBe('suggestion');
  });

  it.each([
    ['en', 'i wish i could still drive'],
    ['en', 'i wish i was young again'],
  ] as const)('%s "%s": a wish for oneself is still none', (lang, text) => {
    expect(heard(lang, 'kind', text).kind).toBeNull();
  });
});
