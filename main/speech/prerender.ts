import { randomBytes } from 'node:crypto';
import { mkdirSync, statSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../app/contract/errors';
import { type SpeechCacheManifest, speechCacheKey } from '../../app/speech/cacheKey';
import type { FixedPrompt } from '../../app/speech/fixedPrompts';
import { buildSsml } from '../../app/speech/ssml';
import type { Config } from '../config/config';
import { audioFileName, CACHE_AUDIO_FORMAT, MANIFEST_FILE_NAME } from './cacheFiles';
import { azureEndpoints } from './endpoints';
import { centrePrompts } from './fixedPrompts';
import type { Fetch, SpeechTokenBroker } from './tokenBroker';

/** One fixed prompt in one voice, and where its audio goes. */
export interface CacheEntry extends FixedPrompt {
  voice: string;
  key: string;
  file: string;
  /** Already rendered by an earlier run. */
  present: boolean;
}

export interface PrerenderDeps {
  config: Pick<Config, 'languages' | 'centreName' | 'catalogue' | 'speech'>;
  /** `<dataDir>/speech-cache`, made if missing. */
  cacheDir: string;
  fetch: Fetch;
  tokens: SpeechTokenBroker;
  /** Sent as `Ocp-Apim-Subscription-Key` to a speech container that wants it (no token service). */
  subscriptionKey: string | null;
  /** Told of each failure as it happens. */
  onFailure?: (failure: PrerenderFailure) => void;
  /** The prompts to render; by default every fixed prompt of the centre (main/speech/fixedPrompts.ts). */
  prompts?: readonly FixedPrompt[];
}

export interface PrerenderFailure {
  entry: CacheEntry;
  reason: string;
}

export interface PrerenderReport {
  rendered: number;
  kept: number;
  failed: PrerenderFailure[];
}

const USER_AGENT = 'Linli-kiosk-prerender';
const TIMEOUT_MS = 30_000;
const MAX_AUDIO_BYTES = 10 * 1024 * 1024;
/** A few requests at once: quicker than one by one, gentle on a free-tier subscription's rate limit. */
const PARALLEL = 4;

/** Every fixed prompt of the centre in its language's configured voice, and whether the cache has it. */
export function planCache(
  config: PrerenderDeps['config'],
  cacheDir: string,
  prompts: readonly FixedPrompt[] = centrePrompts(config),
): CacheEntry[] {
  const byKey = new Map<string, CacheEntry>();
  for (const prompt of prompts) {
    const voice = config.speech.voices[prompt.language];
    const key = speechCacheKey(prompt.language, voice, prompt.text);
    const file = path.join(cacheDir, audioFileName(key));
    if (!byKey.has(key)) byKey.set(key, { ...prompt, voice, key, file, present: hasAudio(file) });
  }
  return [...byKey.values()];
}

function hasAudio(file: string): boolean {
  try {
    return statSync(file).size > 0;
  } catch {
    return false;
  }
}

/** Writes a file so a reader sees the old one or the whole new one, never half of it. */
async function writeAtomically(file: string, data: Uint8Array): Promise<void> {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

async function authorization(deps: PrerenderDeps): Promise<Record<string, string>> {
  const { token } = await deps.tokens.current();
  if (token !== null) return { Authorization: `Bearer ${token}` };
  return deps.subscriptionKey === null ? {} : { 'Ocp-Apim-Subscription-Key': deps.subscriptionKey };
}

/** Synthesizes one entry; resolves with the failure's reason, or null once the audio is written. */
async function render(entry: CacheEntry, url: string, deps: PrerenderDeps): Promise<string | null> {
  let response: Response;
  try {
    const headers = {
      ...(await authorization(deps)),
      'Content-Type': 'application/ssml+xml',
      'X-Microsoft-OutputFormat': CACHE_AUDIO_FORMAT,
      'User-Agent': USER_AGENT,
    };
    // Rate 1: the renderer plays the audio at the resident's rate, pitch preserved.
    const body = buildSsml({ text: entry.text, language: entry.language, voice: entry.voice, rate: 1 });
    response = await deps.fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    return error instanceof ApiError ? error.message : 'the speech service cannot be reached';
  }
  if (!response.ok) {
    await response.body?.cancel();
    const hint = response.status === 429 ? ' (rate-limited: run the command again later for the rest)' : '';
    return `HTTP ${response.status}${hint}`;
  }
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('audio/')) {
    await response.body?.cancel();
    return `the answer is not audio (${type || 'no Content-Type'})`;
  }
  const audio = new Uint8Array(await response.arrayBuffer());
  if (audio.byteLength === 0 || audio.byteLength > MAX_AUDIO_BYTES) return `unusable audio (${audio.byteLength} bytes)`;
  try {
    await writeAtomically(entry.file, audio);
  } catch (error) {
    return `cannot be written (${(error as NodeJS.ErrnoException).code ?? error})`;
  }
  return null;
}

/** The index of what the cache holds of this centre's prompts (app/speech/cacheKey.ts). */
async function writeManifest(cacheDir: string, entries: readonly CacheEntry[]): Promise<void> {
  const manifest: SpeechCacheManifest = { version: 1, format: CACHE_AUDIO_FORMAT, entries: {} };
  for (const { key, language, voice, text, file } of entries) {
    if (hasAudio(file)) manifest.entries[key] = { language, voice, text, file: path.basename(file) };
  }
  await writeAtomically(path.join(cacheDir, MANIFEST_FILE_NAME), Buffer.from(`${JSON.stringify(manifest, null, 1)}\n`));
}

/**
 * Renders every fixed prompt the cache lacks, a few at a time, and writes the
 * manifest. Entries already there are kept; a failure is reported and the
 * rest go on, so a second run renders only what is still missing.
 */
export async function prerenderSpeech(deps: PrerenderDeps): Promise<PrerenderReport> {
  mkdirSync(deps.cacheDir, { recursive: true });
  const entries = planCache(deps.config, deps.cacheDir, deps.prompts);
  const todo = entries.filter((e) => !e.present);
  const report: PrerenderReport = { rendered: 0, kept: entries.length - todo.length, failed: [] };
  const url = azureEndpoints(deps.config.speech.azure).synthesisUrl;
  // No token, nothing can be rendered: one clear failure (ApiError) instead of one per prompt.
  if (todo.length > 0) await deps.tokens.current();
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const entry = todo[next++]!;
      const reason = await render(entry, url, deps);
      if (reason === null) report.rendered++;
      else {
        const failure = { entry, reason };
        report.failed.push(failure);
        deps.onFailure?.(failure);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, todo.length) }, worker));
  // Rewritten every run, so prompts the locales or the config no longer have drop out of it.
  await writeManifest(deps.cacheDir, entries);
  report.failed.sort((a, b) => entries.indexOf(a.entry) - entries.indexOf(b.entry));
  return report;
}
