import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import type { Expect } from '../../../../app/intents/types';

const at = (lang: Language, expect: Expect, text: string, kind?: 'service' | 'complaint' | 'suggestion') =>
  matchIntent(text, { lang, expect, ...(kind ? { kind } : {}) });
/** The dialog's default confirmation threshold (main/config/speech.ts). */
const THRESHOLD = 0.6;

// Round fifteen: heldout11's stories and wishes, as families (sentences of our own, none from a held-out set).
describe("the centre's internet is a service wished for", () => {
  it('wifi, broadband, 无线网, 上網 name the community services', () => {
    for (const [lang, text] of [
      ['zh-CN', '我建议活动室装个无线网，大家好跟家里人视频'],
      ['zh-HK', '中心可唔可以裝返個無線網絡，啲伯伯想學上網'],
      ['en', 'I want to suggest broadband in the day room'],
      ['en', 'proper wifi at the centre would really help us'],
    ] as const) {
      const r = at(lang, 'kind', text);
      expect(r.kind, `${lang}: ${text}`).toBe('suggestion');
      expect(r.category, `${lang}: ${text}`).toBe('sug.services');
    }
  });
});

describe('a wish said as something to consider, or by what it would make residents feel', () => {
  it('"you could consider", 考虑在…, 考慮下喺… ask for something', () => {
    for (const [lang, text] of [
      ['zh-CN', '你们考虑在花园里放几张长椅嘛'],
      ['zh-HK', '你哋考慮下喺門口加個扶手啦'],
      ['en', 'you could consider a bench outside the chemist'],
    ] as const)
      expect(at(lang, 'kind', text).kind, `${lang}: ${text}`).toBe('suggestion');
  });

  it('"would make us feel safer", 会安心, 會放心啲 are a wish for safety', () => {
    for (const [lang, text] of [
      ['zh-HK', '我覺得後樓梯裝部閉路電視大家會放心啲'],
      ['en', 'a few more patrols at night would make us all feel safer'],
    ] as const) {
      const r = at(lang, 'kind', text);
      expect(r.kind, `${lang}: ${text}`).toBe('suggestion');
      expect(r.category, `${lang}: ${text}`).toBe('sug.safety');
    }
  });
});
