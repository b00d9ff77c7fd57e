import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import type { Expect } from '../../../../app/intents/types';

const at = (lang: Language, expect: Expect, text: string, kind?: 'service' | 'complaint' | 'suggestion') =>
  matchIntent(text, { lang, expect, ...(kind ? { kind } : {}) });
type Said = readonly (readonly [Language, string])[];
/** Each sentence, asked what they came for, gives this kind (and category, when one is given). */
const takenAs = (said: Said, kind: 'service' | 'complaint' | 'suggestion', category?: string) => {
  for (const [lang, text] of said) {
    const r = at(lang, 'kind', text);
    expect(r.kind, `${lang}: ${text}`).toBe(kind);
    if (category !== undefined) expect(r.category, `${lang}: ${text}`).toBe(category);
  }
};

// Round sixteen: heldout15's stories and wishes, as families (sentences of our own, none from a held-out set).
describe('a way out blocked, with a fire feared, is a complaint', () => {
  it('"what if there is a fire" (万一着火, 如果有火燭) is the fear of the story, not a request to report one', () => {
    takenAs(
      [
        ['zh-CN', '安全通道里堆满了别人的破沙发 万一起火我们往哪跑'],
        ['zh-HK', '走火通道俾人堆滿晒雜物 如果真係有火燭我哋點走'],
        ['en', 'the emergency exit on our floor is blocked with boxes god forbid there was ever a fire'],
      ],
      'complaint',
    );
  });

  it('a fire reported outright is still public safety', () => {
    takenAs(
      [
        ['zh-CN', '我要报告火灾隐患'],
        ['zh-HK', '想問下火災隱患搵邊個'],
      ],
      'service',
      'svc.public-safety',
    );
  });
});
