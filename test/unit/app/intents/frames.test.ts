import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import type { Expect } from '../../../../app/intents/types';

const at = (lang: Language, expect: Expect, text: string, kind?: 'service' | 'complaint' | 'suggestion') =>
  matchIntent(text, { lang, expect, ...(kind ? { kind } : {}) });
/** The dialog's default confirmation threshold (main/config/speech.ts). */
const THRESHOLD = 0.6;

describe('indirect suggestions as frames', () => {
  it('a request with something provided later in its clause hints a suggestion, whatever is between', () => {
    expect(at('zh-CN', 'kind', '你们这能不能给我们老头老太太整个下象棋的屋子').kind).toBe('suggestion');
    expect(at('zh-HK', 'kind', '有冇可能同我哋啲街坊搞個茶聚').kind).toBe('suggestion');
    expect(at('en', 'kind', 'is there any way you people could put on a quiz night').kind).toBe('suggestion');
  });

  it('a condition with something called good hints a suggestion, in either order', () => {
    expect(at('zh-CN', 'kind', '如果有人教老人写毛笔字，很好').kind).toBe('suggestion');
    expect(at('en', 'kind', 'is good if have cooking lesson for old people').kind).toBe('suggestion');
  });

  it('a resident asking for themselves is no suggestion', () => {
    expect(at('zh-CN', 'kind', '能不能帮我开个证明').kind).not.toBe('suggestion');
  });

  it('a frame alone is asked back, never taken as it is', () => {
    for (const [lang, text] of [
      ['en', "if the weather's good we'll go to the park"],
      ['en', 'could you make it louder'],
      ['zh-HK', '如果聽日天氣好就去飲茶'],
    ] as const) {
      const r = at(lang, 'kind', text);
      if (r.kind !== null) expect(r.confidence, text).toBeLessThan(THRESHOLD);
    }
  });
});

describe('a no denied in one breath', () => {
  it('is a yes, asked back unless a yes follows', () => {
    const alone = at('zh-CN', 'yesno', '不是不对');
    expect(alone.answer).toBe('yes');
    expect(alone.confidence).toBeLessThan(THRESHOLD);
    expect(at('zh-HK', 'yesno', '唔係唔要，要呀').answer).toBe('yes');
    expect(at('en', 'yesno', "it's not that I don't want, yes please")).toMatchObject({ answer: 'yes' });
    expect(at('en', 'yesno', "that's not wrong").answer).toBe('yes');
  });

  it('stays a no when a pause or words come between, and a doubled no is a no', () => {
    expect(at('zh-CN', 'yesno', '不是，不对').answer).toBe('no');
    expect(at('zh-CN', 'yesno', '不是不是').answer).toBe('no');
    expect(at('en', 'yesno', 'not correct, the name wrong').answer).toBe('no');
  });

  it('a yes, then a contrast and a no, is a no', () => {
    expect(at('en', 'yesno', "the name's right but that's my number, not his").answer).toBe('no');
  });
});

describe('a carer speaking for someone', () => {
  it("takes that person's request as the request", () => {
    expect(at('zh-CN', 'kind', '我替我妈来的，她想反映楼上漏水').kind).toBe('complaint');
    expect(at('en', 'kind', "I'm here for my mum, she wants to complain about the lift").kind).toBe('complaint');
  });

  it("while someone else's errand, said by a resident waiting, is still no request", () => {
    expect(at('zh-CN', 'kind', '我在这儿等我闺女 她去里面办事了').kind).toBeNull();
  });
});

describe('a correction names what was meant', () => {
  it('the category right after "I mean" is the topic once something was said before it', () => {
    expect(
      at('en', 'category', "I don't mean activities, I mean safety, the lighting on the path", 'suggestion').category,
    ).toBe('sug.safety');
  });

  it('with nothing said before, "wait" is only waiting', () => {
    expect(at('en', 'kind', 'I wait for my grandson only').kind).toBeNull();
  });
});
