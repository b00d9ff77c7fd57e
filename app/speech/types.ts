import type { Language } from '../i18n/languages';

/** Speech providers a centre can choose (DESIGN.md, "Speech"). */
export const SPEECH_PROVIDERS = ['off', 'native', 'azure', 'scripted'] as const;
export type SpeechProviderName = (typeof SPEECH_PROVIDERS)[number];

/** Raw platform errors become this closed union at the boundary, each with the locale key `speech.error.<code>`. */
export const SPEECH_ERRORS = ['not-allowed', 'network', 'no-speech', 'no-voice', 'unavailable'] as const;
export type SpeechErrorCode = (typeof SPEECH_ERRORS)[number];

/**
 * What the dialog needs of speech output, whatever supplies it. `speak`
 * resolves when the utterance has finished or was cancelled.
 */
export interface SpeechOutput {
  readonly provider: SpeechProviderName;
  /** False when this provider says nothing (`off`, or `native` without a voice for the language). */
  canSpeak(language: Language): boolean;
  speak(text: string, language: Language): Promise<void>;
  /** Stops whatever is being said, at once (barge-in). */
  cancel(): void;
}

/** Touch and keypad only: says nothing, and the screen says voice is off. */
export const silentSpeech: SpeechOutput = {
  provider: 'off',
  canSpeak: () => false,
  speak: async () => {},
  cancel: () => {},
};
