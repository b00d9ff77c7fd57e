// File modes of the data folder: real files in a temp folder, in a folder made beforehand with mode 0755
// and under the usual umask 022, so anything created with the defaults would come out 0644.
import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../../main/store/store';
import { runAdminHere, submitAll } from '../cli/support';
import { draft, fakeClock, useTempDir } from '../support';

const modeOf = (file: string) => statSync(file).mode & 0o777;

describe('data files are readable by the kiosk user only, whatever the folder', () => {
  const temp = useTempDir();
  let umask: number;
  beforeAll(() => {
    umask = process.umask(0o022);
  });
  afterAll(() => {
    process.umask(umask);
  });

  /** The data folder, made by someone else beforehand: readable by all. */
  function sharedFolder(): string {
    const dir = temp.path('data');
    mkdirSync(dir, { mode: 0o755 });
    writeFileSync(temp.path('control'), 'x');
    expect(modeOf(temp.path('control'))).toBe(0o644); // what the defaults would give
    return dir;
  }
  const open = (dir: string) => openStore({ dataDir: dir, now: fakeClock().now, random: Math.random });
  const submit = (store: Store) =>
    store.submissions.submit({ ...draft(), anonymous: true, name: null, phone: null, location: null, kioskId: 'k' });

  it('makes the database, its WAL and shared memory 0600 from the start', () => {
    const dir = sharedFolder();
    const store = open(dir);
    submit(store);
    for (const suffix of ['', '-wal', '-shm']) expect(modeOf(`${store.file}${suffix}`), suffix).toBe(0o600);
    store.close();
  });

  it('makes files an earlier version left readable 0600 at start', () => {
    const dir = sharedFolder();
    const first = open(dir);
    submit(first);
    for (const suffix of ['', '-wal', '-shm']) chmodSync(`${first.file}${suffix}`, 0o644);
    const second = open(dir); // as the next start (or the admin CLI) opens it
    for (const suffix of ['', '-wal', '-shm']) expect(modeOf(`${first.file}${suffix}`), suffix).toBe(0o600);
    second.close();
    first.close();
  });

  it('writes backups and the admin CLI exports 0600, even over an export file that was readable', async () => {
    const dir = sharedFolder();
    await submitAll(dir, [draft()]);
    const backup = temp.path('backup.sqlite');
    expect((await runAdminHere(['backup', '--data-dir', dir, '--out', backup])).code).toBe(0);
    expect(modeOf(backup)).toBe(0o600);
    const out = temp.path('export.csv');
    writeFileSync(out, 'old', { mode: 0o644 });
    expect((await runAdminHere(['export', '--data-dir', dir, '--format', 'csv', '--out', out])).code).toBe(0);
    expect(modeOf(out)).toBe(0o600);
  });

  it('sets a damaged database aside 0600', () => {
    const dir = sharedFolder();
    writeFileSync(temp.path('data', 'linli.sqlite'), `SQLite format 3\0${'not a database page '.repeat(300)}`, {
      mode: 0o644,
    });
    const store = open(dir);
    const aside = readdirSync(dir).filter((f) => f.startsWith('linli.sqlite.damaged-'));
    expect(aside).toHaveLength(1);
    expect(modeOf(temp.path('data', aside[0]!))).toBe(0o600);
    expect(modeOf(store.file)).toBe(0o600);
    store.close();
  });
});
