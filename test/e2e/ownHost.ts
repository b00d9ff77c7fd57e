import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../main/clock';
import { type Kiosk, openKiosk } from '../../main/compose';
import { createHost, type Host } from '../../main/host/createHost';
import { FLOOD_LIMITS } from '../fixtures/floodLimits';

/** The staff PIN every test host is given. */
export const PIN = '246810';

export interface OwnHost {
  url: string;
  kiosk: Kiosk;
  dataDir: string;
  close(): Promise<void>;
}

/** Residents' limits raised, for a spec that submits as fast as a script does (README, "Limits for residents' channels"). */
export const ALLOW_FLOODS = { residentLimits: FLOOD_LIMITS };

/**
 * A browser host in this process, on a fresh data folder (or one the test has
 * prepared): each Playwright worker's own host (support.ts), and a test's
 * own for faults that must not touch it and need the store at hand (a full
 * disk, a damaged file). `port` 0 picks a free one.
 */
export async function startOwnHost(
  prepare?: (dataDir: string) => void,
  options: { setPin?: boolean; config?: object; now?: Clock; port?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<OwnHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'linli-e2e-'));
  // "Me too" is off unless a spec asks for it: specs on one worker's host submit alike complaints, and an
  // offer to join the last one would stand in the way of the next (meToo.spec.ts turns it on).
  writeFileSync(join(dataDir, 'config.json'), JSON.stringify({ meToo: { days: 0 }, ...options.config }));
  prepare?.(dataDir);
  const kiosk = openKiosk({ dataDir, now: options.now, ...(options.env && { env: options.env }) });
  if (options.setPin !== false) await kiosk.staffAuth.setPin(PIN, 'test');
  let host: Host;
  try {
    host = await createHost({ kiosk, staticDir: 'dist/renderer', bind: '127.0.0.1', port: options.port ?? 0 });
  } catch (error) {
    kiosk.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  if (!host.rendererBuilt) {
    await host.close();
    kiosk.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error('dist/renderer has no index.html: run `npx vite build` before the end-to-end tests');
  }
  return {
    url: host.url,
    kiosk,
    dataDir,
    async close() {
      await host.close();
      kiosk.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
