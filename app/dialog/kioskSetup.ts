/**
 * What every part of the kiosk machine shares: its context, its events, the calls the renderer
 * provides, and the few actions that several parts take (a sign of activity, the end of a visit).
 * Each part (kioskRequests, kioskVoiceBridge, kioskOverlays, kioskIdle) adds its own guards and
 * actions to this one with `extend`, in that order, so a part may use what the parts before it name.
 */
import { assign, fromPromise, raise, sendTo, setup, stateIn } from 'xstate';
import type { KioskConfigView, SimilarCase, SubmitResult } from '../contract/kioskApi';
import type { Category } from '../domain/catalogue';
import type { Status } from '../domain/status';
import type { Draft } from '../domain/submission';
import type { Language } from '../i18n/languages';
import { voiceMachine } from '../speech/voiceMachine';
import type { Countdown } from './countdown';
import { dialogMachine, type SimilarQuery, type SupportQuery, type VerdictQuery } from './dialogMachine';
import type { InternalEvent, LookupQuery } from './kioskDialog';
import type { KioskSpeechConfig, VoiceKioskEvent } from './kioskSpeech';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import type { KioskEvent, LookupResult } from './types';

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

/** Every event the kiosk machine takes from outside. */
export type KioskMachineEvent = KioskEvent | VoiceKioskEvent;

/** Every event the kiosk machine handles: from outside, and those it raises to itself. */
export type KioskEvents = KioskMachineEvent | InternalEvent;

/** A call the renderer provides; until it does, the call fails and says so. */
function providedByRenderer<TOutput, TInput>(name: string) {
  return fromPromise<TOutput, TInput>(async () => {
    throw new Error(`${name} is provided by the renderer`);
  });
}

/** The dialog, the voice, and the calls the renderer provides (KioskApi methods). */
export const kioskActors = {
  dialog: dialogMachine,
  /** The spoken side of each screen; the renderer provides it with its speaking and listening (`voiceMachine.provide`). */
  voice: voiceMachine,
  /** Stores the draft; the renderer provides it (KioskApi `submit`). Rejects with an error whose `code` is a SubmitErrorCode, or anything else. */
  submitDraft: providedByRenderer<SubmitResult, Draft>('submitDraft'),
  /** Looks a submission up by reference; the renderer provides it (KioskApi `lookupStatus`). Rejects with an error whose `code` is a LookupErrorCode, or anything else. */
  lookupStatus: providedByRenderer<LookupResult, LookupQuery>('lookupStatus'),
  /** Sends the resident's verdict; the renderer provides it (KioskApi `rateOutcome`). Rejects like `lookupStatus`. */
  rateOutcome: providedByRenderer<{ status: Status }, VerdictQuery>('rateOutcome'),
  /** Asks for open cases like the complaint; the renderer provides it (KioskApi `findSimilar`). */
  findSimilar: providedByRenderer<{ items: SimilarCase[] }, SimilarQuery>('findSimilar'),
  /** Adds the resident's support to an offered case; the renderer provides it (KioskApi `supportCase`). */
  supportCase: providedByRenderer<{ ref: string; createdAt: string; residents: number }, SupportQuery>('supportCase'),
  /** Asks staff to come; the renderer provides it (KioskApi `callStaff`). */
  callStaff: providedByRenderer<unknown, { language: Language }>('callStaff'),
};

export const kioskBase = setup({
  types: {
    context: {} as KioskContext,
    events: {} as KioskEvents,
    input: {} as KioskInput,
    children: {} as { dialog: 'dialog'; voice: 'voice' },
  },
  actors: kioskActors,
}).extend({
  guards: {
    // The idle region rests exactly while the dialog is on the welcome screen.
    onWelcome: stateIn('#kiosk.idle.inactive'),
    audioFirstOn: ({ context }) => context.settings.audioFirst,
  },
  actions: {
    /** Any touch, key or word: the regions that count time hear it as one event. */
    noteActivity: raise({ type: 'kiosk.activity' }),
    // The end of a visit (RESET): the dialog, the settings and every region start again for the next resident.
    resetDialog: sendTo('dialog', { type: 'system.reset' }),
    resetSettings: assign({ settings: DEFAULT_SETTINGS }),
    nextVisit: assign(({ context }) => ({ visit: context.visit + 1 })),
    resetRegions: raise({ type: 'kiosk.reset' }),
  },
});

/** The end of a visit: the next resident starts on welcome with the default display, and a new visit number. */
export const RESET = ['resetDialog', 'resetSettings', 'nextVisit', 'resetRegions'] as const;
