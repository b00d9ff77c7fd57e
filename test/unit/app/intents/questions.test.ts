import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';

const yesno = (lang: Language, text: string) => matchIntent(text, { lang, expect: 'yesno' });

describe('a question put back to the kiosk on a yes/no step', () => {
  it('is no answer: the kiosk asks again', () => {
    for (const [lang, text] of [
      ['zh-CN', '你看对不对呀'],
      ['zh-CN', '这样就行了吗'],
      ['zh-CN', '这个号码是不是我的'],
      ['zh-HK', '你話啱唔啱呀'],
      ['zh-HK', '係咪咁樣就得㗎？'],
      ['zh-HK', '真係啱㗎？'],
      ['en', 'is that correct?'],
      ['en', 'did I get it right?'],
    ] as const) {
      expect(yesno(lang, text).answer, text).toBeNull();
    }
  });

  it('leaves a reply said beside the question', () => {
    expect(yesno('zh-CN', '对吗？对的，没错').answer).toBe('yes');
    expect(yesno('zh-HK', '唔啱，係咪我講錯咗？').answer).toBe('no');
    expect(yesno('en', 'yes, is that all?').answer).toBe('yes');
  });

  it('is not a no said twice', () => {
    expect(yesno('zh-CN', '不是不是').answer).toBe('no');
    expect(yesno('zh-CN', '不对不对').answer).toBe('no');
    expect(yesno('zh-HK', '唔啱唔啱').answer).toBe('no');
  });
});
