import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openKiosk } from '../../../../main/compose';
import { startTestCity, type TestCity } from '../forwarding/open311Server';
import { callContext, draft, tempDir } from '../support';

const ROOT = join(import.meta.dirname, '../../../..');

describe('npm run serve with forwarding configured', () => {
  let dir: string;
  let cleanup: () => void;
  let city: TestCity;

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir());
    city = await startTestCity({ apiKey: 'k', jurisdictionId: 'j', serviceCodes: ['N'] });
  });
  afterEach(async () => {
    await city.close();
    cleanup();
  });

  it('forwards a waiting submission on its timer, then stops cleanly on SIGTERM', async () => {
    const forwarding = {
      endpoint: city.endpoint,
      apiKey: 'k',
      jurisdictionId: 'j',
      serviceCodes: { 'cmp.noise': 'N' },
    };
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ forwarding }));
    const seed = openKiosk({ dataDir: dir });
    const { ref } = (await seed.handlers.submit(draft(), callContext())) as { ref: string };
    seed.close();
    expect(city.received).toEqual([]);

    // As `npm run serve` runs it (scripts/serve.mjs: the host's bundle, built first if a source is newer).
    const child = spawn(process.execPath, ['scripts/serve.mjs', '--port', '0', '--data-dir', dir], { cwd: ROOT });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      await expect.poll(() => city.received.length, { timeout: 15_000 }).toBe(1);
      expect(city.received[0]!['attribute[ref]']).toBe(ref);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    const after = openKiosk({ dataDir: dir });
    expect(after.store.outbox.unfinished()).toEqual([]);
    expect(after.store.submissions.findByRef(ref)!.status).toBe('forwarded');
    after.close();
  });
});
