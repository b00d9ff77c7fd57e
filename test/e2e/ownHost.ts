import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../main/clock';
import { type Kiosk, openKiosk } from '../../main/compose';
import { createHost, type Host } from '../../main/host/createHost';
import { PIN } from './support';

export interface OwnHost {
  url: string;
  kiosk: Kiosk;
  dataDir: string;
  close(): Promise<void>;
}

/** Residents' limits raised, for a spec that submits as fast as a script does (README, "Limits for residents' channels"). */
export const ALLOW_FLOODS = {
  residentLimits: {
    submitsPerMinute: 100_000_000,
    submitsPerHour: 100_000_000,
    submitsPerVisit: 1000,
    lookupsPerMinute: 100_000_000,
  },
};

/**
 * A browser host of the test's own, in this process, on a fresh data folder
 * (or one the test has prepared): for faults that must not touch the shared
 * host, and that need the store at hand (a full disk, a damaged file).
 */
export async function startOwnHost(
  prepare?: (dataDir: string) => void,
  options: { setPin?: boolean; config?: object; now?: Clock } = {},
): Promise<OwnHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'linli-e2e-'));
  if (options.config !== undefined) writeFileSync(join(dataDir, 'config.json'), JSON.stringify(options.config));
  prepare?.(dataDir);
  const kiosk = openKiosk({ dataDir, now: options.now });
  if (options.setPin !== false) await kiosk.staffAuth.setPin(PIN, 'test');
  let host: Host;
  try {
    host = await createHost({ kiosk, staticDir: 'dist/renderer', bind: '127.0.0.1', port: 0 });
  } catch (error) {
    kiosk.close();
    throw error;
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
