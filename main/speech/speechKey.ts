import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config/config';
import type { SpeechConfig } from '../config/speech';

/** The environment variable that holds the Azure Speech subscription key. */
export const SPEECH_KEY_ENV = 'LINLI_AZURE_SPEECH_KEY';

// Azure keys are 32 hex digits or, newer, 84 letters and digits; anything printable is let through, but never
// whitespace or control characters, which would corrupt the request header the key travels in.
const KEY_SHAPE = /^[\x21-\x7e]{8,256}$/;
const FIELD = 'speech.azure.keyFile';

/**
 * The Azure Speech subscription key, read on the main side only: from
 * `LINLI_AZURE_SPEECH_KEY`, else from `speech.azure.keyFile` (relative to the
 * config file's folder). Null when the provider is not `azure` or no key is
 * given (a speech container needs none). A key file that cannot be used stops
 * the start like any bad config value; messages never carry the key.
 */
export function readSpeechKey(
  speech: Pick<SpeechConfig, 'provider' | 'azure'>,
  env: NodeJS.ProcessEnv,
  configPath: string | undefined,
): string | null {
  if (speech.provider !== 'azure') return null;
  const source = configPath ?? 'config';
  const fromEnv = env[SPEECH_KEY_ENV]?.trim();
  if (fromEnv) {
    if (!KEY_SHAPE.test(fromEnv)) {
      throw new ConfigError(
        SPEECH_KEY_ENV,
        null,
        'is not a subscription key (8 to 256 printable characters, no spaces)',
      );
    }
    return fromEnv;
  }
  const keyFile = speech.azure?.keyFile;
  if (keyFile === undefined) return null;
  const file = path.resolve(configPath === undefined ? '.' : path.dirname(configPath), keyFile);
  let text: string;
  try {
    checkPrivate(file, source);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(
      source,
      FIELD,
      `${file} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`}`,
    );
  }
  const key = text.replace(/^\uFEFF/, '').trim();
  if (!KEY_SHAPE.test(key)) {
    throw new ConfigError(source, FIELD, `${file} must hold only the subscription key, on one line`);
  }
  return key;
}

/** Others must not read the key, as ssh insists for a private key (POSIX modes only). */
function checkPrivate(file: string, source: string): void {
  if (process.platform === 'win32') return;
  const mode = statSync(file).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw new ConfigError(
      source,
      FIELD,
      `${file} may be read by other users (mode ${mode.toString(8)}); make it private with \`chmod 600 ${file}\``,
    );
  }
}
