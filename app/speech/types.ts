import type { Language } from '../i18n/languages';

/** Speech providers a centre can choose (DESIGN.md, "Speech"). */
export const SPEECH_PROVIDERS = ['off', 'native', 'azure', 'scripted'] as const;
export type SpeechProviderName = (typeof SPEECH_PROVIDERS)[number];

/**
 * Raw platform errors become this closed union at the boundary, each with the
 * locale key `speech.error.<code>`: the recogniser's own codes
 * (`not-allowed`, `network`, `no-speech`, `aborted`, `audio-capture`), no
 * voice for the language, the provider unavailable, and anything else.
 */
export const SPEECH_ERRORS = [
  'not-allowed',
  'network',
  'no-speech',
  'aborted',
  'audio-capture',
  'no-voice',
  'unavailable',
  'other',
] as const;
export type SpeechErrorCode = (typeof SPEECH_ERRORS)[number];

/** Errors after which voice input is off for the rest of the session (no microphone, no network). */
export const FATAL_SPEECH_ERRORS: ReadonlySet<SpeechErrorCode> = new Set([
  'not-allowed',
  'audio-capture',
  'network',
  'unavailable',
]);

/** How fast and how loud, as multipliers of the voice's own rate and of full volume. */
export interface SpeakOptions {
  rate: number;
  volume: number;
}

/**
 * What the dialog needs of speech output, whatever supplies it. `speak`
 * resolves when the utterance has finished or was cancelled, and never rejects.
 */
export interface SpeechOutput {
  readonly provider: SpeechProviderName;
  /** False when this provider says nothing (`off`, or `native` without a voice for the language). */
  canSpeak(language: Language): boolean;
  speak(text: string, language: Language, options?: SpeakOptions): Promise<void>;
  /** Stops whatever is being said, at once (barge-in). */
  cancel(): void;
}

/** One turn of listening: the step's phrase hints go to the recogniser. */
export interface ListenRequest {
  language: Language;
  /** Phrase hints from the step's grammar (the ponyfill's `grammars.phrases`). */
  phrases: readonly string[];
  /** After this long without speech the turn ends as `no-input`. */
  timeoutMs: number;
}

/** How one turn of listening ended: only the final transcript, never partial ones. */
export type Heard =
  | { type: 'result'; text: string; confidence: number }
  | { type: 'no-input' }
  | { type: 'error'; code: SpeechErrorCode };

/** What the dialog needs of speech input. `listen` resolves once per turn and never rejects. */
export interface SpeechInput {
  canListen(language: Language): boolean;
  listen(request: ListenRequest): Promise<Heard>;
  /** Ends the current turn at once; a pending `listen` resolves with `{ type: 'error', code: 'aborted' }`. */
  abort(): void;
}

/** A provider: its voice, and its ears where it has them. */
export interface SpeechProvider {
  output: SpeechOutput;
  input: SpeechInput | null;
}

/** Touch and keypad only: says nothing, and the screen says voice is off. */
export const silentSpeech: SpeechOutput = {
  provider: 'off',
  canSpeak: () => false,
  speak: async () => {},
  cancel: () => {},
};
