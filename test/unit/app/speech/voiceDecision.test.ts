import { describe, expect, it } from 'vitest';
import { decide, type TurnResult } from '../../../../app/speech/voiceDecision';
import type { VoiceOutcome } from '../../../../app/speech/voiceTurn';

const heard = (outcome: VoiceOutcome, confidence = 0.95): TurnResult => ({
  type: 'heard',
  text: 'x',
  interpretation: { outcome, confidence },
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

  it('a yes or no below the threshold to a read-back is no answer: the read-back is asked again, nothing is accepted', () => {
    const ctx = { pending: { type: 'digits', field: 'phone', digits: '139' } as const, confidenceThreshold: 0.6 };
    expect(decide(ctx, heard({ type: 'answer', answer: 'yes' }, 0.5))).toEqual({ type: 'miss', reason: 'noMatch' });
    expect(decide(ctx, heard({ type: 'answer', answer: 'no' }, 0.5))).toEqual({ type: 'miss', reason: 'noMatch' });
    expect(decide(ctx, heard({ type: 'answer', answer: 'yes' }, 0.95))).toMatchObject({ type: 'deliver' });
  });

  it("an unsure yes to the screen's own question (submit) is asked again, never acted on", () => {
    const ctx = { pending: null, confidenceThreshold: 0.6 };
    const submit: VoiceOutcome = { type: 'events', events: [{ type: 'user.submit', mode: 'voice' }], echo: null };
    expect(decide(ctx, heard(submit, 0.5))).toEqual({ type: 'miss', reason: 'noMatch' });
    expect(decide(ctx, heard(submit, 0.95))).toEqual({ type: 'deliver', outcome: submit });
  });
});
