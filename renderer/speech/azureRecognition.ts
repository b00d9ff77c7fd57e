import {
  AudioConfig,
  Connection,
  OutputFormat,
  PropertyId,
  SpeechConfig,
  SpeechRecognizer,
} from 'microsoft-cognitiveservices-speech-sdk';
import { createSpeechRecognitionPonyfillFromRecognizer } from 'web-speech-cognitive-services';
import type { SpeechToken } from '../../app/contract/kioskApi';
import type { Language } from '../../app/i18n/languages';
import type { Heard, ListenRequest, SpeechErrorCode, SpeechInput } from '../../app/speech/types';

/** Credentials that cannot reach any recogniser (no host, no region): voice input is unavailable, not failing. */
export class SpeechUnavailableError extends Error {
  override name = 'SpeechUnavailableError';
}

export interface AzureInputOptions {
  credentials: () => Promise<SpeechToken>;
  /** The recogniser's locale for a kiosk language (`en` → `en-GB` when the voice is British). */
  locale: (language: Language) => string;
  /** Where each turn's audio comes from: the default microphone in the kiosk, a file in tests. */
  audioConfig?: () => AudioConfig;
  /** Languages with a voice configured: the kiosk listens only where it can also answer. */
  canListen: (language: Language) => boolean;
}

type Ponyfill = ReturnType<typeof createSpeechRecognitionPonyfillFromRecognizer>;
type Recognition = InstanceType<Ponyfill['SpeechRecognition']>;

const CODES: Partial<Record<string, Heard>> = {
  'no-speech': { type: 'no-input' },
  aborted: { type: 'error', code: 'aborted' },
  'not-allowed': { type: 'error', code: 'not-allowed' },
  network: { type: 'error', code: 'network' },
  'audio-capture': { type: 'error', code: 'audio-capture' },
};

/** The codes the ponyfill reports for a session that started; an `end` event follows each. */
const W3C_ERRORS: ReadonlySet<unknown> = new Set([
  'aborted',
  'audio-capture',
  'bad-grammar',
  'language-not-supported',
  'network',
  'no-speech',
  'not-allowed',
  'service-not-allowed',
  'unknown',
]);

/**
 * The ponyfill's error (a W3C code, or — when `start()` itself failed — the
 * Error or string the SDK rejected with) as one of the closed codes.
 */
export function heardFromError(error: unknown): Heard {
  if (typeof error === 'string' && CODES[error] !== undefined) return CODES[error];
  if (error instanceof SpeechUnavailableError) return { type: 'error', code: 'unavailable' };
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const code: SpeechErrorCode = /NotAllowedError|Permission denied|SecurityError/i.test(text)
    ? 'not-allowed'
    : /NotFoundError|NotReadableError|OverconstrainedError|microphone|getUserMedia|device/i.test(text)
      ? 'audio-capture'
      : /1006|Unable to contact server|network|websocket/i.test(text)
        ? 'network'
        : 'other';
  return { type: 'error', code };
}

interface ResultList {
  readonly length: number;
  readonly [index: number]:
    | { readonly [index: number]: { transcript: string; confidence: number } | undefined }
    | undefined;
}

/** The alternative the recogniser trusts most, as a result; an empty transcript is no input. */
export function heardFromResults(results: ResultList): Heard {
  const last = results[results.length - 1];
  const best = last?.[0];
  const text = best?.transcript?.trim() ?? '';
  if (text === '') return { type: 'no-input' };
  const confidence = typeof best?.confidence === 'number' && Number.isFinite(best.confidence) ? best.confidence : 0;
  return { type: 'result', text, confidence };
}

function speechConfigFor(token: SpeechToken, locale: string, timeoutMs: number): SpeechConfig {
  let config: SpeechConfig;
  if (token.recognitionHost) {
    // Not the ponyfill's own createSpeechServicesPonyfill: it builds `wss://<hostname>` and drops
    // any port, so it cannot reach a speech container (`ws://host:5000`) or this repo's test double.
    config = SpeechConfig.fromHost(new URL(token.recognitionHost));
    if (token.token) config.authorizationToken = token.token;
  } else if (token.token && token.region) {
    config = SpeechConfig.fromAuthorizationToken(token.token, token.region);
  } else {
    throw new SpeechUnavailableError('no recognition host, and no token with a region');
  }
  // Detailed carries NBest with each alternative's Confidence; Simple has none (the ponyfill then says 0.5).
  config.outputFormat = OutputFormat.Detailed;
  config.speechRecognitionLanguage = locale;
  const silenceMs = Math.min(60_000, Math.max(1, Math.round(timeoutMs)));
  config.setProperty(PropertyId.SpeechServiceConnection_InitialSilenceTimeoutMs, String(silenceMs));
  return config;
}

/**
 * The default microphone, read through a ScriptProcessorNode. The SDK's
 * AudioWorklet would be loaded from a `blob:` URL, which the kiosk's CSP
 * refuses (`script-src 'self'`; allowing blob: scripts would weaken it for the
 * whole page); the SDK then falls back to the ScriptProcessorNode anyway, after
 * a CSP error. "ignore" asks for it directly (PCMRecorder.js).
 */
function microphone(): AudioConfig {
  const config = AudioConfig.fromDefaultMicrophoneInput();
  config.setProperty('MICROPHONE-WorkletSourceUrl', 'ignore');
  return config;
}

/**
 * Azure recognition through web-speech-cognitive-services' W3C
 * SpeechRecognition: one final transcript per turn, the step's phrase hints
 * as `grammars.phrases`. A turn resolves once, never rejects.
 */
export function createAzureInput(options: AzureInputOptions): SpeechInput {
  // A source per turn: stopping one turn turns its source off and announces it on the source's
  // events, which would also end a next turn that shared the source while the first winds down.
  const audio = () => options.audioConfig?.() ?? microphone();
  let current: { end: (heard: Heard) => void } | null = null;

  return {
    canListen: options.canListen,
    abort() {
      current?.end({ type: 'error', code: 'aborted' });
    },
    listen(request) {
      current?.end({ type: 'error', code: 'aborted' });
      return new Promise<Heard>((resolve) => {
        const turn = startTurn(request, options, audio, (heard) => {
          if (current === turn) current = null;
          resolve(heard);
        });
        current = turn;
      });
    },
  };
}

/** One turn: a recogniser of its own (so its websocket and microphone are released when the turn ends). */
function startTurn(
  request: ListenRequest,
  options: AzureInputOptions,
  audio: () => AudioConfig,
  settle: (heard: Heard) => void,
): { end: (heard: Heard) => void } {
  let recognizer: SpeechRecognizer | null = null;
  let reachedService = false;
  let settled = false;
  let stopWhenStarted = false;
  let outcome: Heard | null = null;

  const { SpeechGrammarList, SpeechRecognition } = createSpeechRecognitionPonyfillFromRecognizer({
    createRecognizer: async (lang) => {
      const config = speechConfigFor(await options.credentials(), lang, request.timeoutMs);
      recognizer = new SpeechRecognizer(config, audio());
      Connection.fromRecognizer(recognizer).connected = () => {
        reachedService = true;
      };
      return recognizer;
    },
    enableTelemetry: false,
    looseEvents: false,
    textNormalization: 'display',
  });
  const recognition: Recognition = new SpeechRecognition();
  recognition.lang = options.locale(request.language);
  recognition.continuous = false;
  recognition.interimResults = false;
  recognition.maxAlternatives = 3;
  const grammars = new SpeechGrammarList();
  grammars.phrases = [...request.phrases];
  recognition.grammars = grammars;

  const release = () => {
    const r = recognizer;
    recognizer = null;
    // The ponyfill disposes with dispose(false), which keeps the websocket open; close() ends it.
    if (r !== null) r.close(undefined, () => {});
  };
  // `stop`/`abort` exist only once the session has started; until then the turn is stopped on `start`.
  // abort(), not stop(): stop() can leave the 8.x ponyfill waiting (compulim/web-speech-cognitive-services#166).
  const stopRecognition = () => {
    if (recognition.abort) recognition.abort();
    else stopWhenStarted = true;
  };
  const finish = (heard: Heard) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    settle(heard);
  };
  // The time is up, or the kiosk moved on: the turn is over now, the recogniser winds down after.
  const cutShort = (heard: Heard) => {
    if (settled) return;
    finish(heard);
    stopRecognition();
  };

  let timer = setTimeout(() => cutShort({ type: 'no-input' }), request.timeoutMs);
  recognition.onstart = () => {
    if (stopWhenStarted) recognition.abort?.();
  };
  // Someone is speaking: give them the full time again rather than cut them off mid-sentence.
  recognition.onspeechstart = () => {
    if (settled) return;
    clearTimeout(timer);
    timer = setTimeout(() => cutShort({ type: 'no-input' }), request.timeoutMs);
  };
  recognition.onresult = (event) => {
    outcome = heardFromResults(event.results);
  };
  recognition.onerror = (event) => {
    outcome = heardFromError(event.error);
    // A start that failed (no token, no microphone) reports what the SDK rejected with, and no `end` follows.
    if (!W3C_ERRORS.has(event.error)) {
      finish(outcome);
      release();
    }
  };
  recognition.onend = () => {
    // When the websocket cannot open, the SDK turns the microphone off before it reports the
    // failure, and the ponyfill ends on the former without an error: that is no network, not silence.
    finish(outcome ?? (reachedService ? { type: 'no-input' } : { type: 'error', code: 'network' }));
    release();
  };
  recognition.start();
  return { end: cutShort };
}
