import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { kioskEnv } from '../../../scripts/kiosk-env.mjs';

describe("the kiosk process's environment", () => {
  it('limits glibc to two malloc arenas, as the process started with it sees', () => {
    const seen = spawnSync(process.execPath, ['-e', 'process.stdout.write(process.env.MALLOC_ARENA_MAX ?? "")'], {
      env: kioskEnv({ PATH: process.env.PATH }),
      encoding: 'utf8',
    });
    expect(seen.stdout).toBe('2');
  });

  it("keeps the machine's own setting and everything else it was given", () => {
    expect(kioskEnv({ MALLOC_ARENA_MAX: '4', LINLI_DATA_DIR: '/var/lib/linli' })).toEqual({
      MALLOC_ARENA_MAX: '4',
      LINLI_DATA_DIR: '/var/lib/linli',
    });
  });
});
