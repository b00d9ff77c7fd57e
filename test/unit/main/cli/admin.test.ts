import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Submission } from '../../../../app/domain/submission';
import { openKiosk } from '../../../../main/compose';
import { callContext, draft, tempDir } from '../support';

const ROOT = join(import.meta.dirname, '../../../..');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

/** `npx tsx main/cli/admin.ts …`, as staff run it, with stdin piped (not a terminal). */
function admin(args: string[], input = '') {
  const result = spawnSync(process.execPath, [TSX, 'main/cli/admin.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, LINLI_DATA_DIR: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('admin CLI', () => {
  let dir: string;
  let cleanup: () => void;
  const withDir = (...args: string[]) => [...args, '--data-dir', dir];

  async function seed(): Promise<string[]> {
    const kiosk = openKiosk({ dataDir: dir });
    const refs: string[] = [];
    for (const d of [
      draft(),
      draft({ description: '=HYPERLINK("http://x")', kind: 'suggestion', category: 'sug.other' }),
    ]) {
      refs.push(((await kiosk.handlers.submit(d, callContext())) as { ref: string }).ref);
    }
    kiosk.close();
    return refs;
  }

  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
  });
  afterEach(() => cleanup());

  it('sets the staff PIN from stdin, and staff can then sign in with it', async () => {
    const result = admin(withDir('set-pin'), '2468\n');
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toContain('Staff PIN set');
    const kiosk = openKiosk({ dataDir: dir });
    await expect(kiosk.staffAuth.login('2468')).resolves.toHaveProperty('token');
    expect(kiosk.store.audit.list(10).map((e) => [e.actor, e.action])).toContainEqual(['admin-cli', 'staff.pin-set']);
    kiosk.close();
  });

  it('refuses a PIN that is not 4 to 12 digits', () => {
    const result = admin(withDir('set-pin'), '12ab\n');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('4 to 12 digits');
  });

  it('exports JSON to stdout that round-trips, and audits the export', async () => {
    const refs = await seed();
    const result = admin(withDir('export', '--format', 'json', '--out', '-'));
    expect(result.code).toBe(0);
    const exported = z.array(Submission).parse(JSON.parse(result.stdout));
    expect(exported.map((s) => s.ref)).toEqual([...refs].reverse());
    const db = new Database(join(dir, 'linli.sqlite'), { readonly: true });
    expect(db.prepare("SELECT actor FROM audit_log WHERE action = 'submissions.export'").all()).toEqual([
      { actor: 'admin-cli' },
    ]);
    db.close();
  });

  it('exports a CSV file with a BOM and neutralised formulas', async () => {
    await seed();
    const out = join(dir, 'queue.csv');
    const result = admin(withDir('export', '--format', 'csv', '--out', out));
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Exported 2 submissions');
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFref,created_at,')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain('楼上邻居半夜噪音');
  });

  it('prints usage on stderr and exits 2 for an unknown command', () => {
    const result = admin(withDir('frobnicate'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "frobnicate"');
    expect(result.stderr).toContain('usage: npm run -s admin --');
  });
});
