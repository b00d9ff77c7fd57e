import { existsSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openKiosk } from '../../../../main/compose';
import { openEncrypted } from '../store/databaseFiles';
import { draft, useTempDir } from '../support';
import { runAdminHere, submitAll } from './support';

describe('runAdmin', () => {
  const temp = useTempDir();
  const withDir = (...args: string[]) => [...args, '--data-dir', temp.dir];
  const seed = () =>
    submitAll(temp.dir, [
      draft(),
      draft({ description: '请多办老年活动', kind: 'suggestion', category: 'sug.elderly' }),
    ]);

  it('lists submissions newest first as a table, by status', async () => {
    const refs = await seed();
    const result = await runAdminHere(withDir('list', '--status', 'queued'));
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^id\s+ref\s+created\s+status\s+kind\s+category\s+contact\s+description$/);
    expect(lines[2]).toContain(refs[1]);
    expect(lines[2]).toContain('请多办老年活动');
    expect(lines[3]).toContain(refs[0]);
    expect((await runAdminHere(withDir('list', '--status', 'closed'))).stdout).toBe('No submissions.\n');
  });

  it('purges only with --yes when stdin is not a terminal, and audits it', async () => {
    await seed();
    const refused = await runAdminHere(withDir('purge', '--status', 'queued'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('add --yes');
    const done = await runAdminHere(withDir('purge', '--status', 'queued', '--yes'));
    expect([done.code, done.stderr]).toEqual([0, 'Deleted 2 submissions.\n']);
    const kiosk = openKiosk({ dataDir: temp.dir });
    expect(kiosk.store.submissions.list({}, { limit: 10, offset: 0 }).total).toBe(0);
    expect(kiosk.store.audit.list(1)[0]).toMatchObject({ actor: 'admin-cli', action: 'submissions.purge' });
    kiosk.close();
  });

  it('purges by date, keeping what came after it', async () => {
    await seed();
    expect((await runAdminHere(withDir('purge', '--before', '2000-01-01', '--yes'))).stderr).toContain(
      'nothing to delete',
    );
    expect((await runAdminHere(withDir('purge', '--before', '2999-01-01', '--yes'))).stderr).toBe(
      'Deleted 2 submissions.\n',
    );
  });

  it('backs the database up to a new file that opens on its own', async () => {
    await seed();
    const out = temp.path('backup.sqlite');
    const made = await runAdminHere(withDir('backup', '--out', out));
    expect(made.code).toBe(0);
    expect(made.stderr).toMatch(/not in the backup: keep a copy of the key with it/);
    // Encrypted with the data key, as the database is: it opens with the key file beside it.
    const copy = openEncrypted(out, { readonly: true });
    expect(copy.prepare('SELECT count(*) AS n FROM submissions').get()).toEqual({ n: 2 });
    copy.close();
    const again = await runAdminHere(withDir('backup', '--out', out));
    expect([again.code, again.stderr]).toEqual([
      1,
      `linli admin: ${out} already exists: choose a new file name for the backup.\n`,
    ]);
  });

  it.each([
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['export', '--format', 'xml', '--out', '-'], '--format must be one of csv, json, open311'],
    [['export', '--format', 'csv'], 'export needs --out FILE'],
    [['list', '--colour'], "Unknown option '--colour'"],
    [['list', '--format', 'csv'], 'list does not take --format'],
    [['purge', '--before', '2026-01-01', '--closed-older-than', '30'], 'not both'],
    [['purge', '--before', '2026-02-30'], '--before must be a date'],
    [['backup', '--out', '-'], 'backup needs a file'],
    [['list', 'extra'], 'unexpected argument "extra"'],
  ])('prints usage on stderr and exits 2 for %j', async (args, message) => {
    const result = await runAdminHere(withDir(...args));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('usage: npm run -s admin --');
    expect(existsSync(temp.path('linli.sqlite'))).toBe(false);
  });

  it('prints usage and exits 2 with no command at all', async () => {
    const result = await runAdminHere([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage:');
  });

  it('names the config field when the config is wrong', async () => {
    writeFileSync(temp.path('config.json'), '{"staff": {"maxFailures": 0}}');
    const result = await runAdminHere(withDir('list'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('config.json: staff.maxFailures: must be at least 1');
  });
});
