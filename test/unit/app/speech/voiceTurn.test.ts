import { describe, expect, it } from 'vitest';
import { emptyContext } from '../../../../app/dialog/dialogMachine';
import type { DialogContext } from '../../../../app/dialog/types';
import { DEFAULT_CATALOGUE } from '../../../../app/domain/catalogue';
import type { Language } from '../../../../app/i18n/languages';
import {
  dictationEvents,
  digitsEvents,
  interpretReply,
  interpretTurn,
  phraseHints,
  type TurnInput,
} from '../../../../app/speech/voiceTurn';

function ctxFor(language: Language, over: Partial<DialogContext> = {}): DialogContext {
  return { ...emptyContext({ catalogue: DEFAULT_CATALOGUE, defaultLanguage: language }), language, ...over };
}

function turn(over: Partial<TurnInput> & Pick<TurnInput, 'step' | 'text'>): TurnInput {
  return {
    stage: null,
    ctx: ctxFor('zh-CN'),
    buttons: [],
    labelOf: ({ kind, category }) => kind ?? category ?? '',
    ...over,
  };
}

describe('what an utterance means on the screen that heard it', () => {
  it('one breath with kind, category and description fills all three and moves past describe', () => {
    const { outcome } = interpretTurn(turn({ step: 'welcome', text: '我要投诉楼上邻居半夜噪音' }));
    expect(outcome).toMatchObject({ type: 'events' });
    const events = outcome.type === 'events' ? outcome.events.map((e) => e.type) : [];
    expect(events).toEqual([
      'user.start',
      'user.chooseKind',
      'user.chooseCategory',
      'user.setDescription',
      'user.next',
    ]);
    expect(outcome.type === 'events' && outcome.events.every((e) => e.mode === 'voice')).toBe(true);
  });

  it('after one breath, says back all that was taken: kind, category and the words', () => {
    const labels = { complaint: '投诉', 'cmp.noise': '噪音' } as Record<string, string>;
    const labelOf = ({ kind, category }: { kind?: string; category?: string }) => labels[kind ?? category ?? ''] ?? '';
    const said = interpretTurn(turn({ step: 'chooseKind', text: '我要投诉楼上晚上太吵', labelOf })).outcome;
    expect(said).toMatchObject({ type: 'events', echo: '投诉噪音：楼上晚上太吵' });
    const kindAlone = interpretTurn(turn({ step: 'chooseKind', text: '我要投诉', labelOf })).outcome;
    expect(kindAlone).toMatchObject({ type: 'events', echo: '投诉' });
    const english = interpretTurn(
      turn({
        step: 'chooseKind',
        text: 'I want to complain about the noise upstairs at night',
        ctx: ctxFor('en'),
        labelOf: ({ kind, category }) => (kind ? 'complaint' : category === 'cmp.noise' ? 'noise' : ''),
      }),
    ).outcome;
    expect(english).toMatchObject({ type: 'events', echo: 'complaint, noise: noise upstairs at night' });
  });

  it('a category by its number is the nth offered for the chosen kind', () => {
    const { outcome } = interpretTurn(
      turn({ step: 'chooseCategory', text: '第三个', ctx: ctxFor('zh-CN', { kind: 'suggestion' }) }),
    );
    expect(outcome).toMatchObject({
      type: 'events',
      events: [{ type: 'user.chooseCategory', category: 'sug.activities' }],
    });
  });

  it('a universal command wins at every step, even while dictating', () => {
    for (const step of ['chooseKind', 'describe', 'review'] as const) {
      expect(interpretTurn(turn({ step, text: '呼叫工作人员' })).outcome).toEqual({
        type: 'command',
        command: 'call_staff',
      });
    }
  });

  it('saying the label of a button on the screen presses it', () => {
    expect(interpretTurn(turn({ step: 'location', text: '跳过。', buttons: ['跳过', '下一步'] })).outcome).toEqual({
      type: 'press',
      label: '跳过',
    });
  });

  it('free text is dictation on describe, location and name; digits on the phone', () => {
    expect(interpretTurn(turn({ step: 'describe', text: '楼道灯坏了' })).outcome).toEqual({
      type: 'dictated',
      field: 'describe',
      text: '楼道灯坏了',
    });
    expect(interpretTurn(turn({ step: 'contact', stage: 'phone', text: '幺三八 两两三四 五六七八' })).outcome).toEqual({
      type: 'digits',
      field: 'phone',
      digits: '13822345678',
    });
    expect(
      interpretTurn(turn({ step: 'contact', stage: 'phone', text: 'one three eight double two', ctx: ctxFor('en') }))
        .outcome,
    ).toMatchObject({ type: 'digits', digits: '13822' });
  });

  it('yes and no answer the screen that asks: no on "leave contact details?" is anonymous', () => {
    expect(interpretTurn(turn({ step: 'contact', stage: 'anonymity', text: '不要' })).outcome).toMatchObject({
      events: [{ type: 'user.chooseAnonymous', anonymous: true }],
    });
    expect(interpretTurn(turn({ step: 'review', text: '对' })).outcome).toMatchObject({
      events: [{ type: 'user.submit' }],
    });
    expect(interpretTurn(turn({ step: 'chooseKind', text: '今天天气不错' })).outcome).toEqual({ type: 'noMatch' });
  });

  it('yes on the "me too" offer adds the resident\'s support, no submits their own; Cantonese too', () => {
    const offer = (text: string, language: Language = 'zh-CN') =>
      interpretTurn(turn({ step: 'meToo', stage: 'offer', text, ctx: ctxFor(language) })).outcome;
    expect(offer('要')).toMatchObject({ events: [{ type: 'user.support', mode: 'voice' }] });
    expect(offer('不要')).toMatchObject({ events: [{ type: 'user.submitOwn', mode: 'voice' }] });
    expect(offer('唔要', 'zh-HK')).toMatchObject({ events: [{ type: 'user.submitOwn' }] });
    expect(offer('yes', 'en')).toMatchObject({ events: [{ type: 'user.support' }] });
    // While the kiosk asks or adds the support, nothing said is taken for an answer.
    expect(interpretTurn(turn({ step: 'meToo', stage: 'checking', text: '要' })).outcome).toEqual({ type: 'noMatch' });
  });

  it('a reply to a read-back is yes, no, a command, or more words', () => {
    const input = turn({ step: 'describe', text: '对的' });
    expect(interpretReply(input, 'readBack').outcome).toEqual({ type: 'answer', answer: 'yes' });
    expect(interpretReply({ ...input, text: '不对' }, 'readBack').outcome).toEqual({ type: 'answer', answer: 'no' });
    expect(interpretReply({ ...input, text: '还有楼梯扶手也松了' }, 'readBack').outcome).toMatchObject({
      type: 'dictated',
    });
    expect(interpretReply({ ...input, text: '还有楼梯扶手也松了' }, 'confirm').outcome).toEqual({ type: 'noMatch' });
  });

  it('accepted dictation and digits become the field and a step forward', () => {
    const ctx = ctxFor('zh-CN', { freeText: '灯坏了' });
    expect(dictationEvents(ctx, 'describe', '三楼')).toEqual([
      { type: 'user.setDescription', text: '灯坏了 三楼', mode: 'voice' },
      { type: 'user.next', mode: 'voice' },
    ]);
    expect(digitsEvents('phoneLast4', '13822345678')[0]).toEqual({
      type: 'user.setPhoneLast4',
      digits: '5678',
      mode: 'voice',
    });
    // A reference said with a digit too many is kept whole, so the kiosk can say it is too long.
    expect(digitsEvents('lookupRef', '12345678')[0]).toEqual({
      type: 'user.setLookupRef',
      ref: '12345678',
      mode: 'voice',
    });
  });

  it('phrase hints come from the step grammar, plus the commands', () => {
    const kindHints = phraseHints({ type: 'intent', expect: 'kind' }, ctxFor('zh-CN'), false);
    expect(kindHints).toEqual(expect.arrayContaining(['投诉', '办事', '建议', '帮助']));
    const categoryHints = phraseHints(
      { type: 'intent', expect: 'category' },
      ctxFor('en', { kind: 'complaint' }),
      false,
    );
    expect(categoryHints.some((h) => /noise/i.test(h))).toBe(true);
    expect(categoryHints.some((h) => /employment|job/i.test(h))).toBe(false);
  });

  it('a yes/no turn hints the plainest yes and no of each language first: a dialect word added to a list goes after them', () => {
    const yesNo = (lang: Language) => phraseHints({ type: 'intent', expect: 'yesno' }, ctxFor(lang), false);
    expect(yesNo('zh-CN')).toEqual(expect.arrayContaining(['是', '不要', '再说一遍']));
    expect(yesNo('zh-HK')).toEqual(expect.arrayContaining(['係', '唔係']));
    expect(yesNo('en')).toEqual(expect.arrayContaining(['yes', 'no']));
  });
});
