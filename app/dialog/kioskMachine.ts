import { assign, fromPromise, not, or, raise, type SnapshotFrom, sendTo, setup, stateIn } from 'xstate';
import type { KioskConfigView, SubmitResult } from '../contract/kioskApi';
import type { Category } from '../domain/catalogue';
import type { Draft } from '../domain/submission';
import type { Language } from '../i18n/languages';
import { type DialogSnapshot, dialogMachine, pendingLookup } from './dialogMachine';
import { draftFromContext } from './draft';
import { isComplete } from './flow';
import {
  DEFAULT_SETTINGS,
  type KioskEvent,
  LOOKUP_ERRORS,
  type LookupErrorCode,
  type LookupResult,
  MORE_TIME_FACTOR,
  RATES,
  type Settings,
  SUBMIT_ERRORS,
  type SubmitErrorCode,
  type UserEvent,
  VOLUMES,
} from './types';

const clampStep = (step: number, steps: readonly number[]) => Math.min(Math.max(step, 0), steps.length - 1);

/** What the renderer starts the kiosk with: the centre's config from `getKioskConfig`. */
export interface KioskInput {
  config: KioskConfigView;
}

/** Only the centre's config and the session's display settings: nothing the resident entered. */
export interface KioskContext {
  catalogue: readonly Category[];
  defaultLanguage: Language;
  timing: KioskConfigView['timing'];
  settings: Settings;
  /**
   * Which resident's visit this is, counted from the page's start: one more at
   * every reset. The renderer names the visit to the server with it, which
   * limits repeated submits and calls within one visit.
   */
  visit: number;
}

/** Where the dialog is, as far as time is concerned. */
export type DialogPhase = 'welcome' | 'session' | 'submitting' | 'receipt';

/** WCAG 2.2.1 (Timing Adjustable): at least 20 seconds to answer the warning, whatever the config says. */
export const MIN_WARNING_MS = 20_000;

/**
 * The idle times a resident gets: the centre's, with the warning at least
 * MIN_WARNING_MS, the wait for staff never shorter than the idle time (and the
 * idle time when the config has none), and all of them doubled when the
 * resident asked for more time.
 */
export function effectiveTiming(
  timing: KioskConfigView['timing'],
  settings: Settings,
): Required<KioskConfigView['timing']> {
  const factor = settings.moreTime ? MORE_TIME_FACTOR : 1;
  return {
    idleMs: timing.idleMs * factor,
    warningMs: Math.max(timing.warningMs, MIN_WARNING_MS) * factor,
    receiptMs: timing.receiptMs * factor,
    staffWaitMs: Math.max(timing.staffWaitMs ?? 0, timing.idleMs) * factor,
  };
}

/** Events the kiosk machine raises to itself; never sent from outside. */
type InternalEvent =
  | { type: 'dialog.changed'; phase: DialogPhase; draft: Draft | null; lookup: LookupQuery | null }
  | { type: 'kiosk.activity' }
  | { type: 'kiosk.reset' };

/** `user.*` events the kiosk handles itself; every other `user.*` event goes to the dialog. */
const KIOSK_ONLY = new Set<string>([
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
]);

/** A progress lookup the dialog asks for (KioskApi `lookupStatus`). */
export interface LookupQuery {
  ref: string;
  phoneLast4?: string;
}

/** A failed lookup, as a code the resident's screen has words for. */
export function lookupErrorCode(error: unknown): LookupErrorCode {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return LOOKUP_ERRORS.find((known) => known === code) ?? 'unknown';
}

/** Which phase of a session a dialog snapshot is in: submitFailed and every step of filling in are `session`. */
export function dialogPhase(snapshot: Pick<DialogSnapshot, 'value'>): DialogPhase {
  const { value } = snapshot;
  if (value === 'welcome' || value === 'submitting' || value === 'receipt') return value;
  return 'session';
}

/** A failed submit, as a code the resident's screen has words for. */
export function submitErrorCode(error: unknown): SubmitErrorCode {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return SUBMIT_ERRORS.find((known) => known === code) ?? 'unknown';
}

/** The draft to send, or null if the dialog got to submitting without one (it should not). */
function draftToSend(snapshot: DialogSnapshot): Draft | null {
  return isComplete(snapshot.context) ? draftFromContext(snapshot.context) : null;
}

function lookupIn(event: KioskEvent | InternalEvent): LookupQuery {
  if (event.type !== 'dialog.changed' || event.lookup === null) throw new Error('a lookup starts only with a query');
  return event.lookup;
}

function draftIn(event: KioskEvent | InternalEvent): Draft {
  if (event.type !== 'dialog.changed' || event.draft === null) throw new Error('sending starts only with a draft');
  return event.draft;
}

const PHASE_STATE = { welcome: 'inactive', session: 'watching', submitting: 'submitting', receipt: 'receipt' } as const;

/** Moves the idle region along with the dialog, for the phases a state does not already stand for. */
function followDialog(...phases: DialogPhase[]) {
  return phases.map((phase) => ({
    guard: { type: 'dialogPhaseIs', params: { phase } } as const,
    target: PHASE_STATE[phase],
  }));
}

const setupKiosk = setup({
  types: {
    context: {} as KioskContext,
    events: {} as KioskEvent | InternalEvent,
    input: {} as KioskInput,
    children: {} as { dialog: 'dialog' },
  },
  actors: {
    dialog: dialogMachine,
    /** Stores the draft; the renderer provides it (KioskApi `submit`). Rejects with an error whose `code` is a SubmitErrorCode, or anything else. */
    submitDraft: fromPromise<SubmitResult, Draft>(async () => {
      throw new Error('submitDraft is provided by the renderer');
    }),
    /** Looks a submission up by reference; the renderer provides it (KioskApi `lookupStatus`). Rejects with an error whose `code` is a LookupErrorCode, or anything else. */
    lookupStatus: fromPromise<LookupResult, LookupQuery>(async () => {
      throw new Error('lookupStatus is provided by the renderer');
    }),
    /** Asks staff to come; the renderer provides it (KioskApi `callStaff`). */
    callStaff: fromPromise<unknown, { language: Language }>(async () => {
      throw new Error('callStaff is provided by the renderer');
    }),
  },
  delays: {
    idle: ({ context }) => effectiveTiming(context.timing, context.settings).idleMs,
    warning: ({ context }) => effectiveTiming(context.timing, context.settings).warningMs,
    receipt: ({ context }) => effectiveTiming(context.timing, context.settings).receiptMs,
    staffWait: ({ context }) => effectiveTiming(context.timing, context.settings).staffWaitMs,
  },
  guards: {
    isForDialog: ({ event }) => event.type.startsWith('user.') && !KIOSK_ONLY.has(event.type),
    dialogPhaseIs: ({ event }, p: { phase: DialogPhase }) => event.type === 'dialog.changed' && event.phase === p.phase,
    dialogSubmits: ({ event }) =>
      event.type === 'dialog.changed' && event.phase === 'submitting' && event.draft !== null,
    dialogLooksUp: ({ event }) => event.type === 'dialog.changed' && event.lookup !== null,
    dialogSubmitsNothing: ({ event }) =>
      event.type === 'dialog.changed' && event.phase === 'submitting' && event.draft === null,
    kioskIsSpeaking: stateIn('#kiosk.speech.active'),
    // Not staffCallFailed: nobody is coming, and the screen sends the resident to the front desk.
    residentAwaitsStaff: or([
      stateIn('#kiosk.overlay.staffCalling'),
      stateIn('#kiosk.overlay.staffCalled'),
      stateIn('#kiosk.overlay.staffAlreadyCalled'),
    ]),
    /** The server refused the call as one too many from this kiosk: earlier ones have reached staff. */
    staffCallRepeated: ({ event }) => {
      const error = 'error' in event ? (event as { error: unknown }).error : undefined;
      return typeof error === 'object' && error !== null && 'code' in error && error.code === 'rate-limited';
    },
  },
  actions: {
    forwardToDialog: sendTo('dialog', ({ event }) => event as UserEvent),
    noteActivity: raise({ type: 'kiosk.activity' }),
    noteDialogChange: raise((_, p: { snapshot: DialogSnapshot }) => ({
      type: 'dialog.changed' as const,
      phase: dialogPhase(p.snapshot),
      draft: dialogPhase(p.snapshot) === 'submitting' ? draftToSend(p.snapshot) : null,
      lookup: pendingLookup(p.snapshot),
    })),
    setTextSize: assign(({ context, event }) =>
      event.type === 'user.setTextSize' ? { settings: { ...context.settings, textSize: event.size } } : {},
    ),
    setContrast: assign(({ context, event }) =>
      event.type === 'user.setContrast' ? { settings: { ...context.settings, contrast: event.contrast } } : {},
    ),
    changeRate: assign(({ context, event }) =>
      event.type === 'user.changeRate'
        ? { settings: { ...context.settings, rateStep: clampStep(context.settings.rateStep + event.delta, RATES) } }
        : {},
    ),
    changeVolume: assign(({ context, event }) =>
      event.type === 'user.changeVolume'
        ? {
            settings: {
              ...context.settings,
              volumeStep: clampStep(context.settings.volumeStep + event.delta, VOLUMES),
            },
          }
        : {},
    ),
    setExploreByTouch: assign(({ context, event }) =>
      event.type === 'user.setExploreByTouch' ? { settings: { ...context.settings, exploreByTouch: event.on } } : {},
    ),
    setMoreTime: assign(({ context, event }) =>
      event.type === 'user.setMoreTime' ? { settings: { ...context.settings, moreTime: event.on } } : {},
    ),
    resetDialog: sendTo('dialog', { type: 'system.reset' }),
    setAudioFirst: assign(({ context, event }) =>
      event.type === 'user.setAudioFirst'
        ? { settings: { ...context.settings, audioFirst: event.on, screenOff: event.on && context.settings.screenOff } }
        : {},
    ),
    setScreenOff: assign(({ context, event }) =>
      event.type === 'user.setScreenOff'
        ? { settings: { ...context.settings, screenOff: event.on && context.settings.audioFirst } }
        : {},
    ),
    resetSettings: assign({ settings: DEFAULT_SETTINGS }),
    nextVisit: assign(({ context }) => ({ visit: context.visit + 1 })),
    resetRegions: raise({ type: 'kiosk.reset' }),
    reportSubmitted: sendTo('dialog', (_, p: { result: SubmitResult }) => ({ type: 'submit.done', result: p.result })),
    reportSubmitFailed: sendTo('dialog', (_, p: { error: unknown }) => ({
      type: 'submit.failed',
      code: submitErrorCode(p.error),
    })),
    reportLookup: sendTo('dialog', (_, p: { result: LookupResult }) => ({ type: 'lookup.done', result: p.result })),
    reportLookupFailed: sendTo('dialog', (_, p: { error: unknown }) => ({
      type: 'lookup.failed',
      code: lookupErrorCode(p.error),
    })),
  },
});

const RESET = ['resetDialog', 'resetSettings', 'nextVisit', 'resetRegions'] as const;

/**
 * The kiosk: runs the dialog machine (child `dialog`) and owns everything
 * that takes time — the idle countdown and its warning, the receipt's
 * return to welcome, the submit call, calling staff — plus the resident's
 * settings (display, speech, time), which last until the session ends. Parallel regions: `idle`, `overlay`, `speech`, `submission`, `lookup`.
 */
export const kioskMachine = setupKiosk.createMachine({
  id: 'kiosk',
  context: ({ input }) => ({
    catalogue: input.config.catalogue,
    defaultLanguage: input.config.defaultLanguage,
    timing: input.config.timing,
    settings: DEFAULT_SETTINGS,
    visit: 1,
  }),
  invoke: {
    id: 'dialog',
    systemId: 'dialog',
    src: 'dialog',
    input: ({ context }) => ({ catalogue: context.catalogue, defaultLanguage: context.defaultLanguage }),
    onSnapshot: { actions: { type: 'noteDialogChange', params: ({ event }) => ({ snapshot: event.snapshot }) } },
  },
  type: 'parallel',
  // XState v5 consults a parallel root's own handlers only when no region takes the event,
  // so the regions never handle `user.*` themselves: they hear `kiosk.activity` instead.
  on: {
    'user.setTextSize': { actions: ['setTextSize', 'noteActivity'] },
    'user.setContrast': { actions: ['setContrast', 'noteActivity'] },
    'user.changeRate': { actions: ['changeRate', 'noteActivity'] },
    'user.changeVolume': { actions: ['changeVolume', 'noteActivity'] },
    'user.setExploreByTouch': { actions: ['setExploreByTouch', 'noteActivity'] },
    // Re-entering the countdown (kiosk.activity) starts it again with the new length.
    'user.setMoreTime': { actions: ['setMoreTime', 'noteActivity'] },
    'user.resetSettings': { actions: ['resetSettings', 'noteActivity'] },
    'user.setAudioFirst': { actions: ['setAudioFirst', 'noteActivity'] },
    'user.setScreenOff': { actions: ['setScreenOff', 'noteActivity'] },
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
          after: { warning: { actions: RESET } },
          on: { 'kiosk.activity': 'watching', 'dialog.changed': followDialog('welcome', 'submitting', 'receipt') },
        },
        submitting: { on: { 'dialog.changed': followDialog('welcome', 'session', 'receipt') } },
        /** The receipt goes back to welcome by itself, a while after the last touch. */
        receipt: {
          after: { receipt: { actions: RESET } },
          on: {
            'kiosk.activity': { target: 'receipt', reenter: true },
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
        'user.help': { target: '.help', actions: 'noteActivity' },
        'user.openSettings': { target: '.settings', actions: 'noteActivity' },
        'user.closeOverlay': { target: '.none', actions: 'noteActivity' },
        'user.callStaff': { target: '.staffCalling', actions: 'noteActivity' },
        'kiosk.reset': '.none',
      },
      states: {
        none: {},
        help: {},
        /** The settings panel, over whichever screen the resident is on. */
        settings: {},
        staffCalling: {
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
        staffCalled: {},
        /** Refused as one call too many from this kiosk: staff have the earlier ones; the resident waits or goes to the desk. */
        staffAlreadyCalled: {},
        staffCallFailed: {},
      },
    },
    speech: {
      initial: 'quiet',
      states: {
        quiet: { on: { 'speech.started': 'active' } },
        active: { on: { 'speech.ended': 'quiet' } },
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
  },
});

export type KioskSnapshot = SnapshotFrom<typeof kioskMachine>;
