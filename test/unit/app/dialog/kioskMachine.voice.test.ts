import { describe, expect, it } from 'vitest';
import type { KioskMachineEvent } from '../../../../app/dialog/kioskMachine';
import { LISTEN_AGAIN_AFTER_TOUCH_MS } from '../../../../app/speech/voiceMachine';
import { HALF_FILLED, startKiosk, TIMING } from './kioskSupport';

const HINT_MS = 90_000;
const KIND_SCREEN: KioskMachineEvent = {
  type: 'screen.shown',
  key: 'chooseKind',
  prompt: ['您想做什么？'],
  options: ['办事', '投诉'],
  listening: { type: 'intent', expect: 'kind' },
};

describe('the welcome screen, with nobody at the kiosk', () => {
  it('says now and then, softly, how to start, on the configured period', () => {
    const k = startKiosk({ speech: { welcomeHintMs: HINT_MS } });
    k.clock.increment(HINT_MS - 1);
    expect(k.saidKeys()).toEqual([]);
    k.clock.increment(1);
    expect(k.speech.said).toEqual([{ segments: [{ key: 'welcome.attract' }], softly: true }]);
    k.clock.increment(HINT_MS);
    expect(k.saidKeys()).toEqual(['welcome.attract', 'welcome.attract']);
  });

  it('says nothing when the centre turned it off, or when there is no voice for the language', () => {
    const off = startKiosk({ speech: { welcomeHintMs: 0 } });
    const mute = startKiosk({ speech: { welcomeHintMs: HINT_MS }, canSpeak: false });
    off.clock.increment(HINT_MS * 3);
    mute.clock.increment(HINT_MS * 3);
    expect([off.saidKeys(), mute.saidKeys()]).toEqual([[], []]);
  });

  it('stops once a session starts, and starts again when the kiosk is back at welcome', () => {
    const k = startKiosk({ speech: { welcomeHintMs: HINT_MS } });
    k.send({ type: 'user.start' });
    k.clock.increment(HINT_MS * 2);
    expect(k.saidKeys()).not.toContain('welcome.attract');
    k.send({ type: 'user.startOver' });
    k.clock.increment(HINT_MS);
    expect(k.saidKeys()).toContain('welcome.attract');
  });
});

describe('help on the welcome screen', () => {
  it('starts audio-first mode when the kiosk can speak: no help overlay, the session begins, introduced first', () => {
    const k = startKiosk();
    k.send({ type: 'user.help', mode: 'keypad' });
    expect(k.overlay()).toBe('none');
    expect(k.kiosk.getSnapshot().context.settings.audioFirst).toBe(true);
    expect(k.dialog().value).toBe('chooseKind');
    expect(k.dialog().context.inputModes).toEqual(['keypad']);
    k.send(KIND_SCREEN);
    expect(k.saidKeys()).toEqual(['audio.intro', '您想做什么？', '办事', '投诉']);
  });

  it('opens the help, and says it, when the kiosk has no voice, or audio-first is already on, or on any other step', () => {
    const mute = startKiosk({ canSpeak: false });
    mute.send({ type: 'user.help' });
    expect(mute.overlay()).toBe('help');

    const k = startKiosk();
    k.send(...HALF_FILLED, { type: 'user.help' });
    expect(k.overlay()).toBe('help');
    expect(k.kiosk.getSnapshot().context.settings.audioFirst).toBe(false);
    expect(k.speech.said.at(-1)?.segments).toEqual([{ key: 'steps.describe.help', values: { centre: '幸福社区' } }]);
  });
});

describe('overlays, heard as they open', () => {
  it('says each once; the idle warning over one, and the overlay again when the warning is answered', () => {
    const k = startKiosk();
    k.send(...HALF_FILLED, { type: 'user.openSettings' }, { type: 'user.openSettings' });
    expect(k.saidKeys()).toEqual(['settings.title']);
    k.clock.increment(TIMING.idleMs);
    k.send({ type: 'user.continue' });
    expect(k.saidKeys()).toEqual(['settings.title', 'overlay.idleTitle', 'settings.title']);
  });

  it('announces a new rate or volume, and nothing when it is already at its end', () => {
    const k = startKiosk();
    k.send({ type: 'user.changeRate', delta: 1 });
    expect(k.speech.said.at(-1)?.segments).toEqual([
      { key: 'voice.rate', values: { rate: { key: 'voice.rates.3' } } },
      { key: 'voice.volume', values: { volume: { key: 'voice.volumes.2' } } },
    ]);
    for (let i = 0; i < 5; i++) k.send({ type: 'user.changeVolume', delta: 1 });
    expect(k.saidKeys().filter((key) => key === 'voice.volume')).toHaveLength(2);
  });
});

describe('listening after a touch', () => {
  const listening = (k: ReturnType<typeof startKiosk>) => k.voice().matches('listening');

  it('in audio-first mode, a touch that leaves the screen as it was is followed by listening again, without the prompt', () => {
    const k = startKiosk({ canListen: true });
    k.send({ type: 'user.setAudioFirst', on: true }, { type: 'user.start' }, KIND_SCREEN);
    expect(listening(k)).toBe(true);
    const said = k.speech.said.length;
    k.send({ type: 'user.interrupt', mode: 'touch' });
    expect(listening(k)).toBe(false);
    k.clock.increment(LISTEN_AGAIN_AFTER_TOUCH_MS - 1);
    expect(listening(k)).toBe(false);
    k.clock.increment(1);
    expect(listening(k)).toBe(true);
    expect(k.speech.said.length).toBe(said);
    expect(k.speech.listens()).toBe(2);
  });

  it('otherwise a touch stops speech and listening until the next screen', () => {
    const k = startKiosk({ canListen: true });
    k.send({ type: 'user.start' }, KIND_SCREEN);
    k.send({ type: 'user.interrupt', mode: 'touch' });
    k.clock.increment(LISTEN_AGAIN_AFTER_TOUCH_MS * 10);
    expect(listening(k)).toBe(false);
    expect(k.speech.stops()).toBeGreaterThan(0);
  });
});

describe('the idle countdown and the voice', () => {
  it('waits while the voice listens, and starts afresh when a touch stops it', () => {
    const k = startKiosk({ canListen: true });
    k.send({ type: 'user.start' }, KIND_SCREEN);
    k.clock.increment(TIMING.idleMs * 3);
    expect(k.idle()).toBe('paused');
    k.send({ type: 'user.interrupt', mode: 'touch' });
    k.clock.increment(TIMING.idleMs - 1);
    expect(k.idle()).toBe('watching');
    k.clock.increment(1);
    expect(k.idle()).toBe('warning');
  });
});
