import { and, assign, fromPromise, type SnapshotFrom, setup } from 'xstate';
import type { LocaleKey } from '../i18n/localeKey';
import type { DictationField, DigitsField, Listening } from './listening';
import type { SpeechErrorCode } from './types';
import { FATAL_SPEECH_ERRORS } from './types';
import type { Interpretation, VoiceOutcome } from './voiceTurn';

/** Something to say: text as it is, or a locale key of the voice's own prompts with its values. */
export type Segment = string | { key: LocaleKey; values?: Record<string, string> };

/**
 * What a turn of listening is for: the screen's own question, a yes/no about
 * what was heard, or the reply to a read-back (yes, no, or more words).
 */
export type TurnPurpose = 'screen' | 'confirm' | 'readBack';

/** How a turn ended, already interpreted by the renderer for the screen it was on. */
export type TurnResult =
  | { type: 'heard'; text: string; interpretation: Interpretation }
  | { type: 'no-input' }
  | { type: 'error'; code: SpeechErrorCode };

/** What is waiting for the resident's yes: a low-confidence understanding, or words/digits to read back. */
export type Pending =
  | { type: 'confirm'; outcome: VoiceOutcome; echo: string }
  | { type: 'dictation'; field: DictationField; text: string }
  | { type: 'digits'; field: DigitsField; digits: string };

export interface VoiceContext {
  /** The current screen: its prompt and what it listens for. */
  prompt: Segment[];
  /** What is being said now, or was said last. */
  say: Segment[];
  listening: Listening;
  /** No-input and no-match on this screen, counted together (VoiceXML's counters). */
  misses: number;
  pending: Pending | null;
  confidenceThreshold: number;
  /** Voice input is off for the session after a fatal error (no microphone, no network). */
  inputOff: SpeechErrorCode | null;
  canListen: boolean;
}

export type VoiceEvent =
  /** A new screen (or language): say its prompt, then listen. */
  | { type: 'screen.show'; prompt: Segment[]; listening: Listening }
  /** Touch or key from the resident: stop speaking and listening at once (barge-in). */
  | { type: 'user.interrupt' }
  | { type: 'user.repeat' }
  /** Listen again without saying anything (after a touch that left the screen as it was). */
  | { type: 'voice.listen' }
  /** Say something now (help text, a rate change), then listen again if the screen listens. */
  | { type: 'voice.say'; segments: Segment[] }
  /** The read-back or confirmation answered by touch. */
  | { type: 'user.accept' }
  | { type: 'user.reject' };

/** After this many misses on one screen the kiosk stops asking and offers touch, keypad and staff. */
export const MAX_MISSES = 3;

const listens = (l: Listening) => l.type !== 'none';

function readBackPrompt(p: Pending): Segment[] {
  if (p.type === 'confirm') return [{ key: 'voice.confirm', values: { heard: p.echo } }];
  // Digit by digit, so each can be checked ("1 3 8 …").
  if (p.type === 'digits') return [{ key: 'voice.readBackDigits', values: { digits: [...p.digits].join(' ') } }];
  return [{ key: 'voice.readBack', values: { text: p.text } }];
}

/** What to do with how a turn ended. */
export type Decision =
  | { type: 'inputOff'; code: SpeechErrorCode }
  | { type: 'ignore' }
  | { type: 'miss'; reason: 'noInput' | 'noMatch' }
  | { type: 'deliver'; outcome: VoiceOutcome }
  | { type: 'repeat' }
  | { type: 'pend'; pending: Pending }
  | { type: 'retry' };

/** Joins what was said in two breaths: Chinese runs on, English takes a space. */
const join = (a: string, b: string) => (/[\u3400-\u9fff]$/.test(a) && /^[\u3400-\u9fff]/.test(b) ? a + b : `${a} ${b}`);

/** The pure heart of the machine: how a turn's result moves the conversation on. */
export function decide(context: Pick<VoiceContext, 'pending' | 'confidenceThreshold'>, result: TurnResult): Decision {
  if (result.type === 'error') {
    if (FATAL_SPEECH_ERRORS.has(result.code)) return { type: 'inputOff', code: result.code };
    if (result.code === 'aborted') return { type: 'ignore' };
    return { type: 'miss', reason: 'noInput' };
  }
  if (result.type === 'no-input') return { type: 'miss', reason: 'noInput' };
  const { outcome, confidence } = result.interpretation;
  const { pending } = context;
  if (outcome.type === 'command') {
    if (outcome.command === 'repeat')
      return pending && pending.type !== 'confirm' ? { type: 'retry' } : { type: 'repeat' };
    return { type: 'deliver', outcome };
  }
  if (pending !== null) {
    if (outcome.type === 'answer') {
      if (outcome.answer === 'no') return { type: 'retry' };
      if (pending.type === 'confirm') return { type: 'deliver', outcome: pending.outcome };
      return { type: 'deliver', outcome: accepted(pending) };
    }
    if (pending.type === 'dictation' && outcome.type === 'dictated') {
      return { type: 'pend', pending: { ...pending, text: join(pending.text, outcome.text) } };
    }
    if (pending.type === 'digits' && outcome.type === 'digits') {
      return { type: 'pend', pending: { ...pending, digits: pending.digits + outcome.digits } };
    }
    return { type: 'miss', reason: 'noMatch' };
  }
  switch (outcome.type) {
    case 'noMatch':
    case 'answer':
      return { type: 'miss', reason: 'noMatch' };
    case 'dictated':
      return { type: 'pend', pending: { type: 'dictation', field: outcome.field, text: outcome.text } };
    case 'digits':
      return { type: 'pend', pending: { type: 'digits', field: outcome.field, digits: outcome.digits } };
    default:
      if (confidence < context.confidenceThreshold && outcome.type === 'events' && outcome.echo !== null) {
        return { type: 'pend', pending: { type: 'confirm', outcome, echo: outcome.echo } };
      }
      return { type: 'deliver', outcome };
  }
}

/** What a read-back the resident said yes to delivers. */
export function accepted(pending: Pending): VoiceOutcome {
  if (pending.type === 'confirm') return pending.outcome;
  if (pending.type === 'digits') return { type: 'acceptDigits', field: pending.field, digits: pending.digits };
  return { type: 'acceptDictation', field: pending.field, text: pending.text };
}

const decisionIs =
  (type: Decision['type']) =>
  ({ context, event }: { context: VoiceContext; event: unknown }) =>
    decide(context, (event as { output: TurnResult }).output).type === type;
const decisionOf = (context: VoiceContext, event: unknown) => decide(context, (event as { output: TurnResult }).output);

/**
 * The spoken side of a screen: speaks its prompt, listens, and turns what was
 * heard into dialog events — confirming what it is unsure of, reading back
 * dictation and digits, counting silences and misunderstandings, and giving
 * up gracefully after the third. Speaking, listening and delivering are
 * provided by the renderer, so the machine runs without a browser in tests.
 */
export const voiceMachine = setup({
  types: {
    context: {} as VoiceContext,
    events: {} as VoiceEvent,
    input: {} as { confidenceThreshold: number; canListen: boolean },
  },
  actors: {
    speak: fromPromise<void, { segments: Segment[] }>(async () => {}),
    listen: fromPromise<TurnResult, { purpose: TurnPurpose; listening: Listening; pending: Pending | null }>(
      async () => ({ type: 'no-input' }),
    ),
  },
  actions: {
    /** Sends the outcome on: dialog events, a command, a button press. Provided by the renderer. */
    deliver: (_, _p: { outcome: VoiceOutcome }) => {},
    /** Tells the renderer voice input is now off for the session, and why. Provided by the renderer. */
    reportInputOff: (_, _p: { code: SpeechErrorCode }) => {},
    /** Stops speech and listening at once. Provided by the renderer. */
    stopAudio: () => {},
    newScreen: assign(({ event }) =>
      event.type === 'screen.show'
        ? { prompt: event.prompt, say: event.prompt, listening: event.listening, misses: 0, pending: null }
        : {},
    ),
    sayPrompt: assign(({ context }) => ({
      say: context.pending ? [...context.prompt, ...readBackPrompt(context.pending)] : context.prompt,
    })),
    sayEvent: assign(({ event }) => (event.type === 'voice.say' ? { say: event.segments } : {})),
    clearPending: assign({ pending: null }),
  },
  guards: {
    listens: ({ context }) => context.canListen && context.inputOff === null && listens(context.listening),
    pending: ({ context }) => context.pending !== null,
    quietScreen: ({ context }) => context.listening.type === 'intent' && context.listening.quiet === true,
  },
}).createMachine({
  id: 'voice',
  context: ({ input }) => ({
    prompt: [],
    say: [],
    listening: { type: 'none' },
    misses: 0,
    pending: null,
    confidenceThreshold: input.confidenceThreshold,
    inputOff: null,
    canListen: input.canListen,
  }),
  initial: 'resting',
  on: {
    'screen.show': { target: '.speaking', actions: ['stopAudio', 'newScreen'], reenter: true },
    'user.interrupt': { target: '.resting', actions: ['stopAudio', 'clearPending'] },
    'user.repeat': { target: '.speaking', actions: ['stopAudio', 'sayPrompt'], reenter: true },
    'voice.say': { target: '.speaking', actions: ['stopAudio', 'sayEvent'], reenter: true },
  },
  states: {
    /** Quiet and not listening: until the next screen, REPEAT, HELP, or a touch on the read-back. */
    resting: {
      on: {
        'voice.listen': 'afterSpeech',
        'user.accept': {
          guard: 'pending',
          target: 'resting',
          actions: [
            { type: 'deliver', params: ({ context }) => ({ outcome: accepted(context.pending!) }) },
            'clearPending',
          ],
        },
        'user.reject': {
          guard: 'pending',
          target: 'speaking',
          actions: ['clearPending', assign({ say: () => [{ key: 'voice.again' }] })],
        },
      },
    },
    speaking: {
      invoke: {
        src: 'speak',
        input: ({ context }) => ({ segments: context.say }),
        onDone: 'afterSpeech',
        onError: 'afterSpeech',
      },
      on: {
        'user.accept': {
          guard: 'pending',
          target: 'resting',
          actions: [
            'stopAudio',
            { type: 'deliver', params: ({ context }) => ({ outcome: accepted(context.pending!) }) },
            'clearPending',
          ],
        },
        'user.reject': {
          guard: 'pending',
          target: 'speaking',
          reenter: true,
          actions: ['stopAudio', 'clearPending', assign({ say: () => [{ key: 'voice.again' }] })],
        },
      },
    },
    afterSpeech: {
      always: [{ guard: 'listens', target: 'listening' }, { target: 'resting' }],
    },
    listening: {
      invoke: {
        src: 'listen',
        input: ({ context }) => ({
          purpose: context.pending === null ? 'screen' : context.pending.type === 'confirm' ? 'confirm' : 'readBack',
          listening: context.listening,
          pending: context.pending,
        }),
        onDone: [
          {
            guard: decisionIs('inputOff'),
            target: 'resting',
            actions: [
              assign(({ context, event }) => {
                const d = decisionOf(context, event);
                return d.type === 'inputOff' ? { inputOff: d.code } : {};
              }),
              {
                type: 'reportInputOff',
                params: ({ context, event }) => {
                  const d = decisionOf(context, event);
                  return { code: d.type === 'inputOff' ? d.code : ('other' as const) };
                },
              },
            ],
          },
          { guard: decisionIs('ignore'), target: 'resting' },
          { guard: and([decisionIs('miss'), 'quietScreen']), target: 'resting' },
          {
            guard: decisionIs('miss'),
            target: 'speaking',
            actions: assign(({ context, event }) => {
              const d = decisionOf(context, event);
              const misses = context.misses + 1;
              if (misses >= MAX_MISSES)
                return {
                  misses,
                  pending: null,
                  say: [{ key: 'voice.offer' }],
                  listening: { type: 'none' } as Listening,
                };
              const key = d.type === 'miss' && d.reason === 'noInput' ? 'voice.noInput' : 'voice.noMatch';
              return {
                misses,
                say: context.pending ? [{ key }, ...readBackPrompt(context.pending)] : [{ key }, ...context.prompt],
              };
            }),
          },
          {
            guard: decisionIs('deliver'),
            target: 'delivered',
            actions: [
              {
                type: 'deliver',
                params: ({ context, event }) => {
                  const d = decisionOf(context, event);
                  return { outcome: d.type === 'deliver' ? d.outcome : ({ type: 'noMatch' } as const) };
                },
              },
              'clearPending',
            ],
          },
          { guard: decisionIs('repeat'), target: 'speaking', actions: 'sayPrompt' },
          {
            guard: decisionIs('pend'),
            target: 'speaking',
            actions: assign(({ context, event }) => {
              const d = decisionOf(context, event);
              if (d.type !== 'pend') return {};
              return { pending: d.pending, say: readBackPrompt(d.pending) };
            }),
          },
          {
            guard: decisionIs('retry'),
            target: 'speaking',
            actions: ['clearPending', assign({ say: () => [{ key: 'voice.again' }] })],
          },
        ],
        onError: 'resting',
      },
    },
    /**
     * What was heard has been sent on. A new screen follows almost always;
     * when nothing changes (a command the screen refused), listen again.
     */
    delivered: {
      after: { 1500: 'afterSpeech' },
    },
  },
});

export type VoiceSnapshot = SnapshotFrom<typeof voiceMachine>;
