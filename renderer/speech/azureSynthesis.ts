import type { SpeechToken } from '../../app/contract/kioskApi';
import type { Language } from '../../app/i18n/languages';
import { SPEECH_CACHE_PATH, type SpeechCacheManifest, speechCacheKey } from '../../app/speech/cacheKey';
import { buildSsml, MAX_RATE, MIN_RATE } from '../../app/speech/ssml';
import type { SpeakOptions, SpeechOutput } from '../../app/speech/types';

/** What live synthesis asks Azure for: the same format as the prerendered cache. */
export const LIVE_AUDIO_FORMAT = 'audio-24khz-48kbitrate-mono-mp3';
const DEFAULT_OPTIONS: SpeakOptions = { rate: 1, volume: 1 };

export interface AzureOutputOptions {
  voices: Partial<Record<Language, string>>;
  credentials: () => Promise<SpeechToken>;
  /** The page's address, which cache URLs are relative to (`http://host/` or `app://kiosk/`). */
  baseUrl: string;
  fetch?: typeof fetch;
  createAudio?: () => HTMLAudioElement;
}

/** Where live synthesis is POSTed: the configured host, else the region's (in its cloud, as the SDK reckons it). */
export function synthesisUrl(token: SpeechToken): string | null {
  const host = token.synthesisHost ?? (token.region ? regionalSynthesisHost(token.region) : null);
  return host === null ? null : `${host.replace(/\/+$/, '')}/cognitiveservices/v1`;
}

function regionalSynthesisHost(region: string): string {
  const suffix = region.startsWith('china') ? 'azure.cn' : region.startsWith('usgov') ? 'azure.us' : 'microsoft.com';
  return `https://${region}.tts.speech.${suffix}`;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * Azure's voices: a prompt from the prerendered cache when it is there
 * (rendered at the voice's normal rate, played at the resident's rate with
 * pitch kept), otherwise synthesized live with the rate in the SSML.
 *
 * Live synthesis is a plain fetch of the REST endpoint, not the ponyfill's
 * speechSynthesis: that builds `https://<hostname>` and so cannot reach a
 * speech container's `http://host:port`.
 */
export function createAzureOutput(options: AzureOutputOptions): SpeechOutput {
  const fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
  const createAudio = options.createAudio ?? (() => new Audio());
  const cacheUrl = (name: string) => new URL(`.${SPEECH_CACHE_PATH}/${name}`, options.baseUrl).href;
  let manifest: Promise<ReadonlySet<string>> | null = null;
  let current: { stop: () => void } | null = null;

  // Once per session: a missing manifest (404) or an unreadable one just means no cache.
  const cachedKeys = () => {
    manifest ??= fetchFn(cacheUrl('manifest.json'))
      .then(async (response) => {
        if (!response.ok) return new Set<string>();
        const body = (await response.json()) as Partial<SpeechCacheManifest>;
        return new Set(Object.keys(body.entries ?? {}));
      })
      .catch(() => new Set<string>());
    return manifest;
  };

  const cancel = () => {
    const playing = current;
    current = null;
    playing?.stop();
  };

  async function speak(text: string, language: Language, { rate, volume } = DEFAULT_OPTIONS): Promise<void> {
    const voice = options.voices[language];
    if (!voice || text.trim() === '') return;
    cancel();
    const aborter = new AbortController();
    let stopPlayback = () => {};
    const turn = {
      stop: () => {
        aborter.abort();
        stopPlayback();
      },
    };
    current = turn;
    const key = speechCacheKey(language, voice, text);
    const cached = (await cachedKeys()).has(key);
    if (current !== turn) return;
    let source: { url: string; playbackRate: number; revoke: boolean } | null;
    if (cached) {
      source = { url: cacheUrl(`${key}.mp3`), playbackRate: clamp(rate, MIN_RATE, MAX_RATE), revoke: false };
    } else {
      const url = await synthesize(text, language, voice, rate, aborter.signal);
      source = url === null ? null : { url, playbackRate: 1, revoke: true };
    }
    if (source === null) return;
    if (current !== turn) {
      if (source.revoke) URL.revokeObjectURL(source.url);
      return;
    }
    await new Promise<void>((resolve) => {
      const audio = createAudio();
      const done = () => {
        audio.onended = null;
        audio.onerror = null;
        if (source.revoke) URL.revokeObjectURL(source.url);
        if (current === turn) current = null;
        resolve();
      };
      stopPlayback = () => {
        audio.pause();
        audio.removeAttribute('src');
        audio.load();
        done();
      };
      audio.onended = done;
      audio.onerror = done;
      audio.src = source.url;
      // The load algorithm resets playbackRate to defaultPlaybackRate, so both are set.
      audio.defaultPlaybackRate = source.playbackRate;
      audio.playbackRate = source.playbackRate;
      audio.preservesPitch = true;
      audio.volume = clamp(volume, 0, 1);
      audio.play().catch(done);
    });
  }

  /** The utterance as an object URL of MP3 audio, or null when it cannot be had (said nothing, never thrown). */
  async function synthesize(
    text: string,
    language: Language,
    voice: string,
    rate: number,
    signal: AbortSignal,
  ): Promise<string | null> {
    try {
      const token = await options.credentials();
      const url = synthesisUrl(token);
      if (url === null || signal.aborted) return null;
      const headers: Record<string, string> = {
        'Content-Type': 'application/ssml+xml',
        'X-Microsoft-OutputFormat': LIVE_AUDIO_FORMAT,
      };
      if (token.token) headers.Authorization = `Bearer ${token.token}`;
      const body = buildSsml({ text, language, voice, rate: clamp(rate, MIN_RATE, MAX_RATE) });
      const response = await fetchFn(url, { method: 'POST', headers, body, signal });
      if (!response.ok) return null;
      return URL.createObjectURL(await response.blob());
    } catch {
      return null;
    }
  }

  return {
    provider: 'azure',
    canSpeak: (language) => Boolean(options.voices[language]),
    speak,
    cancel,
  };
}
