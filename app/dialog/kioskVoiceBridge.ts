/**
 * The kiosk's voice, bridged: what the screen shows and the overlays that open become what the
 * voice machine (child `voice`) says, the resident's touch on speech (stop, repeat, yes, no) goes to
 * it, and its speaking or listening reaches the kiosk as `speech.started` / `speech.ended`, which
 * pause the idle countdown.
 */
import { assertEvent, enqueueActions, raise, sendTo, stateIn } from 'xstate';
import { withRequests } from './kioskRequests';
import { overlaySegment, type SpokenOverlay, soundAnnouncement, spokenScreen } from './kioskSpeech';
import { changesSound } from './settings';

export const withVoice = withRequests.extend({
  guards: {
    kioskIsSpeaking: stateIn('#kiosk.speech.active'),
    /** Whether the speech output has a voice for the session's language (`context.language`); the renderer provides it. */
    canSpeak: (_) => false,
    changesSound: ({ context, event }) => changesSound(context.settings, event),
  },
  actions: {
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
  },
});

/** What the kiosk's root hands to the voice: each screen shown, words to say now, and the resident's touch on speech. */
export const voiceHandlers = withVoice.createStateConfig({
  on: {
    'screen.shown': { actions: 'showScreen' },
    'voice.say': { actions: 'sayNow' },
    'user.interrupt': { actions: ['interruptVoice', 'noteActivity'] },
    'user.repeat': { actions: ['forwardToVoice', 'noteActivity'] },
    'user.accept': { actions: ['forwardToVoice', 'noteActivity'] },
    'user.reject': { actions: ['forwardToVoice', 'noteActivity'] },
  },
}).on;

/** Whether the voice is speaking or listening, as its `busy` tag last said. */
export const speechRegion = withVoice.createStateConfig({
  initial: 'quiet',
  states: {
    quiet: { on: { 'speech.started': 'active' } },
    active: { on: { 'speech.ended': 'quiet' } },
  },
});
