import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CONFIG_FILE_NAME = 'config.json';

/** The data folder: the option, else `LINLI_DATA_DIR`, else `./.data`. */
export function resolveDataDir(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(option ?? (env.LINLI_DATA_DIR || '.data'));
}

/** The config file: the option, else `<dataDir>/config.json` when it exists, else none (built-in defaults). */
export function resolveConfigPath(option: string | undefined, dataDir: string): string | undefined {
  if (option !== undefined) return option;
  const inDataDir = join(dataDir, CONFIG_FILE_NAME);
  return existsSync(inDataDir) ? inDataDir : undefined;
}
