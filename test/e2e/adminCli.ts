import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

/** `npm run -s admin -- …` on a host's data folder while the host runs, as an admin at the kiosk computer would. */
export function admin(dataDir: string, args: string[], input: string) {
  const tsx = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
  return spawnSync(process.execPath, [tsx, 'main/cli/admin.ts', ...args, '--data-dir', dataDir], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, LINLI_DATA_DIR: '' },
  });
}
