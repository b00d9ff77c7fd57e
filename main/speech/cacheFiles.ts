import { lstatSync } from 'node:fs';
import path from 'node:path';
import { SPEECH_CACHE_PATH } from '../../app/speech/cacheKey';

/** The cache's folder inside the data folder. */
export const SPEECH_CACHE_DIR_NAME = 'speech-cache';
export const MANIFEST_FILE_NAME = 'manifest.json';
/** Azure's `X-Microsoft-OutputFormat` for every cached file. */
export const CACHE_AUDIO_FORMAT = 'audio-24khz-48kbitrate-mono-mp3';

export const speechCacheDir = (dataDir: string): string => path.join(dataDir, SPEECH_CACHE_DIR_NAME);
export const audioFileName = (key: string): string => `${key}.mp3`;

/** Only these two shapes are ever served: no other name, no encoding, no folder, so nothing can lead out. */
const SERVED = new RegExp(`^${SPEECH_CACHE_PATH}/(${MANIFEST_FILE_NAME.replace('.', '\\.')}|[0-9a-f]{16}\\.mp3)$`);

/** Whether a request path is the cache's to answer (found or not). */
export const isSpeechCachePath = (pathname: string): boolean =>
  pathname === SPEECH_CACHE_PATH || pathname.startsWith(`${SPEECH_CACHE_PATH}/`);

export interface CacheFile {
  file: string;
  contentType: string;
  size: number;
}

/**
 * The file a request path names in `cacheDir`: `/speech-cache/manifest.json`
 * or `/speech-cache/<16 hex digits>.mp3`, a regular file (not a link). Null
 * for any other path, or when it is not there.
 */
export function speechCacheFile(cacheDir: string, pathname: string): CacheFile | null {
  const name = SERVED.exec(pathname)?.[1];
  if (name === undefined) return null;
  const file = path.join(cacheDir, name);
  try {
    const stat = lstatSync(file);
    if (!stat.isFile()) return null;
    const contentType = name === MANIFEST_FILE_NAME ? 'application/json; charset=utf-8' : 'audio/mpeg';
    return { file, contentType, size: stat.size };
  } catch {
    return null;
  }
}
