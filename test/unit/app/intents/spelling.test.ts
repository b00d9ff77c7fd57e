import { describe, expect, it } from 'vitest';
import { matchIntent } from '../../../../app/intents';
import { grammarFor } from '../../../../app/intents/match';
import { tokenise } from '../../../../app/intents/normalise';
import { repairSpelling } from '../../../../app/intents/spelling';

const repaired = (text: string) =>
  repairSpelling(tokenise(text), grammarFor('en'))
    .filter((t) => t.near)
    .map((t) => t.text);

describe('letter slips a recogniser makes', () => {
  it('joins a word written as two ("re peat", "doc tor", "legal add vice")', () => {
    expect(repaired('can you re peat that')).toEqual(['repeat']);
    expect(repaired('I want to see the doc tor')).toEqual(['doctor']);
    expect(repaired('I need legal add vice')).toEqual(['advice']);
  });

  it('repairs nothing that is a number, an ordinal or a short real word', () => {
    expect(repaired('nine eight seven six, five four three two')).toEqual([]);
    expect(repaired('a lunch club for the over seventies')).toEqual([]);
    expect(repaired('could you say that again a bit slower')).toEqual([]);
  });

  it('hears a repaired command, but less surely than one said right', () => {
    const slip = matchIntent('can you re peat that', { lang: 'en', expect: 'free' });
    expect(slip.command).toBe('repeat');
    expect(slip.confidence).toBeLessThan(matchIntent('can you repeat that', { lang: 'en', expect: 'free' }).confidence);
  });
});

describe('the northern 儿 ending', () => {
  it('adds no word: 眼神儿不好 is 眼神不好, but 女儿 and 儿子 stay', () => {
    expect(tokenise('眼神儿不好').map((t) => t.text)).toEqual(['眼', '神', '不', '好']);
    expect(tokenise('我女儿').map((t) => t.text)).toEqual(['我', '女', '儿']);
    expect(tokenise('儿子').map((t) => t.text)).toEqual(['儿', '子']);
  });
});

describe('an English word among Chinese', () => {
  it('says as much as a two-character word (公園裝多啲CCTV is about safety, not the park)', () => {
    expect(
      matchIntent('公園裝多啲CCTV會safe啲', { lang: 'zh-HK', expect: 'category', kind: 'suggestion' }).category,
    ).toBe('sug.safety');
  });
});

describe('"not A, B" said without a pause', () => {
  it('keeps the second kind ("it\'s not a complaint it\'s a suggestion")', () => {
    expect(matchIntent("it's not a complaint it's a suggestion", { lang: 'en', expect: 'kind' }).kind).toBe(
      'suggestion',
    );
  });

  it('still denies a kind and the category said with it ("不是投诉物业")', () => {
    expect(matchIntent('不是投诉物业', { lang: 'zh-CN', expect: 'kind' }).kind).not.toBe('complaint');
  });
});
