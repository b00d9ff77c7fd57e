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
  for (const byte of utf8(input)) {
    hash ^= BigInt(byte);
    hash = (hash * prime) & mask;
  }
  return hash.toString(16).padStart(16, '0');
}

/**
 * The UTF-8 bytes of `text`, as `TextEncoder` gives them (a lone surrogate becomes U+FFFD).
 * Written out because app/ is compiled against the ECMAScript library alone, which has no
 * `TextEncoder` (a Web and Node API), and the key must be the same on every side.
 */
function* utf8(text: string): Generator<number> {
  for (const char of text) {
    let code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) yield code;
    else if (code < 0x800) yield* [0xc0 | (code >> 6), 0x80 | (code & 0x3f)];
    else if (code < 0x10000) yield* [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
    else yield* [0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
  }
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
