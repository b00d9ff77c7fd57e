import { ApiError } from '../../app/contract/errors';
import type { Kiosk } from '../compose';
import { speechCacheDir } from '../speech/cacheFiles';
import { type CacheEntry, planCache, prerenderSpeech } from '../speech/prerender';
import type { AdminArgs } from './adminArgs';
import { AdminError, type Io } from './adminCommands';
import { clip, plural, renderTable } from './table';

const quoted = (entry: CacheEntry) => `${entry.language} "${clip(entry.text.replace(/\s+/g, ' '), 60)}"`;

/**
 * `prerender-speech [--dry-run]`: every fixed prompt synthesized once with the
 * configured Azure voice into `<dataDir>/speech-cache`, so the kiosk plays
 * them without waiting for the network (README, "Speech").
 */
export async function prerenderSpeechCommand(kiosk: Kiosk, args: AdminArgs, io: Io): Promise<void> {
  const { config } = kiosk;
  if (config.speech.provider !== 'azure') {
    throw new AdminError(
      `prerender-speech synthesizes with Azure, but speech.provider is "${config.speech.provider}": ` +
        'set it to "azure" with speech.azure in the config first.',
    );
  }
  const cacheDir = speechCacheDir(kiosk.dataDir);
  if (args.dryRun) return dryRun(planCache(config, cacheDir), cacheDir, io);

  let report: Awaited<ReturnType<typeof prerenderSpeech>>;
  try {
    report = await prerenderSpeech({
      config,
      cacheDir,
      fetch: kiosk.speech.fetch,
      tokens: kiosk.speech.tokens,
      subscriptionKey: kiosk.speech.subscriptionKey,
      onFailure: ({ entry, reason }) => io.stderr.write(`failed: ${quoted(entry)}: ${reason}\n`),
    });
  } catch (error) {
    if (error instanceof ApiError) throw new AdminError(`Nothing was rendered: ${error.message}`);
    throw error;
  }
  const { rendered, kept, failed } = report;
  io.stderr.write(`Rendered ${rendered}, kept ${kept}, failed ${failed.length}: ${cacheDir}\n`);
  if (failed.length > 0) {
    throw new AdminError(
      `${plural(failed.length, 'prompt')} could not be rendered (listed above); ` +
        'what was rendered is kept: run prerender-speech again for the rest.',
    );
  }
}

function dryRun(entries: CacheEntry[], cacheDir: string, io: Io): void {
  const todo = entries.filter((e) => !e.present);
  if (todo.length > 0) {
    const rows = todo.map((e) => [e.key, e.language, e.voice, clip(e.text.replace(/\s+/g, ' '), 60)]);
    io.stdout.write(`${renderTable(['key', 'language', 'voice', 'text'], rows)}\n`);
  }
  io.stderr.write(
    `Would render ${plural(todo.length, 'prompt')} (${entries.length - todo.length} already in ${cacheDir}).\n`,
  );
}
