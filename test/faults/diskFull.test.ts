import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Kiosk, openKiosk } from '../../main/compose';
import { createHost, type Host } from '../../main/host/createHost';
import { draft, tempDir } from '../unit/main/support';
import { callApi } from './support';

type Row = Record<string, unknown>;

/**
 * A full disk, simulated with SQLite's max_page_count on the host's own
 * connection (https://sqlite.org/pragma.html#pragma_max_page_count): SQLite
 * answers SQLITE_FULL exactly as it does when the file system is full.
 */
describe('the disk fills up', () => {
  let dirs: { dir: string; cleanup: () => void };
  let kiosk: Kiosk;
  let host: Host;
  const errors: unknown[][] = [];
  const originalError = console.error;

  beforeEach(async () => {
    dirs = tempDir();
    kiosk = openKiosk({ dataDir: dirs.dir });
    host = await createHost({ kiosk, staticDir: join(dirs.dir, 'no-build'), bind: '127.0.0.1', port: 0 });
    console.error = (...args: unknown[]) => errors.push(args);
  });
  afterEach(async () => {
    console.error = originalError;
    await host.close();
    kiosk.close();
    dirs.cleanup();
  });

  const allRows = () => kiosk.store.db.prepare('SELECT * FROM submissions ORDER BY id').all() as Row[];
  const allHistory = () => kiosk.store.db.prepare('SELECT * FROM status_history ORDER BY id').all() as Row[];
  /** A description of 4000 characters (about 12 KB) needs new pages, so it cannot slip into free space. */
  const big = (i: number) => draft({ description: `${i} ${'楼'.repeat(3990)}` });

  it('answers 503 "unavailable" naming the storage, harms nothing stored, and takes submissions again once there is room', async () => {
    for (let i = 0; i < 10; i++) expect((await callApi(host.url, 'submit', big(i))).status).toBe(200);
    const rowsBefore = allRows();
    const historyBefore = allHistory();
    const pages = kiosk.store.db.pragma('page_count', { simple: true }) as number;
    kiosk.store.db.pragma(`max_page_count = ${pages}`);

    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await callApi(host.url, 'submit', big(100 + i)));
    for (const answer of answers) {
      expect(answer.status).toBe(503);
      const { error } = answer.json();
      expect(error.code).toBe('unavailable');
      expect(error.message).toMatch(/^storage: .*disk is full.*call staff/);
      expect(answer.text).not.toMatch(/SQLITE|sqlite|\.ts|at /);
    }
    // Other calls fail the same clear way, or succeed: never a 500.
    for (const method of ['callStaff', 'getKioskConfig', 'speechToken']) {
      const answer = await callApi(host.url, method, method === 'callStaff' ? { language: 'zh-CN' } : {});
      expect([200, 503], method).toContain(answer.status);
    }
    expect(allRows()).toEqual(rowsBefore);
    expect(allHistory()).toEqual(historyBefore);
    expect(kiosk.store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(errors.length).toBeGreaterThan(0);

    kiosk.store.db.pragma('max_page_count = 1073741823');
    const again = await callApi(host.url, 'submit', big(200));
    expect(again.status).toBe(200);
    expect(kiosk.store.submissions.findByRef(again.json().ref)?.description).toBe(big(200).description);
    expect(allRows()).toHaveLength(rowsBefore.length + 1);
  });
});
