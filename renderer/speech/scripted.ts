import type { Language } from '../../app/i18n/languages';
import type { Heard, ListenRequest, SpeakOptions, SpeechErrorCode, SpeechProvider } from '../../app/speech/types';

/** One prompt as the scripted provider heard the kiosk say it. */
export interface SpokenEntry {
  text: string;
  language: Language;
  rate: number;
  volume: number;
  /** True when the resident cut it short (barge-in). */
  interrupted: boolean;
}

/** `window.linliSpeech` (DESIGN.md, "Scripted speech"). */
export interface ScriptedSpeechHandle {
  /** The resident says something; below the kiosk's threshold it asks "did you say …?". */
  say(text: string, confidence?: number): void;
  /** The resident says nothing until the no-input timeout. */
  silence(): void;
  /** Extension: the recogniser fails with this code (a refused microphone, a lost network). */
  fail(code: SpeechErrorCode): void;
  /** Every prompt spoken so far, in order, with its language. */
  readonly spoken: SpokenEntry[];
  /** Whether the kiosk is waiting for speech now. */
  readonly listening: boolean;
  /** Extension: whether the kiosk is speaking now. */
  readonly speaking: boolean;
  /** Extension: the phrase hints given to the last turn of listening. */
  readonly phrases: readonly string[];
  /** Extension: how long each character takes to "say", in ms (default 4); tests of barge-in make speech slow. */
  msPerChar: number;
}

declare global {
  interface Window {
    linliSpeech?: ScriptedSpeechHandle;
  }
}

type Reply = Heard;

/**
 * A W3C-shaped stand-in for tests and demonstrations: speech is recorded, not
 * heard, and the resident's words come from `say()`. Words said while the
 * kiosk is talking interrupt it (barge-in) and are heard by the next turn.
 */
export function createScriptedSpeech(): SpeechProvider {
  const spoken: SpokenEntry[] = [];
  const queued: Reply[] = [];
  let phrases: readonly string[] = [];
  let waiting: ((heard: Heard) => void) | null = null;
  let current: { entry: SpokenEntry; finish: () => void } | null = null;

  const cancel = () => {
    if (!current) return;
    current.entry.interrupted = true;
    current.finish();
  };
  const hear = (reply: Reply) => {
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve(reply);
      return;
    }
    cancel();
    queued.push(reply);
  };

  const handle: ScriptedSpeechHandle = {
    say: (text, confidence = 0.95) => hear({ type: 'result', text, confidence }),
    silence: () => hear({ type: 'no-input' }),
    fail: (code) => hear({ type: 'error', code }),
    spoken,
    get listening() {
      return waiting !== null;
    },
    get speaking() {
      return current !== null;
    },
    get phrases() {
      return phrases;
    },
    msPerChar: 4,
  };
  window.linliSpeech = handle;

  return {
    output: {
      provider: 'scripted',
      canSpeak: () => true,
      speak: (text: string, language: Language, options?: SpeakOptions) =>
        new Promise<void>((resolve) => {
          cancel();
          const entry: SpokenEntry = {
            text,
            language,
            rate: options?.rate ?? 1,
            volume: options?.volume ?? 1,
            interrupted: false,
          };
          spoken.push(entry);
          const timer = setTimeout(() => finish(), Math.min(3000, text.length * handle.msPerChar));
          const finish = () => {
            clearTimeout(timer);
            if (current?.entry === entry) current = null;
            resolve();
          };
          current = { entry, finish };
        }),
      cancel,
    },
    input: {
      canListen: () => true,
      listen: (request: ListenRequest) =>
        new Promise<Heard>((resolve) => {
          phrases = request.phrases;
          const next = queued.shift();
          if (next) return resolve(next);
          waiting?.({ type: 'error', code: 'aborted' });
          waiting = resolve;
        }),
      abort: () => {
        const resolve = waiting;
        waiting = null;
        resolve?.({ type: 'error', code: 'aborted' });
      },
    },
  };
}
