// Whether Electron can start on this machine, and if not why: kept pure so it is unit-tested
// (test/unit/scripts/electron-check.test.ts); scripts/start.mjs does the I/O.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The Electron executable installed under `electronDir` (node_modules/electron), or null when its binary is missing. */
export function findElectronBinary(electronDir) {
  try {
    const binary = path.join(electronDir, 'dist', readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/**
 * Why Electron cannot start, or null when it can. The display is checked first:
 * without one there is no point in downloading the binary.
 * @param {{ platform: string, env: Record<string, string | undefined>, binary: string | null }} machine
 * @returns {{ reason: 'no-display' | 'no-binary', message: string } | null}
 */
export function electronBlocker({ platform, env, binary }) {
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { reason: 'no-display', message: 'there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)' };
  }
  if (binary === null) {
    return { reason: 'no-binary', message: 'its binary is not installed and could not be downloaded' };
  }
  return null;
}
