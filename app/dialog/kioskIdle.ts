/**
 * Time at the kiosk: the idle countdown and its "are you still there?" warning, the longer wait
 * while staff are coming, the receipt's return to welcome (with "more time"), the seconds a
 * countdown shows, and the welcome screen's spoken hint while nobody is there. Every deadline
 * ends a visit the same way (RESET); the idle region moves along with the dialog's phase.
 */
import { and, assign, not, or, raise, stateIn } from 'xstate';
import { lengthenCountdown, startCountdown, TICK_MS, tickCountdown } from './countdown';
import { type DialogPhase, followDialog } from './kioskDialog';
import { withOverlays } from './kioskOverlays';
import { RESET } from './kioskSetup';
import { effectiveTiming } from './settings';

export const withIdle = withOverlays.extend({
  delays: {
    idle: ({ context }) => effectiveTiming(context.timing, context.settings).idleMs,
    warning: ({ context }) => effectiveTiming(context.timing, context.settings).warningMs,
    // The receipt's countdown starts with the full time, or with what "more time" asked for.
    receipt: ({ context }) => context.countdown?.leftMs ?? effectiveTiming(context.timing, context.settings).receiptMs,
    staffWait: ({ context }) => effectiveTiming(context.timing, context.settings).staffWaitMs,
    welcomeHint: ({ context }) => context.speech.welcomeHintMs,
  },
  guards: {
    dialogPhaseIs: ({ event }, p: { phase: DialogPhase }) => event.type === 'dialog.changed' && event.phase === p.phase,
    welcomeHintOn: ({ context }) => context.speech.welcomeHintMs > 0,
    onReceipt: stateIn('#kiosk.idle.receipt'),
    countingDown: or([stateIn('#kiosk.idle.warning'), stateIn('#kiosk.idle.receipt')]),
  },
  actions: {
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
  },
});

export const idleRegion = withIdle.createStateConfig({
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
      entry: [{ type: 'sayOverlay', params: { kind: 'idleWarning' } }, 'startWarningCountdown', 'noteCountdownStart'],
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
});

/** What the screen shows of a running countdown, a second at a time; the deadlines are the idle region's. */
export const countdownRegion = withIdle.createStateConfig({
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
});

/**
 * Nobody at the kiosk: now and then the welcome screen says, quietly, how to start, and then listens
 * for a while (saying "帮助" or "我要投诉" starts the kiosk as well as a touch). A centre can turn it off.
 * The voice says it only when it is saying nothing else.
 */
export const attractRegion = withIdle.createStateConfig({
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
});
