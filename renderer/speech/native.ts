import type { KioskConfigView } from '../../app/contract/kioskApi';
import type { Language } from '../../app/i18n/languages';
import type { SpeakOptions, SpeechProvider } from '../../app/speech/types';

/** BCP 47 tags a voice may carry for each of the kiosk's languages. */
const VOICE_LANGS: Record<Language, RegExp> = {
  'zh-CN': /^(zh[-_](CN|Hans)|cmn)/i,
  en: /^en/i,
  'zh-HK': /^(zh[-_]HK|yue)/i,
};

/** The voice for a language: the configured name if present, else the first that speaks it. */
export function pickVoice(
  voices: readonly SpeechSynthesisVoice[],
  language: Language,
  preferred?: string,
): SpeechSynthesisVoice | undefined {
  const speaking = voices.filter((v) => VOICE_LANGS[language].test(v.lang));
  return speaking.find((v) => v.name === preferred) ?? speaking.find((v) => v.localService) ?? speaking[0];
}

/**
 * The runtime's own voices (OS voices; offline). Where there is no voice for
 * the language the kiosk says so on screen and works silently. Recognition
 * only where the runtime really has it unprefixed; Chromium's prefixed one
 * sends audio to a cloud service the centre never chose, so it is not used.
 */
export function createNativeSpeech(config: KioskConfigView): SpeechProvider {
  const synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
  let voices = synth?.getVoices() ?? [];
  synth?.addEventListener('voiceschanged', () => {
    voices = synth.getVoices();
  });
  let finishCurrent: (() => void) | null = null;

  return {
    output: {
      provider: 'native',
      canSpeak: (language) => synth !== null && pickVoice(voices, language) !== undefined,
      speak: (text: string, language: Language, options?: SpeakOptions) =>
        new Promise<void>((resolve) => {
          const voice = synth && pickVoice(voices, language, config.speech.voices?.[language]);
          if (!synth || !voice) return resolve();
          const utterance = new SpeechSynthesisUtterance(text);
          utterance.voice = voice;
          utterance.lang = voice.lang;
          utterance.rate = options?.rate ?? 1;
          utterance.volume = options?.volume ?? 1;
          const done = () => {
            if (finishCurrent === done) finishCurrent = null;
            resolve();
          };
          utterance.onend = done;
          utterance.onerror = done;
          finishCurrent = done;
          synth.speak(utterance);
        }),
      cancel: () => {
        synth?.cancel();
        finishCurrent?.();
      },
    },
    input: null,
  };
}
