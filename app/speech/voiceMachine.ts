import { and, assertEvent, assign, fromPromise, type SnapshotFrom, setup } from 'xstate';
import type { Language } from '../i18n/languages';
import { dynamicKey } from '../i18n/localeKey';
import type { Listening } from './listening';
import type { SpeechErrorCode } from './types';
import {
  accepted,
  type Decision,
  decide,
  type Pending,
  readBackPrompt,
  type Segment,
  type TurnPurpose,
  type TurnResult,
} from './voiceDecision';
import type { VoiceOutcome } from './voiceTurn';

export type { Pending, Segment, TurnPurpose, TurnResult } from './voiceDecision';

/** After something heard was sent on and the screen stayed as it was, how long before listening again. */
export const LISTEN_AGAIN_AFTER_DELIVERY_MS = 1500;
/** After a touch in audio-first mode, how long before listening resumes on the same screen. */
export const LISTEN_AGAIN_AFTER_TOUCH_MS = 1500;

/** After this many no-inputs, or this many no-matches, on one screen the kiosk stops asking and offers touch, keypad and staff. */
export const MAX_MISSES = 3;

export interface VoiceInput {
  confidenceThreshold: number;
  canListen: boolean;
  /** The language digits are read back in until the first screen names one. */
  language?: Language;
}

export interface VoiceContext {
  /** The current screen (`contact.phone`), its prompt and what it listens for. */
  key: string;
  prompt: Segment[];
  /** What is being said now, or was said last. */
  say: Segment[];
  /** A new rate or volume, said over what was being said, which then starts again at the new sound. */
  announcement: Segment[];
  listening: Listening;
  /** VoiceXML's counters, one per event: silences and misunderstandings on this screen, each counted on its own. */
  noInputs: number;
  noMatches: number;
  pending: Pending | null;
  confidenceThreshold: number;
  /** Voice input is off for the session after a fatal error (no microphone, no network). */
  inputOff: SpeechErrorCode | null;
  canListen: boolean;
  /** What was understood last, said back at the start of the next screen's prompt ("好的，投诉。"). */
  echo: string | null;
  /** Audio-first mode has just been turned on: its introduction comes before the next screen's prompt. */
  introduce: boolean;
  /** A list held back after a spoken question (categories, quick phrases): said when asked for, or after a silence. */
  choices: Segment[];
  /** The resident's language, in which digits are read back. */
  language: Language;
}

/** A screen as the renderer shows it: its prompt (with what follows it), the options it shows, what it listens for. */
export interface ShownScreen {
  key: string;
  prompt: Segment[];
  /** Every option on the screen as it reads, said after the prompt in audio-first mode. */
  options: string[];
  listening: Listening;
  /** What follows the prompt as a list to choose from (categories, quick phrases). */
  choices?: Segment[];
  /**
   * The prompt for a resident talking to the kiosk: said instead of `prompt` when the kiosk will listen,
   * with no touch words, and with the choices held back until asked for or until a silence.
   */
  voicePrompt?: Segment[];
}

export type VoiceEvent =
  /** A new screen (or language): say its prompt, then listen. */
  | ({ type: 'screen.show'; audioFirst: boolean; language?: Language } & ShownScreen)
  /** Touch or key from the resident: stop speaking and listening at once (barge-in); in audio-first mode, listen again shortly. */
  | { type: 'user.interrupt'; listenAgain?: boolean }
  | { type: 'user.repeat' }
  /** Say something now (help text, a field's error), then listen again if the screen listens. */
  | { type: 'voice.say'; segments: Segment[] }
  /**
   * A new rate or volume, announced in itself: said at once, and what was being said (if anything) starts
   * again after it, so the resident hears the key take effect.
   */
  | { type: 'voice.announce'; segments: Segment[] }
  /** Audio-first mode was turned on: introduce it before the next screen's prompt. */
  | { type: 'voice.introduce' }
  /** Nobody at the welcome screen: say, quietly, how to start, then listen for a while. Only when resting. */
  | { type: 'voice.hint' }
  /** The read-back or confirmation answered by touch. */
  | { type: 'user.accept' }
  | { type: 'user.reject' };

const listens = (l: Listening) => l.type !== 'none';

/** Whether the kiosk has given up asking on this screen (the third no-input or the third no-match). */
export const gaveUp = (context: Pick<VoiceContext, 'noInputs' | 'noMatches'>) =>
  context.noInputs >= MAX_MISSES || context.noMatches >= MAX_MISSES;

const decisionOf = (context: VoiceContext, event: unknown) => decide(context, (event as { output: TurnResult }).output);
const decisionIs =
  (type: Decision['type']) =>
  ({ context, event }: { context: VoiceContext; event: unknown }) =>
    decisionOf(context, event).type === type;

/**
 * What the next screen's prompt is: the introduction and the echo first. To a
 * resident talking to the kiosk, the short spoken question, its choices held
 * back; otherwise the screen's prompt, its choices, the options in audio-first
 * mode, and the hint of what to say.
 */
function screenPrompt(
  context: VoiceContext,
  screen: ShownScreen & { audioFirst: boolean },
): { prompt: Segment[]; choices: Segment[] } {
  const prompt: Segment[] = [];
  if (context.introduce) prompt.push({ key: 'audio.intro' });
  if (context.echo) prompt.push({ key: 'voice.understood', values: { value: context.echo } });
  const willListen = context.canListen && context.inputOff === null && listens(screen.listening);
  const choices = screen.choices ?? [];
  // Audio-first mode reads every option as the keys reach it: it keeps the full prompt.
  if (willListen && screen.voicePrompt && !screen.audioFirst) {
    prompt.push(...screen.voicePrompt);
    return { prompt, choices };
  }
  prompt.push(...screen.prompt, ...choices);
  if (screen.audioFirst) prompt.push(...screen.options.filter((o) => !prompt.includes(o)));
  if (willListen) prompt.push({ key: dynamicKey(`voice.hint.${screen.key}`) });
  return { prompt, choices: [] };
}

/** A miss counted on its own counter; the third of either offers touch, keypad and staff instead of asking again. */
function afterMiss(context: VoiceContext, reason: 'noInput' | 'noMatch'): Partial<VoiceContext> {
  const noInputs = context.noInputs + (reason === 'noInput' ? 1 : 0);
  const noMatches = context.noMatches + (reason === 'noMatch' ? 1 : 0);
  if (gaveUp({ noInputs, noMatches })) {
    return { noInputs, noMatches, pending: null, say: [{ key: 'voice.offer' }], listening: { type: 'none' } };
  }
  const key = reason === 'noInput' ? 'voice.noInput' : 'voice.noMatch';
  // After a silence the choices held back are read: the resident may not know what to say.
  const held = reason === 'noInput' ? context.choices : [];
  return {
    noInputs,
    noMatches,
    say: context.pending
      ? [{ key }, ...readBackPrompt(context.pending, context.language)]
      : [{ key }, ...context.prompt, ...held],
  };
}

/**
 * The spoken side of a screen: speaks its prompt, listens, and turns what was
 * heard into dialog events — confirming what it is unsure of, reading back
 * dictation and digits, counting silences and misunderstandings, and giving
 * up gracefully after the third of either. Speaking, listening and delivering
 * are provided by the renderer, so the machine runs without a browser in tests.
 */
export const voiceMachine = setup({
  types: {
    context: {} as VoiceContext,
    events: {} as VoiceEvent,
    input: {} as VoiceInput,
  },
  actors: {
    /** Says the segments in the resident's language, rate and volume; `softly` at half the volume. */
    speak: fromPromise<void, { segments: Segment[]; softly?: boolean }>(async () => {}),
    listen: fromPromise<TurnResult, { purpose: TurnPurpose; listening: Listening; pending: Pending | null }>(
      async () => ({ type: 'no-input' }),
    ),
  },
  delays: {
    listenAgainAfterDelivery: LISTEN_AGAIN_AFTER_DELIVERY_MS,
    listenAgainAfterTouch: LISTEN_AGAIN_AFTER_TOUCH_MS,
  },
  actions: {
    /** Sends the outcome on: dialog events, a command, a button press. Provided by the renderer. */
    deliver: (_, _p: { outcome: VoiceOutcome }) => {},
    /** Stops speech and listening at once. Provided by the renderer. */
    stopAudio: () => {},
    rememberEcho: assign((_, p: { outcome: VoiceOutcome }) =>
      p.outcome.type === 'events' ? { echo: p.outcome.echo } : {},
    ),
    newScreen: assign(({ context, event }) => {
      if (event.type !== 'screen.show') return {};
      const { prompt, choices } = screenPrompt(context, event);
      return {
        key: event.key,
        prompt,
        choices,
        language: event.language ?? context.language,
        say: prompt,
        listening: event.listening,
        noInputs: 0,
        noMatches: 0,
        pending: null,
        echo: null,
        introduce: false,
      };
    }),
    /** REPEAT (or "what are the options"): the prompt again, now with the choices held back. */
    sayPrompt: assign(({ context }) => ({
      say: context.pending
        ? [...context.prompt, ...readBackPrompt(context.pending, context.language)]
        : [...context.prompt, ...context.choices],
    })),
    sayEvent: assign(({ event }) =>
      event.type === 'voice.say' || event.type === 'voice.announce' ? { say: event.segments } : {},
    ),
    noteAnnouncement: assign(({ event }) => {
      assertEvent(event, 'voice.announce');
      return { announcement: event.segments };
    }),
    sayAgain: assign({ say: () => [{ key: 'voice.again' }] }),
    clearPending: assign({ pending: null }),
    introduce: assign({ introduce: true }),
  },
  guards: {
    listens: ({ context }) => context.canListen && context.inputOff === null && listens(context.listening),
    pending: ({ context }) => context.pending !== null,
    quietScreen: ({ context }) => context.listening.type === 'intent' && context.listening.quiet === true,
    listenAgain: ({ event }) => event.type === 'user.interrupt' && event.listenAgain === true,
  },
}).createMachine({
  id: 'voice',
  context: ({ input }) => ({
    key: '',
    prompt: [],
    say: [],
    announcement: [],
    listening: { type: 'none' },
    noInputs: 0,
    noMatches: 0,
    pending: null,
    confidenceThreshold: input.confidenceThreshold,
    inputOff: null,
    canListen: input.canListen,
    echo: null,
    introduce: false,
    choices: [],
    language: input.language ?? 'zh-CN',
  }),
  initial: 'resting',
  on: {
    'screen.show': { target: '.speaking', actions: ['stopAudio', 'newScreen'], reenter: true },
    'user.interrupt': [
      { guard: 'listenAgain', target: '.resting.resuming', actions: ['stopAudio', 'clearPending'] },
      { target: '.resting', actions: ['stopAudio', 'clearPending'] },
    ],
    'user.repeat': { target: '.speaking', actions: ['stopAudio', 'sayPrompt'], reenter: true },
    'voice.say': { target: '.speaking', actions: ['stopAudio', 'sayEvent'], reenter: true },
    'voice.announce': { target: '.speaking', actions: ['stopAudio', 'sayEvent'], reenter: true },
    'voice.introduce': { actions: 'introduce' },
  },
  states: {
    /** Quiet and not listening: until the next screen, REPEAT, HELP, or a touch on the read-back. */
    resting: {
      initial: 'still',
      states: {
        still: {},
        /** Audio-first mode: a touch or key that left the screen as it was is followed by listening again, without the prompt. */
        resuming: { after: { listenAgainAfterTouch: '#voice.afterSpeech' } },
      },
      on: {
        'voice.hint': 'hinting',
        'user.accept': {
          guard: 'pending',
          target: 'resting',
          actions: [
            { type: 'rememberEcho', params: ({ context }) => ({ outcome: accepted(context.pending!) }) },
            { type: 'deliver', params: ({ context }) => ({ outcome: accepted(context.pending!) }) },
            'clearPending',
          ],
        },
        'user.reject': { guard: 'pending', target: 'speaking', actions: ['clearPending', 'sayAgain'] },
      },
    },
    /** The welcome screen's hint, said quietly; then the kiosk listens, as after any prompt. */
    hinting: {
      tags: 'busy',
      invoke: {
        src: 'speak',
        input: () => ({ segments: [{ key: 'welcome.attract' }], softly: true }),
        onDone: 'afterSpeech',
        onError: 'afterSpeech',
      },
    },
    speaking: {
      tags: 'busy',
      initial: 'saying',
      states: {
        saying: {
          invoke: {
            src: 'speak',
            input: ({ context }) => ({ segments: context.say }),
            onDone: '#voice.afterSpeech',
            onError: '#voice.afterSpeech',
          },
        },
        /**
         * A rate or volume key pressed while the kiosk speaks: an utterance under way keeps the sound it
         * began with, so the key would seem to do nothing. The new setting is said at once, and then what
         * was being said starts again, at the new rate and volume.
         */
        announcing: {
          invoke: {
            src: 'speak',
            input: ({ context }) => ({ segments: context.announcement }),
            onDone: 'saying',
            onError: 'saying',
          },
        },
      },
      on: {
        'voice.announce': { target: '.announcing', reenter: true, actions: ['stopAudio', 'noteAnnouncement'] },
        'user.accept': {
          guard: 'pending',
          target: 'resting',
          actions: [
            'stopAudio',
            { type: 'rememberEcho', params: ({ context }) => ({ outcome: accepted(context.pending!) }) },
            { type: 'deliver', params: ({ context }) => ({ outcome: accepted(context.pending!) }) },
            'clearPending',
          ],
        },
        'user.reject': {
          guard: 'pending',
          target: 'speaking',
          reenter: true,
          actions: ['stopAudio', 'clearPending', 'sayAgain'],
        },
      },
    },
    afterSpeech: {
      always: [{ guard: 'listens', target: 'listening' }, { target: 'resting' }],
    },
    listening: {
      tags: 'busy',
      invoke: {
        src: 'listen',
        input: ({ context }) => ({
          purpose: context.pending === null ? 'screen' : context.pending.type === 'confirm' ? 'confirm' : 'readBack',
          listening: context.listening,
          pending: context.pending,
        }),
        onDone: [
          {
            // Said once, and shown for the rest of the session; nothing more is listened for.
            guard: decisionIs('inputOff'),
            target: 'speaking',
            actions: assign(({ context, event }) => {
              const d = decisionOf(context, event);
              if (d.type !== 'inputOff') return {};
              return {
                inputOff: d.code,
                say: [{ key: 'voice.inputOff', values: { reason: { key: `speech.error.${d.code}` } } }],
              };
            }),
          },
          { guard: decisionIs('ignore'), target: 'resting' },
          { guard: and([decisionIs('miss'), 'quietScreen']), target: 'resting' },
          {
            guard: decisionIs('miss'),
            target: 'speaking',
            actions: assign(({ context, event }) => {
              const d = decisionOf(context, event);
              return afterMiss(context, d.type === 'miss' ? d.reason : 'noMatch');
            }),
          },
          {
            guard: decisionIs('deliver'),
            target: 'delivered',
            actions: [
              { type: 'rememberEcho', params: ({ context, event }) => ({ outcome: deliveredOutcome(context, event) }) },
              { type: 'deliver', params: ({ context, event }) => ({ outcome: deliveredOutcome(context, event) }) },
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
              return { pending: d.pending, say: readBackPrompt(d.pending, context.language) };
            }),
          },
          { guard: decisionIs('retry'), target: 'speaking', actions: ['clearPending', 'sayAgain'] },
        ],
        onError: 'resting',
      },
    },
    /**
     * What was heard has been sent on. A new screen follows almost always;
     * when nothing changes (a command the screen refused), listen again.
     */
    delivered: {
      after: { listenAgainAfterDelivery: 'afterSpeech' },
    },
  },
});

function deliveredOutcome(context: VoiceContext, event: unknown): VoiceOutcome {
  const d = decisionOf(context, event);
  return d.type === 'deliver' ? d.outcome : { type: 'noMatch' };
}

export type VoiceSnapshot = SnapshotFrom<typeof voiceMachine>;
