import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/contract/errors';
import { runAdmin } from '../../main/cli/runAdmin';
import { openKiosk } from '../../main/compose';
import { dispatch } from '../../main/services/dispatch';
import { callContext, draft, newSubmission, useTempDir } from '../unit/main/support';
import { damageSubmissionsPage } from './damage';
import { callApi, killHard, startHostProcess } from './support';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A resident's submit as the transports make it: the error it is refused with. */
async function callDispatch(kiosk: ReturnType<typeof openKiosk>): Promise<ApiError> {
  try {
    await dispatch(kiosk.handlers, 'submit', draft(), callContext());
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('the submission was accepted');
}

const damagedFiles = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('linli.sqlite.damaged-'));

describe('a damaged database file at start', () => {
  const temp = useTempDir();

  it('is moved aside untouched with a timestamp, a fresh one is started, staff are alerted and the host serves', async () => {
    const file = temp.path('linli.sqlite');
    writeFileSync(file, `SQLite format 3\0${'this is not a database page '.repeat(300)}`);
    const before = sha256(file);

    const host = await startHostProcess(temp.dir);
    try {
      expect((await callApi(host.url, 'submit', draft())).status).toBe(200);
      expect(host.stderr()).toMatch(
        /linli: the database .*linli\.sqlite is damaged \(SQLITE_NOTADB.*moved aside to .*damaged-/,
      );
    } finally {
      await killHard(host);
    }
    const aside = damagedFiles(temp.dir);
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatch(/^linli\.sqlite\.damaged-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}$/);
    expect(sha256(temp.path(aside[0]!))).toBe(before);

    const kiosk = openKiosk({ dataDir: temp.dir });
    try {
      const alerts = kiosk.store.audit.list(100).filter((e) => e.action === 'store.setAside');
      expect(alerts).toHaveLength(1);
      expect(JSON.parse(alerts[0]!.detail!)).toMatchObject({ movedTo: temp.path(aside[0]!), reason: /SQLITE_NOTADB/ });
      expect(kiosk.store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      kiosk.close();
    }
  }, 60_000);

  it('finds damage inside a table that opening alone would not see, after the start, and keeps every byte', async () => {
    await damageSubmissionsPage(temp.dir);
    const errors: unknown[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      // The start does not wait for the check of every page: it runs in the background.
      const kiosk = openKiosk({ dataDir: temp.dir });
      const settled = await Promise.race([kiosk.store.integrity.then(() => 'checked'), Promise.resolve('open')]);
      expect(settled).toBe('open');
      const found = await kiosk.store.integrity;
      expect(found).toMatchObject({ ok: false, damaged: expect.stringMatching(/quick_check|SQLITE_CORRUPT/) });
      // From then on a submission is refused by name, for the resident as the storage being unavailable.
      expect(() => kiosk.store.submissions.submit(newSubmission())).toThrow(
        expect.objectContaining({ name: 'DamagedDatabaseError', code: 'SQLITE_CORRUPT' }),
      );
      expect((await callDispatch(kiosk)).code).toBe('unavailable');
      kiosk.close();
      expect(String(errors[0])).toMatch(/is damaged[\s\S]*New submissions are refused/);
      const before = sha256(temp.path('linli.sqlite'));

      // The next start checks before opening, moves the file aside untouched and starts afresh.
      const again = openKiosk({ dataDir: temp.dir });
      const alerts = again.store.audit.list(10).filter((e) => e.action === 'store.setAside');
      expect(alerts).toHaveLength(1);
      expect(JSON.parse(alerts[0]!.detail!).reason).toMatch(/quick_check|SQLITE_CORRUPT/);
      expect(again.store.submissions.list({}, { limit: 10, offset: 0 }).total).toBe(0);
      expect(await again.store.integrity).toEqual({ ok: true });
      again.close();
      const aside = damagedFiles(temp.dir);
      expect(aside).toHaveLength(1);
      expect(sha256(temp.path(aside[0]!))).toBe(before);
    } finally {
      console.error = originalError;
    }
  });

  it('leaves a sound database where it is', () => {
    const kiosk = openKiosk({ dataDir: temp.dir });
    kiosk.store.submissions.submit(newSubmission());
    kiosk.close();
    const again = openKiosk({ dataDir: temp.dir });
    expect(again.store.submissions.list({}, { limit: 10, offset: 0 }).total).toBe(1);
    expect(again.store.audit.list(10).filter((e) => e.action === 'store.setAside')).toEqual([]);
    again.close();
    expect(damagedFiles(temp.dir)).toEqual([]);
  });

  it('is refused by the admin CLI, which never moves a file the running kiosk may have open', async () => {
    await damageSubmissionsPage(temp.dir);
    const before = sha256(temp.path('linli.sqlite'));
    const io = { stdout: { write: () => true }, stderr: { write: () => true }, stdin: process.stdin };
    await expect(runAdmin(['list', '--data-dir', temp.dir], io as never)).rejects.toThrow();
    expect(damagedFiles(temp.dir)).toEqual([]);
    expect(sha256(temp.path('linli.sqlite'))).toBe(before);
  });
});
