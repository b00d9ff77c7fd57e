import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAdmin } from '../../../../main/cli/runAdmin';
import { openKiosk } from '../../../../main/compose';
import { callContext, draft, tempDir } from '../support';

function sink() {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += chunk;
      done();
    },
  });
  return { stream, text: () => text };
}

/** The admin CLI in this process, with stdin piped (not a terminal). */
async function run(args: string[], input = '') {
  const stdout = sink();
  const stderr = sink();
  const stdin = Object.assign(Readable.from([input]), { isTTY: false }) as unknown as NodeJS.ReadStream;
  const code = await runAdmin(args, { stdout: stdout.stream, stderr: stderr.stream, stdin });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('runAdmin', () => {
  let dir: string;
  let cleanup: () => void;
  const withDir = (...args: string[]) => [...args, '--data-dir', dir];

  async function seed(): Promise<string[]> {
    const kiosk = openKiosk({ dataDir: dir });
    const refs: string[] = [];
    for (const d of [draft(), draft({ description: '请多办老年活动', kind: 'suggestion', category: 'sug.elderly' })]) {
      refs.push(((await kiosk.handlers.submit(d, callContext())) as { ref: string }).ref);
    }
    kiosk.close();
    return refs;
  }

  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
  });
  afterEach(() => cleanup());

  it('lists submissions newest first as a table, by status', async () => {
    const refs = await seed();
    const result = await run(withDir('list', '--status', 'queued'));
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^id\s+ref\s+created\s+status\s+kind\s+category\s+contact\s+description$/);
    expect(lines[2]).toContain(refs[1]);
    expect(lines[2]).toContain('请多办老年活动');
    expect(lines[3]).toContain(refs[0]);
    expect((await run(withDir('list', '--status', 'closed'))).stdout).toBe('No submissions.\n');
  });

  it('purges only with --yes when stdin is not a terminal, and audits it', async () => {
    await seed();
    const refused = await run(withDir('purge', '--status', 'queued'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('add --yes');
    const done = await run(withDir('purge', '--status', 'queued', '--yes'));
    expect([done.code, done.stderr]).toEqual([0, 'Deleted 2 submissions.\n']);
    const kiosk = openKiosk({ dataDir: dir });
    expect(kiosk.store.submissions.list({}, { limit: 10, offset: 0 }).total).toBe(0);
    expect(kiosk.store.audit.list(1)[0]).toMatchObject({ actor: 'admin-cli', action: 'submissions.purge' });
    kiosk.close();
  });

  it('purges by date, keeping what came after it', async () => {
    await seed();
    expect((await run(withDir('purge', '--before', '2000-01-01', '--yes'))).stderr).toContain('nothing to delete');
    expect((await run(withDir('purge', '--before', '2999-01-01', '--yes'))).stderr).toBe('Deleted 2 submissions.\n');
  });

  it('backs the database up to a new file that opens on its own', async () => {
    await seed();
    const out = join(dir, 'backup.sqlite');
    const made = await run(withDir('backup', '--out', out));
    expect(made.code).toBe(0);
    expect(made.stderr).toMatch(/not in the backup: keep a copy of the key with it/);
    const copy = new Database(out, { readonly: true });
    expect(copy.prepare('SELECT count(*) AS n FROM submissions').get()).toEqual({ n: 2 });
    copy.close();
    const again = await run(withDir('backup', '--out', out));
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
    const result = await run(withDir(...args));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('usage: npm run -s admin --');
    expect(existsSync(join(dir, 'linli.sqlite'))).toBe(false);
  });

  it('prints usage and exits 2 with no command at all', async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage:');
  });

  it('names the config field when the config is wrong', async () => {
    writeFileSync(join(dir, 'config.json'), '{"staff": {"maxFailures": 0}}');
    const result = await run(withDir('list'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('config.json: staff.maxFailures: must be at least 1');
  });
});
