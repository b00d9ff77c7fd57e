import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ResultOf } from '../../../../app/contract/kioskApi';
import { openKiosk } from '../../../../main/compose';
import { createQueueWatch, statfsFreeSpace } from '../../../../main/services/queueWatch';
import { openStore } from '../../../../main/store/store';
import { callContext, draft, fakeClock, useTempDir } from '../support';

const MB = 1024 * 1024;

describe('the watch on the queue’s disk', () => {
  const temp = useTempDir();

  function storeWith(
    freeMegabytes: { value: number | null },
    thresholds = { minFreeMegabytes: 500, maxDatabaseMegabytes: 4096 },
  ) {
    const store = openStore({ dataDir: temp.dir, now: fakeClock().now, random: Math.random });
    const watch = createQueueWatch({
      file: store.file,
      thresholds,
      audit: store.audit,
      freeSpace: () => (freeMegabytes.value === null ? null : freeMegabytes.value * MB),
    });
    const warnings = () => store.audit.list(100).filter((e) => e.action.startsWith('queue.space'));
    return { store, watch, warnings };
  }

  it('warns while free space is under the threshold, writing the audit log once per crossing, not per check', () => {
    const free = { value: 2000 };
    const { store, watch, warnings } = storeWith(free);
    try {
      expect(watch.check()).toBeNull();
      free.value = 400;
      for (let i = 0; i < 50; i++) expect(watch.check()).toMatchObject({ reason: 'disk', freeMegabytes: 400 });
      free.value = 600;
      expect(watch.check()).toBeNull();
      expect(watch.check()).toBeNull();
      free.value = 300;
      watch.check();
      expect(warnings().map((e) => e.action)).toEqual(['queue.space-low', 'queue.space-ok', 'queue.space-low']);
    } finally {
      store.close();
    }
  });

  it('warns when the database with its WAL outgrows its threshold, measured on the real file', () => {
    const { store, watch } = storeWith({ value: 100_000 }, { minFreeMegabytes: 500, maxDatabaseMegabytes: 1 });
    try {
      expect(watch.check()).toBeNull();
      const insert = store.db.prepare('INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)');
      const filler = 'x'.repeat(64 * 1024);
      for (let i = 0; i < 40; i++) insert.run('t', 'test', 'fill', filler);
      expect(watch.check()).toMatchObject({ reason: 'database', databaseMegabytes: expect.any(Number) });
      expect(watch.check()!.databaseMegabytes).toBeGreaterThan(1);
    } finally {
      store.close();
    }
  });

  it('reads the real free space of the data folder’s disk', () => {
    expect(statfsFreeSpace(temp.dir)).toBeGreaterThan(0);
    expect(statfsFreeSpace(join(temp.dir, 'not-there'))).toBeNull();
  });

  it('shows staff the warning with the queue, checked on each submit too', async () => {
    writeFileSync(join(temp.dir, 'config.json'), JSON.stringify({ queueWatch: { minFreeMegabytes: 500 } }));
    const free = { value: 10_000 };
    const kiosk = openKiosk({ dataDir: temp.dir, now: fakeClock().now, freeSpace: () => free.value * MB });
    try {
      await kiosk.staffAuth.setPin('2468', 'test');
      const staff = callContext();
      await kiosk.handlers.staffLogin({ pin: '2468' }, staff);
      const list = async () => (await kiosk.handlers.listSubmissions({}, staff)) as ResultOf<'listSubmissions'>;
      expect((await list()).spaceWarning).toBeUndefined();
      free.value = 100;
      await kiosk.handlers.submit(draft(), callContext());
      expect(kiosk.store.audit.list(5).map((e) => e.action)).toContain('queue.space-low');
      expect((await list()).spaceWarning).toEqual({
        reason: 'disk',
        freeMegabytes: 100,
        databaseMegabytes: expect.any(Number),
      });
    } finally {
      kiosk.close();
    }
  });

  it('never reports a stored submission as failed when the watch itself fails', async () => {
    const kiosk = openKiosk({
      dataDir: temp.dir,
      now: fakeClock().now,
      freeSpace: () => {
        throw new Error('statfs: no such device');
      },
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const { ref } = (await kiosk.handlers.submit(draft(), callContext())) as { ref: string };
      expect(kiosk.store.submissions.findByRef(ref)).toBeDefined();
      expect(logged).toHaveBeenCalledOnce();
    } finally {
      logged.mockRestore();
      kiosk.close();
    }
  });
});
