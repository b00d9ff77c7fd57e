import {
  and,
  assertEvent,
  assign,
  enqueueActions,
  fromPromise,
  not,
  or,
  raise,
  type SnapshotFrom,
  sendTo,
  setup,
  stateIn,
} from 'xstate';
import type { KioskConfigView, SimilarCase, SubmitResult } from '../contract/kioskApi';
import type { Category } from '../domain/catalogue';
import type { Status } from '../domain/status';
import type { Draft } from '../domain/submission';
import type { Language } from '../i18n/languages';
import { voiceMachine } from '../speech/voiceMachine';
import { type Countdown, lengthenCountdown, startCountdown, TICK_MS, tickCountdown } from './countdown';
import {
  type DialogSnapshot,
  dialogMachine,
  type SimilarQuery,
  type SupportQuery,
  type VerdictQuery,
} from './dialogMachine';
import { lookupErrorCode, submitErrorCode } from './errorCodes';
import {
  type DialogPhase,
  dialogChange,
  draftIn,
  followDialog,
  type InternalEvent,
  type LookupQuery,
  lookupIn,
  similarIn,
  supportIn,
  verdictIn,
} from './kioskDialog';
import {
  type KioskSpeechConfig,
  overlaySegment,
  type SpokenOverlay,
  soundAnnouncement,
  speechConfig,
  spokenScreen,
  type VoiceKioskEvent,
} from './kioskSpeech';
import { applySetting, changesSound, DEFAULT_SETTINGS, effectiveTiming, type Settings } from './settings';
import type { KioskEvent, LookupResult, UserEvent } from './types';

/** What the renderer starts the kiosk with: the centre's config from `getKioskConfig`, and whether its speech provider hears. */
export interface KioskInput {
  config: KioskConfigView;
  canListen?: boolean;
}

/** Only the centre's config, the session's display settings and its language: nothing the resident entered. */
export interface KioskContext {
  catalogue: readonly Category[];
  defaultLanguage: Language;
  centreName: KioskConfigView['centreName'];
  timing: KioskConfigView['timing'];
  speech: KioskSpeechConfig;
  settings: Settings;
  /** The dialog's language, kept here so that what the kiosk says and whether it can are decided in its language. */
  language: Language;
  /** Which resident's visit this is, counted from the page's start (one more at every reset): the server's per-visit limits. */
  visit: number;
  /** What the idle warning or the receipt shows of its countdown; the last one stays until the next starts. */
  countdown: Countdown | null;
  /** Whether the centre offers "me too" before a complaint is submitted (config `meToo.days` > 0). */
  meToo: boolean;
}

export type { Countdown } from './countdown';
export type { VerdictQuery } from './dialogMachine';
export type { DialogPhase, LookupQuery } from './kioskDialog';
export { effectiveTiming, MIN_RECEIPT_MS, MIN_WARNING_MS } from './settings';

/** Every event the kiosk machine takes from outside. */
export type KioskMachineEvent = KioskEvent | VoiceKioskEvent;

/** `user.*` events the kiosk handles itself; every other `user.*` event goes to the dialog. */
/** Overlays under which the resident is waiting for staff to come (not staffCallFailed: nobody is coming). */
const STAFF_AWAITED = ['staffCalling', 'staffCalled', 'staffAlreadyCalled'] as const;

const KIOSK_ONLY = new Set<string>([
  'user.interrupt',
  'user.repeat',
  'user.accept',
  'user.reject',
  'user.help',
  'user.callStaff',
  'user.closeOverlay',
  'user.continue',
  'user.openSettings',
  'user.setTextSize',
  'user.setContrast',
  'user.changeRate',
  'user.changeVolume',
  'user.setExploreByTouch',
  'user.setMoreTime',
  'user.setAudioFirst',
  'user.setScreenOff',
  'user.resetSettings',
  'user.activity',
  'user.moreTime',
]);

const setupKiosk = setup({
  types: {
    context: {} as KioskContext,
    events: {} as KioskMachineEvent | InternalEvent,
    input: {} as KioskInput,
    children: {} as { dialog: 'dialog'; voice: 'voice' },
  },
  actors: {
    dialog: dialogMachine,
    /** The spoken side of each screen; the renderer provides it with its speaking and listening (`voiceMachine.provide`). */
    voice: voiceMachine,
    /** Stores the draft; the renderer provides it (KioskApi `submit`). Rejects with an error whose `code` is a SubmitErrorCode, or anything else. */
    submitDraft: fromPromise<SubmitResult, Draft>(async () => {
      throw new Error('submitDraft is provided by the renderer');
    }),
    /** Looks a submission up by reference; the renderer provides it (KioskApi `lookupStatus`). Rejects with an error whose `code` is a LookupErrorCode, or anything else. */
    lookupStatus: fromPromise<LookupResult, LookupQuery>(async () => {
      throw new Error('lookupStatus is provided by the renderer');
    }),
    /** Sends the resident's verdict; the renderer provides it (KioskApi `rateOutcome`). Rejects like `lookupStatus`. */
    rateOutcome: fromPromise<{ status: Status }, VerdictQuery>(async () => {
      throw new Error('rateOutcome is provided by the renderer');
    }),
    /** Asks staff to come; the renderer provides it (KioskApi `callStaff`). */
    /** Asks for open cases like the complaint; the renderer provides it (KioskApi `findSimilar`). */
    findSimilar: fromPromise<{ items: SimilarCase[] }, SimilarQuery>(async () => {
      throw new Error('findSimilar is provided by the renderer');
    }),
    /** Adds the resident's support to an offered case; the renderer provides it (KioskApi `supportCase`). */
    supportCase: fromPromise<{ ref: string; createdAt: string; residents: number }, SupportQuery>(async () => {
      throw new Error('supportCase is provided by the renderer');
    }),
    callStaff: fromPromise<unknown, { language: Language }>(async () => {
      throw new Error('callStaff is provided by the renderer');
    }),
  },
  delays: {
    idle: ({ context }) => effectiveTiming(context.timing, context.settings).idleMs,
    warning: ({ context }) => effectiveTiming(context.timing, context.settings).warningMs,
    // The receipt's countdown starts with the full time, or with what "more time" asked for.
    receipt: ({ context }) => context.countdown?.leftMs ?? effectiveTiming(context.timing, context.settings).receiptMs,
    staffWait: ({ context }) => effectiveTiming(context.timing, context.settings).staffWaitMs,
    welcomeHint: ({ context }) => context.speech.welcomeHintMs,
  },
  guards: {
    isForDialog: ({ event }) => event.type.startsWith('user.') && !KIOSK_ONLY.has(event.type),
    dialogPhaseIs: ({ event }, p: { phase: DialogPhase }) => event.type === 'dialog.changed' && event.phase === p.phase,
    dialogSubmits: ({ event }) =>
      event.type === 'dialog.changed' && event.phase === 'submitting' && event.draft !== null,
    dialogLooksUp: ({ event }) => event.type === 'dialog.changed' && event.lookup !== null,
    dialogRates: ({ event }) => event.type === 'dialog.changed' && !!event.verdict,
    dialogAsksSimilar: ({ event }) => event.type === 'dialog.changed' && !!event.similar,
    dialogSupports: ({ event }) => event.type === 'dialog.changed' && !!event.support,
    meTooOn: ({ context }) => context.meToo,
    dialogSubmitsNothing: ({ event }) =>
      event.type === 'dialog.changed' && event.phase === 'submitting' && event.draft === null,
    kioskIsSpeaking: stateIn('#kiosk.speech.active'),
    /** Whether the speech output has a voice for the session's language (`context.language`); the renderer provides it. */
    canSpeak: (_) => false,
    // The idle region rests exactly while the dialog is on the welcome screen.
    onWelcome: stateIn('#kiosk.idle.inactive'),
    welcomeHintOn: ({ context }) => context.speech.welcomeHintMs > 0,
    audioFirstOn: ({ context }) => context.settings.audioFirst,
    audioFirstTurnsOn: ({ context, event }) =>
      event.type === 'user.setAudioFirst' && event.on && !context.settings.audioFirst,
    changesSound: ({ context, event }) => changesSound(context.settings, event),
    helpStartsAudioFirst: and(['onWelcome', 'canSpeak', not('audioFirstOn')]),
    onReceipt: stateIn('#kiosk.idle.receipt'),
    countingDown: or([stateIn('#kiosk.idle.warning'), stateIn('#kiosk.idle.receipt')]),
    residentAwaitsStaff: or(STAFF_AWAITED.map((kind) => stateIn(`#kiosk.overlay.${kind}`))),
    /** The server refused the call as one too many from this kiosk: earlier ones have reached staff. */
    staffCallRepeated: ({ event }) => 'error' in event && submitErrorCode(event.error) === 'rate-limited',
  },
  actions: {
    forwardToDialog: sendTo('dialog', ({ event }) => event as UserEvent),
    noteActivity: raise({ type: 'kiosk.activity' }),
    followLanguage: assign((_, p: { snapshot: DialogSnapshot }) => ({ language: p.snapshot.context.language })),
    /** The idle countdown waits while the voice speaks or listens (the voice's `busy` tag). */
    noteSpeech: raise((_, p: { busy: boolean }) => ({
      type: p.busy ? ('speech.started' as const) : ('speech.ended' as const),
    })),
    showScreen: sendTo('voice', ({ context, event, self }) => {
      assertEvent(event, 'screen.shown');
      const { type: _, ...shown } = event;
      const dialog = self.getSnapshot().children.dialog?.getSnapshot();
      const screen = spokenScreen(shown, dialog, context.language, context.centreName);
      return {
        ...screen,
        type: 'screen.show' as const,
        audioFirst: context.settings.audioFirst,
        language: context.language,
      };
    }),
    sayNow: sendTo('voice', ({ event }) => {
      assertEvent(event, 'voice.say');
      return event;
    }),
    interruptVoice: sendTo('voice', ({ context }) => ({
      type: 'user.interrupt' as const,
      listenAgain: context.settings.audioFirst,
    })),
    forwardToVoice: sendTo('voice', ({ event }) => {
      assertEvent(event, ['user.repeat', 'user.accept', 'user.reject']);
      return { type: event.type };
    }),
    announceSound: sendTo('voice', ({ context }) => ({
      type: 'voice.announce' as const,
      segments: soundAnnouncement(context.settings),
    })),
    introduceAudioFirst: sendTo('voice', { type: 'voice.introduce' }),
    hintWelcome: sendTo('voice', { type: 'voice.hint' }),
    /** Says what an overlay is as it opens; never over the idle warning, which has the resident's attention. */
    sayOverlay: enqueueActions(({ context, self, enqueue }, p: { kind: SpokenOverlay }) => {
      const kiosk = self.getSnapshot();
      if (p.kind !== 'idleWarning' && kiosk.matches({ idle: 'warning' })) return;
      const segment = overlaySegment(
        p.kind,
        kiosk.children.dialog?.getSnapshot(),
        context.centreName,
        context.language,
      );
      enqueue.sendTo('voice', { type: 'voice.say', segments: [segment] });
    }),
    /** The warning answered: the overlay it covered, if any, is said again. */
    sayCoveredOverlay: enqueueActions(({ context, self, enqueue }) => {
      const kiosk = self.getSnapshot();
      const kind = (kiosk.value as { overlay: SpokenOverlay | 'none' }).overlay;
      if (kind === 'none') return;
      const segment = overlaySegment(kind, kiosk.children.dialog?.getSnapshot(), context.centreName, context.language);
      enqueue.sendTo('voice', { type: 'voice.say', segments: [segment] });
    }),
    startAudioFirst: assign(({ context }) => ({
      settings: applySetting(context.settings, { type: 'user.setAudioFirst', on: true }),
    })),
    startSession: sendTo('dialog', ({ event }) => ({
      type: 'user.start' as const,
      mode: 'mode' in event ? event.mode : undefined,
    })),
    noteDialogChange: raise((_, p: { snapshot: DialogSnapshot }) => dialogChange(p.snapshot)),
    applySetting: assign(({ context, event }) => ({ settings: applySetting(context.settings, event) })),
    startWarningCountdown: assign(({ context }) => ({
      countdown: startCountdown('idleWarning', effectiveTiming(context.timing, context.settings).warningMs, null),
    })),
    startReceiptCountdown: assign(({ context }) => ({
      countdown: startCountdown(
        'receipt',
        effectiveTiming(context.timing, context.settings).receiptMs,
        context.countdown,
      ),
    })),
    tickCountdown: assign(({ context }) => ({ countdown: tickCountdown(context.countdown) })),
    lengthenReceipt: assign(({ context }) => ({
      countdown: lengthenCountdown(context.countdown, effectiveTiming(context.timing, context.settings).receiptMs),
    })),
    noteCountdownStart: raise({ type: 'kiosk.countdownStarted' }),
    askMoreTime: raise({ type: 'kiosk.moreTime' }),
    resetDialog: sendTo('dialog', { type: 'system.reset' }),
    resetSettings: assign({ settings: DEFAULT_SETTINGS }),
    nextVisit: assign(({ context }) => ({ visit: context.visit + 1 })),
    resetRegions: raise({ type: 'kiosk.reset' }),
    reportSubmitted: sendTo('dialog', (_, p: { result: SubmitResult }) => ({ type: 'submit.done', result: p.result })),
    reportSubmitFailed: sendTo('dialog', (_, p: { error: unknown }) => ({
      type: 'submit.failed',
      code: submitErrorCode(p.error),
    })),
    reportSimilar: sendTo('dialog', (_, p: { items: SimilarCase[] }) =>
      p.items[0] === undefined
        ? { type: 'similar.none' as const }
        : { type: 'similar.found' as const, offer: p.items[0] },
    ),
    reportNoSimilar: sendTo('dialog', { type: 'similar.none' }),
    reportSupported: sendTo('dialog', (_, p: { result: { ref: string; createdAt: string; residents: number } }) => ({
      type: 'support.done',
      result: p.result,
    })),
    reportSupportFailed: sendTo('dialog', { type: 'support.failed' }),
    reportLookup: sendTo('dialog', (_, p: { result: LookupResult }) => ({ type: 'lookup.done', result: p.result })),
    reportLookupFailed: sendTo('dialog', (_, p: { error: unknown }) => ({
      type: 'lookup.failed',
      code: lookupErrorCode(p.error),
    })),
    reportVerdict: sendTo('dialog', (_, p: { status: Status }) => ({ type: 'verdict.done', status: p.status })),
    reportVerdictFailed: sendTo('dialog', (_, p: { error: unknown }) => ({
      type: 'verdict.failed',
      code: lookupErrorCode(p.error),
    })),
  },
});

const RESET = ['resetDialog', 'resetSettings', 'nextVisit', 'resetRegions'] as const;
const SETTING = { actions: ['applySetting', 'noteActivity'] } as const;
const SOUND_SETTING = [
  { guard: 'changesSound', actions: ['applySetting', 'announceSound', 'noteActivity'] },
  SETTING,
] as const;
/** Help on the welcome screen, when the kiosk can speak, starts audio-first mode: its introduction is the help. */
const START_AUDIO_FIRST = ['startAudioFirst', 'introduceAudioFirst', 'startSession', 'noteActivity'] as const;

/**
 * The kiosk: runs the dialog machine (child `dialog`) and the voice machine
 * (child `voice`), and owns everything that takes time — the idle countdown
 * and its warning, the receipt's return to welcome, the welcome screen's
 * spoken hint, the submit call, calling staff — plus the resident's settings
 * (display, speech, time), which last until the session ends. Parallel
 * regions: `idle`, `overlay`, `speech`, `attract`, `submission`, `lookup`.
 */
export const kioskMachine = setupKiosk.createMachine({
  id: 'kiosk',
  context: ({ input }) => ({
    catalogue: input.config.catalogue,
    defaultLanguage: input.config.defaultLanguage,
    centreName: input.config.centreName,
    timing: input.config.timing,
    speech: speechConfig(input.config, input.canListen ?? false),
    settings: DEFAULT_SETTINGS,
    language: input.config.defaultLanguage,
    visit: 1,
    countdown: null,
    meToo: input.config.meToo === true,
  }),
  invoke: [
    {
      id: 'dialog',
      systemId: 'dialog',
      src: 'dialog',
      input: ({ context }) => ({ catalogue: context.catalogue, defaultLanguage: context.defaultLanguage }),
      onSnapshot: {
        actions: [
          { type: 'followLanguage', params: ({ event }) => ({ snapshot: event.snapshot }) },
          { type: 'noteDialogChange', params: ({ event }) => ({ snapshot: event.snapshot }) },
        ],
      },
    },
    {
      id: 'voice',
      systemId: 'voice',
      src: 'voice',
      input: ({ context }) => ({
        confidenceThreshold: context.speech.confidenceThreshold,
        canListen: context.speech.canListen,
        language: context.language,
      }),
      onSnapshot: { actions: { type: 'noteSpeech', params: ({ event }) => ({ busy: event.snapshot.hasTag('busy') }) } },
    },
  ],
  type: 'parallel',
  // XState v5 consults a parallel root's own handlers only when no region takes the event,
  // so the regions never handle `user.*` themselves: they hear `kiosk.activity` instead.
  on: {
    'screen.shown': { actions: 'showScreen' },
    'voice.say': { actions: 'sayNow' },
    'user.interrupt': { actions: ['interruptVoice', 'noteActivity'] },
    'user.repeat': { actions: ['forwardToVoice', 'noteActivity'] },
    'user.accept': { actions: ['forwardToVoice', 'noteActivity'] },
    'user.reject': { actions: ['forwardToVoice', 'noteActivity'] },
    'user.setTextSize': SETTING,
    'user.setContrast': SETTING,
    // A new rate or volume is announced in itself, when it changed and nothing else is being said.
    'user.changeRate': SOUND_SETTING,
    'user.changeVolume': SOUND_SETTING,
    'user.resetSettings': SOUND_SETTING,
    'user.setExploreByTouch': SETTING,
    // Re-entering the countdown (kiosk.activity) starts it again with the new length.
    'user.setMoreTime': SETTING,
    // Turning audio-first on: its introduction comes before the next screen's prompt.
    'user.setAudioFirst': [
      { guard: 'audioFirstTurnsOn', actions: ['applySetting', 'introduceAudioFirst', 'noteActivity'] },
      SETTING,
    ],
    'user.setScreenOff': SETTING,
    // More time on the receipt lengthens its countdown; anywhere else it is one more sign that someone is there.
    'user.moreTime': [{ guard: 'onReceipt', actions: 'askMoreTime' }, { actions: 'noteActivity' }],
    'user.*': [{ guard: 'isForDialog', actions: ['forwardToDialog', 'noteActivity'] }, { actions: 'noteActivity' }],
    'system.reset': { actions: RESET },
  },
  states: {
    idle: {
      initial: 'inactive',
      on: { 'kiosk.reset': '.inactive' },
      states: {
        inactive: { on: { 'dialog.changed': followDialog('session', 'submitting', 'receipt') } },
        watching: {
          always: [
            { guard: 'kioskIsSpeaking', target: 'paused' },
            { guard: 'residentAwaitsStaff', target: 'waitingForStaff' },
          ],
          after: { idle: 'warning' },
          on: {
            'kiosk.activity': { target: 'watching', reenter: true },
            'dialog.changed': followDialog('welcome', 'submitting', 'receipt'),
          },
        },
        /**
         * Staff have been called: a longer countdown, so a resident waiting for them keeps what they
         * entered, but not an endless one, in case they walked away and nobody came. Closing the
         * overlay, or the call failing, goes back to the usual countdown, started afresh.
         */
        waitingForStaff: {
          always: [
            { guard: 'kioskIsSpeaking', target: 'paused' },
            { guard: not('residentAwaitsStaff'), target: 'watching' },
          ],
          after: { staffWait: 'warning' },
          on: {
            'kiosk.activity': { target: 'waitingForStaff', reenter: true },
            'dialog.changed': followDialog('welcome', 'submitting', 'receipt'),
          },
        },
        /** No countdown while the kiosk speaks or listens; it starts afresh when speech ends. */
        paused: {
          on: { 'speech.ended': 'watching', 'dialog.changed': followDialog('welcome', 'submitting', 'receipt') },
        },
        /** "Are you still there?": any touch, key or word answers it. */
        warning: {
          entry: [
            { type: 'sayOverlay', params: { kind: 'idleWarning' } },
            'startWarningCountdown',
            'noteCountdownStart',
          ],
          after: { warning: { actions: RESET } },
          on: {
            'kiosk.activity': { target: 'watching', actions: 'sayCoveredOverlay' },
            'dialog.changed': followDialog('welcome', 'submitting', 'receipt'),
          },
        },
        submitting: { on: { 'dialog.changed': followDialog('welcome', 'session', 'receipt') } },
        /**
         * The receipt goes back to welcome by itself, a while after the last touch (at least a minute, to copy
         * the number down); "more time" adds another full time to what is left.
         */
        receipt: {
          entry: ['startReceiptCountdown', 'noteCountdownStart'],
          after: { receipt: { actions: RESET } },
          on: {
            'kiosk.activity': { target: 'receipt', reenter: true },
            'kiosk.moreTime': { target: 'receipt', reenter: true, actions: 'lengthenReceipt' },
            'dialog.changed': [
              // Finishing ends the session: the next resident gets the default display too.
              {
                guard: { type: 'dialogPhaseIs', params: { phase: 'welcome' } },
                target: 'inactive',
                actions: ['resetSettings', 'nextVisit', 'resetRegions'],
              },
              ...followDialog('session', 'submitting'),
            ],
          },
        },
      },
    },
    overlay: {
      initial: 'none',
      on: {
        'user.help': [
          { guard: 'helpStartsAudioFirst', target: '.none', actions: START_AUDIO_FIRST },
          { target: '.help', actions: 'noteActivity' },
        ],
        'user.openSettings': { target: '.settings', actions: 'noteActivity' },
        'user.closeOverlay': { target: '.none', actions: 'noteActivity' },
        'user.callStaff': { target: '.staffCalling', actions: 'noteActivity' },
        'kiosk.reset': '.none',
      },
      // Each overlay is said as it opens, once: asking again for what is open says nothing new.
      states: {
        none: {},
        help: {
          entry: { type: 'sayOverlay', params: { kind: 'help' } },
          on: {
            'user.help': [
              { guard: 'helpStartsAudioFirst', target: 'none', actions: START_AUDIO_FIRST },
              { actions: 'noteActivity' },
            ],
          },
        },
        /** The settings panel, over whichever screen the resident is on. */
        settings: {
          entry: { type: 'sayOverlay', params: { kind: 'settings' } },
          on: { 'user.openSettings': { actions: 'noteActivity' } },
        },
        staffCalling: {
          entry: { type: 'sayOverlay', params: { kind: 'staffCalling' } },
          on: { 'user.callStaff': { actions: 'noteActivity' } },
          invoke: {
            src: 'callStaff',
            input: ({ self }) => ({
              language:
                self.getSnapshot().children.dialog?.getSnapshot().context.language ??
                self.getSnapshot().context.defaultLanguage,
            }),
            onDone: 'staffCalled',
            onError: [{ guard: 'staffCallRepeated', target: 'staffAlreadyCalled' }, { target: 'staffCallFailed' }],
          },
        },
        staffCalled: { entry: { type: 'sayOverlay', params: { kind: 'staffCalled' } } },
        /** Refused as one call too many from this kiosk: staff have the earlier ones; the resident waits or goes to the desk. */
        staffAlreadyCalled: { entry: { type: 'sayOverlay', params: { kind: 'staffAlreadyCalled' } } },
        staffCallFailed: { entry: { type: 'sayOverlay', params: { kind: 'staffCallFailed' } } },
      },
    },
    /** What the screen shows of a running countdown, a second at a time; the deadlines are the idle region's. */
    countdown: {
      initial: 'still',
      // On the children, not the region: re-entering the region would re-enter every parallel region of the kiosk.
      states: {
        still: { on: { 'kiosk.countdownStarted': 'running' } },
        running: {
          on: { 'kiosk.countdownStarted': { target: 'running', reenter: true } },
          after: {
            [TICK_MS]: [
              { guard: 'countingDown', target: 'running', reenter: true, actions: 'tickCountdown' },
              { target: 'still' },
            ],
          },
        },
      },
    },
    speech: {
      initial: 'quiet',
      states: {
        quiet: { on: { 'speech.started': 'active' } },
        active: { on: { 'speech.ended': 'quiet' } },
      },
    },
    /**
     * Nobody at the kiosk: now and then the welcome screen says, quietly, how to start, and then listens
     * for a while (saying "帮助" or "我要投诉" starts the kiosk as well as a touch). A centre can turn it off.
     * The voice says it only when it is saying nothing else.
     */
    attract: {
      initial: 'away',
      states: {
        away: { always: { guard: and(['onWelcome', 'welcomeHintOn']), target: 'waiting' } },
        waiting: {
          always: { guard: not('onWelcome'), target: 'away' },
          after: {
            welcomeHint: [
              {
                guard: 'canSpeak',
                target: 'waiting',
                reenter: true,
                actions: 'hintWelcome',
              },
              { target: 'waiting', reenter: true },
            ],
          },
        },
      },
    },
    submission: {
      initial: 'waiting',
      on: { 'kiosk.reset': '.waiting' },
      states: {
        waiting: {
          on: {
            'dialog.changed': [
              { guard: 'dialogSubmits', target: 'sending' },
              // Defensive: the dialog reaches submitting only from a complete review.
              {
                guard: 'dialogSubmitsNothing',
                actions: { type: 'reportSubmitFailed', params: { error: { code: 'invalid' } } },
              },
            ],
          },
        },
        sending: {
          invoke: {
            src: 'submitDraft',
            input: ({ event }) => draftIn(event),
            onDone: {
              target: 'waiting',
              actions: { type: 'reportSubmitted', params: ({ event }) => ({ result: event.output }) },
            },
            onError: {
              target: 'waiting',
              actions: { type: 'reportSubmitFailed', params: ({ event }) => ({ error: event.error }) },
            },
          },
        },
      },
    },
    /** "Me too": the question before a complaint is stored, and the support; any failure submits as usual. */
    meToo: {
      initial: 'waiting',
      on: { 'kiosk.reset': '.waiting' },
      states: {
        waiting: {
          on: {
            'dialog.changed': [
              { guard: and(['dialogAsksSimilar', 'meTooOn']), target: 'asking' },
              { guard: 'dialogAsksSimilar', actions: 'reportNoSimilar' },
              { guard: 'dialogSupports', target: 'supporting' },
            ],
          },
        },
        asking: {
          invoke: {
            src: 'findSimilar',
            input: ({ event }) => similarIn(event),
            onDone: {
              target: 'waiting',
              actions: { type: 'reportSimilar', params: ({ event }) => ({ items: event.output.items }) },
            },
            onError: { target: 'waiting', actions: 'reportNoSimilar' },
          },
        },
        supporting: {
          invoke: {
            src: 'supportCase',
            input: ({ event }) => supportIn(event),
            onDone: {
              target: 'waiting',
              actions: { type: 'reportSupported', params: ({ event }) => ({ result: event.output }) },
            },
            onError: { target: 'waiting', actions: 'reportSupportFailed' },
          },
        },
      },
    },
    lookup: {
      initial: 'waiting',
      on: { 'kiosk.reset': '.waiting' },
      states: {
        waiting: { on: { 'dialog.changed': { guard: 'dialogLooksUp', target: 'asking' } } },
        asking: {
          invoke: {
            src: 'lookupStatus',
            input: ({ event }) => lookupIn(event),
            onDone: {
              target: 'waiting',
              actions: { type: 'reportLookup', params: ({ event }) => ({ result: event.output }) },
            },
            onError: {
              target: 'waiting',
              actions: { type: 'reportLookupFailed', params: ({ event }) => ({ error: event.error }) },
            },
          },
        },
      },
    },
    verdict: {
      initial: 'waiting',
      on: { 'kiosk.reset': '.waiting' },
      states: {
        waiting: { on: { 'dialog.changed': { guard: 'dialogRates', target: 'sending' } } },
        sending: {
          invoke: {
            src: 'rateOutcome',
            input: ({ event }) => verdictIn(event),
            onDone: {
              target: 'waiting',
              actions: { type: 'reportVerdict', params: ({ event }) => ({ status: event.output.status }) },
            },
            onError: {
              target: 'waiting',
              actions: { type: 'reportVerdictFailed', params: ({ event }) => ({ error: event.error }) },
            },
          },
        },
      },
    },
  },
});

export type KioskSnapshot = SnapshotFrom<typeof kioskMachine>;
