// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { KioskConfigView } from '../../../../app/contract/kioskApi';
import { DEFAULT_CATALOGUE } from '../../../../app/domain/catalogue';
import { chosenProvider } from '../../../../renderer/speech';
import { createNativeSpeech, pickVoice } from '../../../../renderer/speech/native';

// jsdom has no speechSynthesis: a stand-in records what it is asked to say and
// ends an utterance when told. The OS voices themselves cannot be tested here
// (headless Chromium on this machine has none).

const voice = (name: string, lang: string, localService = true) =>
  ({ name, lang, localService, default: false, voiceURI: name }) as SpeechSynthesisVoice;

class FakeUtterance {
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  rate = 1;
  volume = 1;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}

function installSynth(voices: SpeechSynthesisVoice[]) {
  const spoken: FakeUtterance[] = [];
  let cancelled = 0;
  const synth = {
    getVoices: () => voices,
    addEventListener: () => {},
    speak: (u: FakeUtterance) => spoken.push(u),
    cancel: () => {
      cancelled++;
    },
  };
  Object.assign(globalThis, { speechSynthesis: synth, SpeechSynthesisUtterance: FakeUtterance });
  return { spoken, cancelled: () => cancelled };
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'speechSynthesis');
  Reflect.deleteProperty(globalThis, 'SpeechSynthesisUtterance');
});

const CONFIG = {
  speech: { provider: 'native', voices: { 'zh-HK': 'Sin-ji' } },
  catalogue: DEFAULT_CATALOGUE,
} as unknown as KioskConfigView;

describe('the native voices', () => {
  it('pick a voice that speaks the language, preferring the configured one, never another language', () => {
    const voices = [
      voice('Ting-Ting', 'zh-CN'),
      voice('Sin-ji', 'zh-HK'),
      voice('Aasing', 'zh-HK'),
      voice('Daniel', 'en-GB'),
    ];
    expect(pickVoice(voices, 'zh-HK', 'Sin-ji')?.name).toBe('Sin-ji');
    expect(pickVoice(voices, 'zh-CN')?.name).toBe('Ting-Ting');
    expect(pickVoice([voice('Daniel', 'en-GB')], 'zh-CN')).toBeUndefined();
  });

  it('say nothing, and say so, where there is no voice for the language', async () => {
    installSynth([voice('Daniel', 'en-GB')]);
    const { output, input } = createNativeSpeech(CONFIG);
    expect(output.canSpeak('en')).toBe(true);
    expect(output.canSpeak('zh-CN')).toBe(false);
    await expect(output.speak('你好', 'zh-CN')).resolves.toBeUndefined();
    expect(input).toBeNull();
  });

  it('speak at the given rate and volume, and a cancel ends the utterance at once', async () => {
    const synth = installSynth([voice('Ting-Ting', 'zh-CN')]);
    const { output } = createNativeSpeech(CONFIG);
    const said = output.speak('欢迎', 'zh-CN', { rate: 0.85, volume: 0.75 });
    expect(synth.spoken[0]).toMatchObject({ text: '欢迎', rate: 0.85, volume: 0.75, lang: 'zh-CN' });
    output.cancel();
    await said;
    expect(synth.cancelled()).toBe(1);
  });
});

describe('the scripted provider', () => {
  it('is taken from the address only in the browser host', () => {
    expect(chosenProvider(CONFIG, '?speech=scripted', true)).toBe('scripted');
    expect(chosenProvider(CONFIG, '?speech=scripted', false)).toBe('native');
    expect(chosenProvider(CONFIG, '?speech=azure', true)).toBe('native');
  });
});
