import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import type { Expect } from '../../../../app/intents/types';

const at = (lang: Language, expect: Expect, text: string, kind?: 'service' | 'complaint' | 'suggestion') =>
  matchIntent(text, { lang, expect, ...(kind ? { kind } : {}) });
/** The dialog's default confirmation threshold (main/config/speech.ts). */
const THRESHOLD = 0.6;

// Round fourteen: wishes said without "suggest" (sentences of our own, none from a held-out set).
describe('wishes for the centre, wishes for oneself', () => {
  it('a wish that provides nothing and names nothing the centre could see to is asked back', () => {
    for (const [lang, text] of [
      ['zh-CN', '要是后天别刮风就好了'],
      ['zh-HK', '如果個天唔好咁熱就好喇'],
      ['en', "it'd be lovely if my back stopped hurting"],
    ] as const) {
      const r = at(lang, 'kind', text);
      expect(r.kind === null || r.confidence < THRESHOLD, `${lang}: ${text}`).toBe(true);
    }
  });

  it('a wish that names something for the centre stays sure', () => {
    const r = at('zh-CN', 'kind', '要是花园里多几张长椅就好了');
    expect(r.kind).toBe('suggestion');
    expect(r.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it("what one's kin would do for the resident is a lament, not a suggestion", () => {
    expect(at('en', 'free', 'I wish my daughter would visit me more').kind).toBeNull();
    // Kin named beside a thing the centre provides still asks it for everyone.
    expect(at('en', 'kind', 'it would be nice if there were more classes for my husband and me').kind).toBe(
      'suggestion',
    );
  });

  it('"why don\'t they", "somebody ought to" ask for something provided', () => {
    expect(at('en', 'kind', "why don't they put on a quiz once a month").kind).toBe('suggestion');
    expect(at('en', 'kind', 'someone ought to plant some flowers by the entrance').kind).toBe('suggestion');
  });

  it('the old days, like other places, had what is wished for here', () => {
    expect(at('en', 'kind', 'in the old days we had a knitting club in the hall').kind).toBe('suggestion');
    expect(at('zh-CN', 'kind', '我们年轻的时候厂里都组织大家去春游').kind).toBe('suggestion');
  });

  it('a day of the week open is about the service hours', () => {
    expect(at('zh-HK', 'category', '禮拜六都開門就好', 'suggestion').category).toBe('sug.services');
  });
});

describe('wishes whose subject is the resident or their kin', () => {
  it('is their own life, not a suggestion', () => {
    expect(at('zh-CN', 'kind', '要是我还能跳得动就好了').kind).toBeNull();
    expect(at('zh-HK', 'kind', '我老公如果仲行得郁就好喇').kind).toBeNull();
    expect(at('en', 'kind', 'I wish I could still ride my bike').kind).toBeNull();
  });

  it('"we" and "my home" are no such subject', () => {
    expect(at('zh-CN', 'kind', '要是我们楼下有个小超市就好了').kind).toBe('suggestion');
    expect(at('zh-HK', 'kind', '我有個 suggestion').kind).toBe('suggestion');
  });

  it('coming more if something were put on is a wish for the centre', () => {
    expect(at('en', 'kind', "I'd come every week if you had a knitting club").kind).toBe('suggestion');
  });

  it('other places have it: a suggestion here', () => {
    expect(at('en', 'kind', 'other centres have a coffee morning').kind).toBe('suggestion');
  });
});
