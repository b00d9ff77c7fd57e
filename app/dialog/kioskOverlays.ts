/**
 * What opens over the screen the resident is on: help, the settings panel, and calling staff (the
 * call, then whether staff were called, had been called already, or could not be). Help on the
 * welcome screen, when the kiosk can speak, starts audio-first mode instead of opening.
 */
import { and, assign, not, or, sendTo, stateIn } from 'xstate';
import { submitErrorCode } from './errorCodes';
import { withVoice } from './kioskVoiceBridge';
import { applySetting } from './settings';

/** Overlays under which the resident is waiting for staff to come (not staffCallFailed: nobody is coming). */
const STAFF_AWAITED = ['staffCalling', 'staffCalled', 'staffAlreadyCalled'] as const;

export const withOverlays = withVoice.extend({
  guards: {
    helpStartsAudioFirst: and(['onWelcome', 'canSpeak', not('audioFirstOn')]),
    residentAwaitsStaff: or(STAFF_AWAITED.map((kind) => stateIn(`#kiosk.overlay.${kind}`))),
    /** The server refused the call as one too many from this kiosk: earlier ones have reached staff. */
    staffCallRepeated: ({ event }) => 'error' in event && submitErrorCode(event.error) === 'rate-limited',
  },
  actions: {
    startAudioFirst: assign(({ context }) => ({
      settings: applySetting(context.settings, { type: 'user.setAudioFirst', on: true }),
    })),
    startSession: sendTo('dialog', ({ event }) => ({
      type: 'user.start' as const,
      mode: 'mode' in event ? event.mode : undefined,
    })),
  },
});

/** Help on the welcome screen, when the kiosk can speak, starts audio-first mode: its introduction is the help. */
const START_AUDIO_FIRST = ['startAudioFirst', 'introduceAudioFirst', 'startSession', 'noteActivity'] as const;

export const overlayRegion = withOverlays.createStateConfig({
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
});
