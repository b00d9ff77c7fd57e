import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';

/*
 * Talk about one's kin that asks nothing of the centre, and a "no" that takes back what came before (issue
 * 14). Sentences written for this file, none from the corpus or the held-out sets.
 */
const onFree = (lang: Language, text: string) => matchIntent(text, { lang, expect: 'free' });
const onKind = (lang: Language, text: string) => matchIntent(text, { lang, expect: 'kind' });

describe('what a relative came to do is not the resident’s request', () => {
  it.each([
    ['zh-CN', '我在这儿等我儿子他进去办事了'],
    ['zh-HK', '我等緊個仔佢入咗去辦嘢'],
  ] as const)('%s "%s", unpunctuated', (lang, text) => {
    const said = onFree(lang, text);
    expect(said.kind).toBeNull();
    expect(said.category).toBeNull();
  });
});

describe('a wish for one’s kin is a lament, not a suggestion', () => {
  it.each([
    ['zh-CN', '要是我老伴还在就好了'],
    ['zh-HK', '唉 老婆仲喺度就好喇'],
    ['en', 'it would be nice if my husband was still here'],
  ] as const)('%s "%s" takes nothing', (lang, text) => {
    expect(onFree(lang, text).kind).toBeNull();
  });

  it.each([
    ['zh-CN', '我妈想提个建议'],
    ['zh-HK', '我老公想畀個建議'],
    ['en', 'my husband has a suggestion'],
  ] as const)('%s "%s": a relative\'s suggestion named, not wished, is one the resident brings', (lang, text) => {
    expect(onKind(lang, text).kind).toBe('suggestion');
  });

  it('something provided for the kin is still a suggestion: 要是有人能陪我老伴聊聊天就好了', () => {
    expect(onFree('zh-CN', '要是有人能陪我老伴聊聊天就好了').kind).toBe('suggestion');
  });
});

describe('a bare no after a correction or a kind takes back what came before', () => {
  it.each([
    ['en', "a suggestion um actually no it's a complaint", 'complaint'],
    ['en', 'suggestion no complaint', 'complaint'],
  ] as const)('%s "%s" is a %s', (lang, text, kind) => {
    expect(onKind(lang, text).kind).toBe(kind);
  });

  it('不是 after a kind still denies what follows: 我想投诉，不是建议', () => {
    expect(onKind('zh-CN', '我想投诉，不是建议').kind).toBe('complaint');
  });
});

describe('news passed on from someone else asks for nothing', () => {
  it.each([
    ['zh-CN', '刚才护士说我血糖有点高'],
    ['en', 'the nurse says my blood pressure is up a bit'],
  ] as const)('%s "%s"', (lang, text) => {
    const said = onKind(lang, text);
    expect(said.kind).toBeNull();
    expect(said.category).toBeNull();
  });

  it.each([
    ['zh-HK', '我個女話呢度可以幫手申請綜援'],
    ['en', 'my son says you can help me with my pension'],
  ] as const)('%s "%s": advice passed on is what they came for', (lang, text) => {
    expect(onKind(lang, text).kind).toBe('service');
  });
});

describe('grammar words are never heard as a slip of a category word', () => {
  it('这个字是不是太小了 is no 鸽子屎', () => {
    expect(onKind('zh-CN', '这个字是不是太小了').category).toBeNull();
  });
});
