import { assign, raise, type SnapshotFrom, sendTo } from 'xstate';
import type { DialogSnapshot } from './dialogMachine';
import { dialogChange } from './kioskDialog';
import { attractRegion, countdownRegion, idleRegion, withIdle } from './kioskIdle';
import { overlayRegion } from './kioskOverlays';
import { requestRegions } from './kioskRequests';
import { RESET } from './kioskSetup';
import { speechConfig } from './kioskSpeech';
import { speechRegion, voiceHandlers } from './kioskVoiceBridge';
import { applySetting, DEFAULT_SETTINGS } from './settings';
import type { UserEvent } from './types';

export type { Countdown } from './countdown';
export type { VerdictQuery } from './dialogMachine';
export type { DialogPhase, LookupQuery } from './kioskDialog';
export type { KioskContext, KioskInput, KioskMachineEvent } from './kioskSetup';
export { effectiveTiming, MIN_RECEIPT_MS, MIN_WARNING_MS } from './settings';

/** `user.*` events the kiosk handles itself; every other `user.*` event goes to the dialog. */
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

/** The kiosk's own part: following the dialog, and the resident's settings for the session. */
const setupKiosk = withIdle.extend({
  guards: {
    isForDialog: ({ event }) => event.type.startsWith('user.') && !KIOSK_ONLY.has(event.type),
    audioFirstTurnsOn: ({ context, event }) =>
      event.type === 'user.setAudioFirst' && event.on && !context.settings.audioFirst,
  },
  actions: {
    forwardToDialog: sendTo('dialog', ({ event }) => event as UserEvent),
    followLanguage: assign((_, p: { snapshot: DialogSnapshot }) => ({ language: p.snapshot.context.language })),
    noteDialogChange: raise((_, p: { snapshot: DialogSnapshot }) => dialogChange(p.snapshot)),
    applySetting: assign(({ context, event }) => ({ settings: applySetting(context.settings, event) })),
  },
});

const SETTING = { actions: ['applySetting', 'noteActivity'] } as const;
const SOUND_SETTING = [
  { guard: 'changesSound', actions: ['applySetting', 'announceSound', 'noteActivity'] },
  SETTING,
] as const;

/**
 * The kiosk: runs the dialog machine (child `dialog`) and the voice machine
 * (child `voice`), and owns everything that takes time — the idle countdown
 * and its warning, the receipt's return to welcome, the welcome screen's
 * spoken hint, the calls to the KioskApi, calling staff — plus the resident's settings
 * (display, speech, time), which last until the session ends. Its parallel regions come from the
 * parts: time (kioskIdle: `idle`, `countdown`, `attract`), overlays (kioskOverlays: `overlay`),
 * the voice (kioskVoiceBridge: `speech`), and the calls (kioskRequests: `submission`, `meToo`,
 * `lookup`, `verdict`).
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
    ...voiceHandlers,
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
    idle: idleRegion,
    overlay: overlayRegion,
    countdown: countdownRegion,
    speech: speechRegion,
    attract: attractRegion,
    ...requestRegions,
  },
});

export type KioskSnapshot = SnapshotFrom<typeof kioskMachine>;
