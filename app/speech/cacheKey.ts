import type { Language } from '../i18n/languages';

/**
 * The audio cache's key for one fixed prompt: language, voice and the exact
 * text, hashed (FNV-1a, 64 bits) so the same function names the file when
 * `admin prerender-speech` writes it and when the renderer looks for it.
 * Synchronous and dependency-free: `crypto.subtle` is async and absent outside secure contexts.
 */
export function speechCacheKey(language: Language, voice: string, text: string): string {
  const input = `${language}\u0000${voice}\u0000${text.normalize('NFC')}`;
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (const byte of new TextEncoder().encode(input)) {
    hash ^= BigInt(byte);
    hash = (hash * prime) & mask;
  }
  return hash.toString(16).padStart(16, '0');
}

/** Where the host and the Electron protocol serve the cache: `<base>/<key>.mp3` and `<base>/manifest.json`. */
export const SPEECH_CACHE_PATH = '/speech-cache';

/** The cache's index, written by `admin prerender-speech`: which keys exist, rendered at the voice's normal rate. */
export interface SpeechCacheManifest {
  version: 1;
  /** Audio format of every file (Azure `X-Microsoft-OutputFormat`). */
  format: string;
  entries: Record<string, { language: Language; voice: string; text: string; file: string }>;
}
