// Electron cannot run here, so `electron` is replaced by the recording fake (./fakeElectron.ts),
// as in lifecycle.test.ts; the kiosk behind it and the Open311 city on loopback are real.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openKiosk } from '../../../../main/compose';
import { startKioskApp } from '../../../../main/electron/lifecycle';
import { safeStorageKeyProvider } from '../../../../main/electron/safeStorageKey';
import { FORWARDING_INTERVAL_MS } from '../../../../main/forwarding/schedule';
import { startTestCity, type TestCity } from '../forwarding/open311Server';
import { callContext, draft } from '../support';
import { fake } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

const paths = { rendererDir: '/opt/linli/dist/renderer', preloadPath: '/opt/linli/dist/electron/preload.cjs' };

describe('the Electron kiosk with forwarding configured', () => {
  let dataDir: string;
  let city: TestCity;

  beforeEach(async () => {
    fake.reset();
    dataDir = mkdtempSync(path.join(tmpdir(), 'linli-forwarding-'));
    vi.stubEnv('LINLI_DATA_DIR', dataDir);
    city = await startTestCity({ apiKey: 'k', jurisdictionId: 'j', serviceCodes: ['N'] });
  });
  afterEach(async () => {
    fake.app.emit('will-quit');
    vi.unstubAllEnvs();
    await city.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('forwards a waiting submission on its timer once started', async () => {
    const forwarding = {
      endpoint: city.endpoint,
      apiKey: 'k',
      jurisdictionId: 'j',
      serviceCodes: { 'cmp.noise': 'N' },
    };
    writeFileSync(path.join(dataDir, 'config.json'), JSON.stringify({ forwarding }));
    const seed = openKiosk({ dataDir, keys: safeStorageKeyProvider(dataDir) });
    const { ref } = (await seed.handlers.submit(draft(), callContext())) as { ref: string };
    seed.close();

    await startKioskApp(paths);
    await expect.poll(() => city.received.length).toBe(1);
    expect(city.received[0]!['attribute[ref]']).toBe(ref);
  });

  it('sends nothing without a forwarding config', async () => {
    const seed = openKiosk({ dataDir, keys: safeStorageKeyProvider(dataDir) });
    const { id } = (await seed.handlers.submit(draft(), callContext())) as { id: number };
    seed.close();
    // The forwarding timer on a simulated clock, run past two of its ticks; the sockets stay real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    try {
      await startKioskApp(paths);
      await vi.advanceTimersByTimeAsync(2 * FORWARDING_INTERVAL_MS);
    } finally {
      vi.useRealTimers();
    }
    // A tick puts the submission in the outbox and commits `sending` before its request leaves
    // (main/store/outbox.ts): no entry means no request was ever on its way.
    const after = openKiosk({ dataDir, keys: safeStorageKeyProvider(dataDir) });
    try {
      expect(after.store.outbox.get(id)).toBeUndefined();
    } finally {
      after.close();
    }
    expect(city.received).toEqual([]);
  });
});
