import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import type { Expect } from '../../../../app/intents/types';

const at = (lang: Language, expect: Expect, text: string) => matchIntent(text, { lang, expect });
/** The dialog's default confirmation threshold (main/config/speech.ts). */
const THRESHOLD = 0.6;

describe('Chinese commands said by their effect', () => {
  it('"come again once more" asks to hear it again; coming back another day does not', () => {
    expect(at('zh-CN', 'free', '太快了没跟上 再来一遍').command).toBe('repeat');
    expect(at('zh-HK', 'free', '我一個字都冇入耳 再嚟一次').command).toBe('repeat');
    expect(at('zh-CN', 'free', '我改天再来一趟').command).toBeNull();
    expect(at('zh-HK', 'free', '第日再嚟一趟').command).toBeNull();
  });

  it('"turn back" (往回退, 往回倒) goes back, even beside the resident saying it again', () => {
    const got = at('zh-CN', 'digits', '号码不对 往回退一下 我重新报');
    expect(got.command).toBe('back');
    expect(got.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('"call a staff" in Cantonese mixed with English calls staff', () => {
    expect(at('zh-HK', 'free', '唔識搞 call個職員出嚟啦').command).toBe('call_staff');
    expect(at('zh-HK', 'free', '我call咗個staff喇').command).toBeNull();
  });

  it('at the digits step, a thing named in another clause is why they go back, not a request', () => {
    expect(at('zh-CN', 'digits', '回到上一步，我想改改地址').command).toBe('back');
    expect(at('zh-HK', 'digits', '返上一步，我要改電話').command).toBe('back');
  });
});

describe('a person asked for by who they are', () => {
  it('找个姑娘来 calls staff', () => {
    expect(at('zh-CN', 'free', '字太小了，叫个姑娘来').command).toBe('call_staff');
  });
});
