import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import type { Expect } from '../../../../app/intents/types';

/*
 * Round seventeen (replies on a read-back and talk that asks nothing, as older residents say them): the
 * families below. Every sentence is written for this file, none is from a held-out set.
 */
const heard = (lang: Language, expect: Expect, text: string) => matchIntent(text, { lang, expect });
/** The confirmation threshold: at or above it a reply is acted on without asking back. */
const SURE = 0.6;

describe('好 joined to the word after it is "very": a remark, never a yes', () => {
  it.each([
    ['zh-CN', '外头太阳好晒啊'],
    ['zh-CN', '屋里好闷啊'],
    ['zh-HK', '今日風好大呀'],
    ['zh-HK', '啲餸好鹹'],
  ] as const)('%s "%s"', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).toBeNull();
  });

  it.each([
    ['zh-CN', '好'],
    ['zh-CN', '好，就这么办'],
    ['zh-HK', '好，唔該'],
    ['zh-CN', '好吧'],
    ['zh-CN', '好说'],
    ['zh-CN', '那好吧'],
    ['zh-CN', '好咧'],
    ['zh-HK', '好啦'],
    ['zh-HK', '好吖'],
  ] as const)('%s "%s": still a yes', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).toBe('yes');
  });
});

describe('"not wrong, no": an English no closing a denial agrees with it, asked back', () => {
  it.each(["that's not wrong, no", "it isn't wrong, no"])('"%s"', (text) => {
    const r = heard('en', 'yesno', text);
    expect(r.answer).toBe('yes');
    expect(r.confidence).toBeLessThan(SURE);
  });

  it('a 不对 after 不是不对 is a no of its own, not such an echo', () => {
    expect(heard('zh-CN', 'yesno', '不是不对，不对').answer).toBe('no');
  });

  it('with a fault named after it, still a no', () => {
    expect(heard('en', 'yesno', "it's not wrong, no, the phone is wrong").answer).toBe('no');
  });
});

describe('"nobody said it was wrong" (冇話唔啱) denies the no: a yes', () => {
  it('zh-HK "我冇話唔啱呀"', () => {
    expect(heard('zh-HK', 'yesno', '我冇話唔啱呀').answer).toBe('yes');
  });
});

describe('what was read back is what the resident said: a yes', () => {
  it.each([
    ['zh-CN', '和我说的一样'],
    ['zh-HK', '同我講嘅一樣喎'],
    ['en', "that's what I said"],
    ['zh-CN', '错不了的'],
    ['zh-HK', '錯唔到'],
  ] as const)('%s "%s"', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).toBe('yes');
  });
});

describe('almost right, or not wanting to leave a number: a no', () => {
  it.each([
    ['zh-CN', '差一点点，门牌是十二号'],
    ['zh-HK', '差啲，係十樓'],
    ['zh-CN', '电话我不想留'],
    ['zh-HK', '我唔想留電話喇'],
    ['en', "I'd prefer not, thank you"],
  ] as const)('%s "%s"', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).toBe('no');
  });
});

describe('a reluctant yes', () => {
  it.each([
    ['zh-HK', '唉，就噉啦'],
    ['zh-CN', '唉，那就这样吧'],
    ['en', 'if you must'],
  ] as const)('%s "%s"', (lang, text) => {
    expect(heard(lang, 'yesno', text).answer).toBe('yes');
  });

  it('"I suppose so" stays thinking aloud: no answer', () => {
    expect(heard('en', 'yesno', 'I suppose so').answer).toBeNull();
  });
});

describe('coming to the centre for a class is told, not asked for', () => {
  it.each([
    ['zh-CN', '我是来上太极课的'],
    ['zh-HK', '我嚟上書法班㗎'],
  ] as const)('%s "%s"', (lang, text) => {
    const r = heard(lang, 'kind', text);
    expect(r.kind).toBeNull();
    expect(r.category).toBeNull();
  });

  it('wanting to join one still asks for the service', () => {
    expect(heard('zh-CN', 'kind', '我想报名上国画课').kind).toBe('service');
  });
});

describe('"nearly" on a read-back: not quite right, a no', () => {
  it.each(['nearly right, but the flat number is off', 'nearly there'])('"%s"', (text) => {
    expect(heard('en', 'yesno', text).answer).toBe('no');
  });
});

describe('waiting to collect something is told, not asked for', () => {
  it.each([
    ['zh-CN', '我等着拿体检报告呢'],
    ['zh-HK', '我喺度等攞報告'],
  ] as const)('%s "%s"', (lang, text) => {
    expect(heard(lang, 'free', text).kind).toBeNull();
  });
});
