import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import type { SpeechErrorCode } from '../../../../app/speech/types';
import { decide, MAX_MISSES, type Segment, type TurnResult, voiceMachine } from '../../../../app/speech/voiceMachine';
import type { VoiceOutcome } from '../../../../app/speech/voiceTurn';

const heard = (outcome: VoiceOutcome, confidence = 0.95): TurnResult => ({
  type: 'heard',
  text: 'x',
  interpretation: { outcome, confidence },
});
const kind: VoiceOutcome = { type: 'events', events: [{ type: 'user.chooseKind', kind: 'complaint' }], echo: '投诉' };

/** A voice machine whose turns are answered from a script; what it says and delivers is recorded. */
function startVoice(script: TurnResult[], canListen = true) {
  const said: Segment[][] = [];
  const delivered: VoiceOutcome[] = [];
  const inputOff: SpeechErrorCode[] = [];
  let listens = 0;
  const actor = createActor(
    voiceMachine.provide({
      actors: {
        speak: fromPromise(async ({ input }) => {
          said.push(input.segments);
        }),
        listen: fromPromise(async () => {
          listens++;
          return script.shift() ?? { type: 'error', code: 'aborted' };
        }),
      },
      actions: {
        deliver: (_, { outcome }) => delivered.push(outcome),
        reportInputOff: (_, { code }) => inputOff.push(code),
      },
    }),
    { input: { confidenceThreshold: 0.6, canListen } },
  );
  actor.start();
  return { actor, said, delivered, inputOff, listens: () => listens };
}

const keys = (said: Segment[][]) => said.flat().map((s) => (typeof s === 'string' ? s : s.key));

describe('the voice of a screen', () => {
  it('says the prompt, listens, and delivers a confident answer', async () => {
    const v = startVoice([heard(kind)]);
    v.actor.send({ type: 'screen.show', prompt: ['您想做什么？'], listening: { type: 'intent', expect: 'kind' } });
    await waitFor(v.actor, (s) => s.matches('delivered'));
    expect(v.said[0]).toEqual(['您想做什么？']);
    expect(v.delivered).toEqual([kind]);
  });

  it('confirms a low-confidence answer before delivering it; "no" asks again', async () => {
    const v = startVoice([
      heard(kind, 0.3),
      heard({ type: 'answer', answer: 'no' }),
      heard(kind, 0.3),
      heard({ type: 'answer', answer: 'yes' }),
    ]);
    v.actor.send({ type: 'screen.show', prompt: ['您想做什么？'], listening: { type: 'intent', expect: 'kind' } });
    await waitFor(v.actor, (s) => s.matches('delivered'));
    expect(keys(v.said)).toEqual(['您想做什么？', 'voice.confirm', 'voice.again', 'voice.confirm']);
    expect(v.delivered).toEqual([kind]);
  });

  it('after the third miss it offers touch, keys and staff once, and stops listening', async () => {
    const v = startVoice([{ type: 'no-input' }, heard({ type: 'noMatch' }), { type: 'no-input' }, heard(kind)]);
    v.actor.send({ type: 'screen.show', prompt: ['P'], listening: { type: 'intent', expect: 'kind' } });
    await waitFor(v.actor, (s) => s.matches('resting'));
    expect(keys(v.said)).toEqual(['P', 'voice.noInput', 'P', 'voice.noMatch', 'P', 'voice.offer']);
    expect(v.listens()).toBe(MAX_MISSES);
    expect(v.delivered).toEqual([]);
  });

  it('reads dictation back, adds what is said next, and delivers it on yes', async () => {
    const v = startVoice([
      heard({ type: 'dictated', field: 'describe', text: '灯坏了' }),
      heard({ type: 'dictated', field: 'describe', text: '三楼' }),
      heard({ type: 'answer', answer: 'yes' }),
    ]);
    v.actor.send({ type: 'screen.show', prompt: ['P'], listening: { type: 'dictation', field: 'describe' } });
    await waitFor(v.actor, (s) => s.matches('delivered'));
    expect(v.delivered).toEqual([{ type: 'acceptDictation', field: 'describe', text: '灯坏了三楼' }]);
    expect(v.said.slice(1)).toEqual([
      [{ key: 'voice.readBack', values: { text: '灯坏了' } }],
      [{ key: 'voice.readBack', values: { text: '灯坏了三楼' } }],
    ]);
  });

  it('reads digits back one by one', async () => {
    const v = startVoice([heard({ type: 'digits', field: 'phone', digits: '138' })]);
    v.actor.send({ type: 'screen.show', prompt: ['P'], listening: { type: 'digits', field: 'phone' } });
    await waitFor(v.actor, (s) => s.context.pending !== null && s.matches('listening'));
    expect(v.said[1]).toEqual([{ key: 'voice.readBackDigits', values: { digits: '1 3 8' } }]);
    v.actor.send({ type: 'user.accept' });
    expect(v.delivered).toEqual([{ type: 'acceptDigits', field: 'phone', digits: '138' }]);
  });

  it('turns voice input off for the session when the microphone is refused, and says nothing more by itself', async () => {
    const v = startVoice([{ type: 'error', code: 'not-allowed' }]);
    v.actor.send({ type: 'screen.show', prompt: ['P'], listening: { type: 'intent', expect: 'kind' } });
    await waitFor(v.actor, (s) => s.context.inputOff !== null);
    expect(v.inputOff).toEqual(['not-allowed']);
    v.actor.send({ type: 'screen.show', prompt: ['Q'], listening: { type: 'intent', expect: 'kind' } });
    await waitFor(v.actor, (s) => s.matches('resting'));
    expect(v.listens()).toBe(1);
  });

  it('on a quiet screen (welcome) silence is not a miss and nothing is said', async () => {
    const v = startVoice([{ type: 'no-input' }]);
    v.actor.send({ type: 'screen.show', prompt: ['W'], listening: { type: 'intent', expect: 'free', quiet: true } });
    await waitFor(v.actor, (s) => s.matches('resting') && v.listens() === 1);
    expect(keys(v.said)).toEqual(['W']);
  });

  it('a touch interrupts: no more speech or listening until the next screen', async () => {
    const v = startVoice([]);
    v.actor.send({ type: 'screen.show', prompt: ['P'], listening: { type: 'intent', expect: 'kind' } });
    v.actor.send({ type: 'user.interrupt' });
    expect(v.actor.getSnapshot().value).toBe('resting');
  });
});

describe('decide', () => {
  it('maps recogniser errors: fatal ones turn input off, aborted is ignored, no-speech is a miss', () => {
    const ctx = { pending: null, confidenceThreshold: 0.6 };
    expect(decide(ctx, { type: 'error', code: 'network' })).toEqual({ type: 'inputOff', code: 'network' });
    expect(decide(ctx, { type: 'error', code: 'audio-capture' })).toEqual({ type: 'inputOff', code: 'audio-capture' });
    expect(decide(ctx, { type: 'error', code: 'aborted' })).toEqual({ type: 'ignore' });
    expect(decide(ctx, { type: 'error', code: 'no-speech' })).toEqual({ type: 'miss', reason: 'noInput' });
  });

  it('REPEAT during a read-back means "say it again"', () => {
    const ctx = { pending: { type: 'dictation', field: 'describe', text: 'a' } as const, confidenceThreshold: 0.6 };
    expect(decide(ctx, heard({ type: 'command', command: 'repeat' }))).toEqual({ type: 'retry' });
  });
});
