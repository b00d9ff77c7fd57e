import { describe, expect, it } from 'vitest';
import type { Kind } from '../../../../app/domain/kinds';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';

/*
 * Cantonese–English mixing, long rambling talk and off-topic talk (issue 14, understand9). Sentences written
 * for this file, none from the corpus or the held-out sets.
 */
const THRESHOLD = 0.6;
const onKind = (lang: Language, text: string) => matchIntent(text, { lang, expect: 'kind' });
const onCategory = (lang: Language, kind: Kind, text: string) => matchIntent(text, { lang, expect: 'category', kind });

describe('English words inside Chinese are read through the English lexicon', () => {
  it.each([
    ['zh-HK', 'complaint', '後樓梯成日好 dirty', 'cmp.sanitation'],
    ['zh-HK', 'service', '想問下啲 legal 嘢', 'svc.legal'],
    ['zh-HK', 'service', '我想 apply public housing 呀', 'svc.housing'],
    ['zh-HK', 'suggestion', '公園可唔可以多啲 tree', 'sug.environment'],
    ['zh-CN', 'service', '我想问一下 pension 的事', 'svc.social-security'],
  ] as const)('%s (%s) "%s" is %s', (lang, kind, text, category) => {
    const said = onCategory(lang, kind, text);
    expect(said.category).toBe(category);
    expect(said.confidence).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it.each([
    ['zh-HK', '廚房啲 pipe 成日漏水', 'cmp.facilities'],
    ['zh-HK', '後樓梯有好多 rats', 'cmp.sanitation'],
  ] as const)('%s "%s": an English thing or trouble pairs with a Cantonese one (%s)', (lang, text, category) => {
    expect(onCategory(lang, 'complaint', text).category).toBe(category);
  });

  it.each(['我想 join 你哋個班', '我想 follow up 下上次張 form', '想搵 social worker 傾下'])(
    'zh-HK "%s": Hong Kong English for asking is a service',
    (text) => {
      expect(onKind('zh-HK', text).kind).toBe('service');
    },
  );

  it('after a classifier an English kind word is a thing talked about (你哋個 service 好差), never a sure service', () => {
    const said = onKind('zh-HK', '你哋個 service 好差');
    expect(said.kind === 'service' && said.confidence >= THRESHOLD).toBe(false);
    expect(onKind('zh-HK', '我想 request 個家居服務').kind).toBe('service');
  });

  it.each([
    ['fine 呀', 'yes'],
    ['go ahead 啦', 'yes'],
    ['not sure 呀', null],
  ] as const)('zh-HK yes/no "%s": the English answer or hedge counts (%s)', (text, answer) => {
    expect(matchIntent(text, { lang: 'zh-HK', expect: 'yesno' }).answer).toBe(answer);
  });

  it('elsewhere only kinds and categories: an English "no" among Cantonese is still the Cantonese grammar\'s', () => {
    expect(matchIntent('OK 冇問題', { lang: 'zh-HK', expect: 'yesno' }).answer).toBe('yes');
  });
});

describe('the point of a long utterance', () => {
  it.each([
    ['zh-HK', '我對眼唔好，去咗睇醫生好多次，算啦唔講呢啲，我想問下綜援點申請', 'svc.social-security'],
    ['zh-CN', '我这牙啊看了好几回医生了，算了不说这个，我想问问低保怎么申请', 'svc.social-security'],
  ] as const)(
    '%s "%s": after a turn to the point, the health aside before it names nothing',
    (lang, text, category) => {
      const said = onKind(lang, text);
      expect(said.kind).toBe('service');
      expect(said.category).toBe(category);
    },
  );

  it('a hint of a kind before the point is an aside too ("I need to rest more" is no suggestion)', () => {
    const said = onKind(
      'en',
      "my doctor says I need to walk more, anyway what I came for is the bins haven't been emptied",
    );
    expect(said.kind).toBe('complaint');
    expect(said.category).toBe('cmp.sanitation');
  });

  it.each([
    ['zh-CN', '我女儿在深圳上班，很少回来，我想申请个老年助餐卡'],
    ['en', "my daughter works in London, she's ever so busy, I'd like to apply for a personal alarm"],
  ] as const)('%s "%s": the kin\'s work is why they came, not the category', (lang, text) => {
    const said = onKind(lang, text);
    expect(said.kind).toBe('service');
    expect(said.category).not.toBe('svc.employment');
  });

  it('a trouble told of the kin before the request is kept (the request is for them)', () => {
    const said = onKind('en', 'my wife cannot manage the stairs now, I would like someone to come and see her');
    expect(said.kind).not.toBeNull();
  });
});

describe('off-topic talk is nothing', () => {
  it.each([
    ['zh-CN', '老伴，你先坐着，我马上就好'],
    ['zh-CN', '你叫什么名字啊'],
    ['zh-CN', '你是机器人吧'],
    ['zh-HK', '老公，你等我陣，好快搞掂'],
    ['zh-HK', '你叫乜名呀'],
    ['en', "hang on Bill, I'll be with you in a minute"],
    ['en', 'are you a robot then'],
    ['en', "sorry, my phone's ringing, one second"],
  ] as const)('%s "%s": no kind, no command', (lang, text) => {
    const said = onKind(lang, text);
    expect(said.kind).toBeNull();
    expect(said.category).toBeNull();
    expect(said.command).toBeNull();
  });

  it.each([
    ['zh-CN', '我孙子可喜欢踢足球了'],
    ['zh-HK', '我個孫女好鍾意畫畫'],
    ['en', 'my granddaughter loves swimming'],
  ] as const)('%s "%s": family news names nothing', (lang, text) => {
    const said = onKind(lang, text);
    expect(said.kind).toBeNull();
    expect(said.category).toBeNull();
  });

  it("talk of the day before the resident's own request is an aside: the request is heard", () => {
    // Asked back (a health check named only in passing), but heard: not nothing.
    const said = onKind('zh-CN', '我在等我老伴，她让我来问问，老人能不能免费体检');
    expect(said.kind).toBe('service');
    expect(said.category).toBe('svc.health');
    // Without a request of their own after it, the talk is still all there is.
    expect(onKind('zh-CN', '我在等我老伴，她去办养老金了').kind).toBeNull();
  });

  it('a need of the kin is still asked about, not dropped', () => {
    expect(onKind('en', 'my son needs a carer').kind).not.toBeNull();
  });

  it('a phone call on the category step chooses nothing', () => {
    expect(onCategory('zh-HK', 'complaint', '等陣，我個仔打電話嚟').category).toBeNull();
  });
});

describe('sorry', () => {
  it.each([
    ['zh-HK', 'sorry 呀，阻住你'],
    ['en', 'sorry to bother you, I want to complain'],
  ] as const)('%s "%s": an apology, not a request to repeat', (lang, text) => {
    expect(onKind(lang, text).command).toBeNull();
  });

  it.each(['zh-HK', 'en'] as const)('%s: "sorry?" alone still asks to repeat', (lang) => {
    expect(onKind(lang, 'sorry?').command).toBe('repeat');
  });
});
