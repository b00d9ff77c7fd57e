import { describe, expect, it } from 'vitest';
import type { Kind } from '../../../../app/domain/kinds';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';

/*
 * Round seventeen (heldout16's families): a quarrel over who looks after a parent, a school bus stopped,
 * a game wished for, vehicles heard at night, the yearly proof of being alive for a pension, an alarm for
 * elders alone, a wish that "would make a world of difference", what the choices mean and not knowing which
 * is best. Every sentence is written for this file (none is in a corpus or held-out set).
 */

/** Each sentence, at the category step of `kind`, comes out as its category. */
function categories(kind: Kind, cases: readonly (readonly [Language, string, string])[]) {
  it.each(cases)('%s "%s": %s', (lang, text, category) => {
    expect(matchIntent(text, { lang, expect: 'category', kind }).category).toBe(category);
  });
}

describe('a quarrel over who looks after a parent is the family’s, not noise', () => {
  categories('complaint', [
    ['zh-CN', '我和我哥为了谁伺候老爸天天吵 老爸躺在床上干着急', 'cmp.family'],
    ['zh-HK', '我同家姐為咗邊個湊阿爸嗌咗好耐', 'cmp.family'],
    ['en', 'my brother and I are always arguing over who should have our father at weekends', 'cmp.family'],
  ]);
});

describe('a school bus stopped or its route cancelled is the child’s schooling', () => {
  categories('service', [
    ['zh-CN', '孙女上初一 学校的校车停运了 我们老两口送不了', 'svc.education'],
    ['zh-HK', '個孫讀小一 校巴唔再經我哋度 點算', 'svc.education'],
    ['en', 'they scrapped the school bus and my grandson is only in year one', 'svc.education'],
  ]);
});

describe('a game wished for is an activity, even for the old folk', () => {
  categories('suggestion', [
    ['zh-HK', '中心可唔可以有個捉棋嘅角落 啲伯伯一定鍾意', 'sug.activities'],
    ['en', 'some chess sets for the old boys in the lounge please', 'sug.activities'],
    ['en', 'a mahjong table for the old ladies in the community room', 'sug.activities'],
  ]);
});

describe('vehicles heard at night are noise, above their speed', () => {
  categories('complaint', [
    ['en', 'lads racing motorbikes round the estate every night, really loud', 'cmp.noise'],
    ['zh-HK', '晚晚有電單車喺樓下轟油 好嘈', 'cmp.noise'],
  ]);
});

describe('the yearly proof of being alive for a pension is social security', () => {
  categories('service', [
    ['zh-CN', '退休金要做生存认证 我不会在手机上弄', 'svc.social-security'],
    ['zh-HK', '生果金要做生存證明 我唔識用個app', 'svc.social-security'],
    [
      'en',
      'the pension people want a life certificate from me again and I cannot get it done online',
      'svc.social-security',
    ],
  ]);
});

describe('an alarm for elders living alone is for the elderly', () => {
  categories('suggestion', [
    ['zh-HK', '獨居嘅公公婆婆應該人人有個平安鐘', 'sug.elderly'],
    ['en', 'every pensioner on their own should have a panic button', 'sug.elderly'],
  ]);
});

describe('what a lack "would make a world of difference" is a wish', () => {
  it.each([
    'the library has no lift, one would make a world of difference',
    'a ramp at the side door would make a huge difference',
  ])('en "%s": a suggestion', (text) => {
    expect(matchIntent(text, { lang: 'en', expect: 'free' }).kind).toBe('suggestion');
  });
});

describe('on a choice step: what the choices mean is help; which is best to pick is a doubt', () => {
  it.each([
    ['zh-HK', '呢三個揀法係咩意思呀'],
    ['en', 'what do those options mean'],
  ] as const)('%s "%s": help', (lang, text) => {
    expect(matchIntent(text, { lang, expect: 'choice' }).command).toBe('help');
  });
  it.each([
    ['zh-HK', '真係唔知揀邊個好'],
    ['zh-HK', '唔知揀邊樣好啲'],
  ] as const)('%s "%s": no command, no choice', (lang, text) => {
    const result = matchIntent(text, { lang, expect: 'choice' });
    expect(result.command).toBeNull();
    expect(result.choice).toBeNull();
  });
  it('zh-HK "唔知揀邊個": not knowing how to choose still asks for help', () => {
    expect(matchIntent('唔知揀邊個', { lang: 'zh-HK', expect: 'choice' }).command).toBe('help');
  });
});
