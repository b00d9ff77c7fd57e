import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Submission } from '../../../../app/domain/submission';
import { openKiosk } from '../../../../main/compose';
import { PROGRAMS } from '../../../globalSetup/programs';
import { openEncrypted } from '../store/databaseFiles';
import { draft, useTempDir } from '../support';
import { npmScript, runAdminHere, runAdminProcess, submitAll } from './support';

const admin = (args: string[], input = '', viaTsx = false) => runAdminProcess(args, { input, viaTsx });

describe('admin CLI', () => {
  const temp = useTempDir();
  const withDir = (...args: string[]) => [...args, '--data-dir', temp.dir];
  const seed = () =>
    submitAll(temp.dir, [
      draft(),
      draft({ description: '=HYPERLINK("http://x")', kind: 'suggestion', category: 'sug.other' }),
    ]);

  it('sets the staff PIN from stdin, and staff can then sign in with it', async () => {
    // As package.json's script runs it (the other tests run the same entry bundled, which starts faster).
    expect(npmScript('admin')).toBe(`tsx ${PROGRAMS.admin}`);
    const result = admin(withDir('set-pin'), '2468\n', true);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toContain('Staff PIN set');
    const kiosk = openKiosk({ dataDir: temp.dir });
    await expect(kiosk.staffAuth.login('2468', 'kiosk')).resolves.toHaveProperty('token');
    expect(kiosk.store.audit.list(10).map((e) => [e.actor, e.action])).toContainEqual(['admin-cli', 'staff.pin-set']);
    kiosk.close();
  });

  it('clears the waits after wrong PINs, also in a kiosk that is running', async () => {
    expect(admin(withDir('set-pin'), '2468\n').code).toBe(0);
    const kiosk = openKiosk({ dataDir: temp.dir });
    for (let i = 0; i < 5; i++) await kiosk.staffAuth.login('0000', 'kiosk').catch(() => undefined);
    await expect(kiosk.staffAuth.login('2468', 'kiosk')).rejects.toMatchObject({ code: 'rate-limited' });
    const result = admin(withDir('unlock'));
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toContain('Sign-in waits cleared');
    await expect(kiosk.staffAuth.login('2468', 'kiosk')).resolves.toHaveProperty('token');
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
    const db = openEncrypted(temp.path('linli.sqlite'), { readonly: true });
    expect(db.prepare("SELECT actor FROM audit_log WHERE action = 'submissions.export'").all()).toEqual([
      { actor: 'admin-cli' },
    ]);
    db.close();
  });

  it('exports a CSV file with a BOM and neutralised formulas', async () => {
    await seed();
    const out = temp.path('queue.csv');
    const result = admin(withDir('export', '--format', 'csv', '--out', out));
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Exported 2 submissions');
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFref,created_at,')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain('楼上邻居半夜噪音');
  });

  it('lists control characters an older version stored as their codes, never raw to the terminal', async () => {
    const kiosk = openKiosk({ dataDir: temp.dir });
    // Written past the API's validation, as a version that accepted C1 controls would have stored them.
    kiosk.store.submissions.submit({
      kind: 'complaint',
      category: 'cmp.noise',
      description: '噪音\u009b2J\u0085\u001b[31m楼上',
      location: null,
      anonymous: false,
      name: '王\u0080',
      phone: '13800138000',
      language: 'zh-CN',
      inputModes: ['touch'],
      kioskId: 'kiosk-1',
    });
    kiosk.close();
    const { code, stdout } = await runAdminHere(withDir('list'));
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(stdout).toContain('噪音<U+009B>2J<U+0085><U+001B>[31m楼上');
    expect(stdout).toContain('王<U+0080> 13800138000');
  });

  it('prints usage on stderr and exits 2 for an unknown command', () => {
    const result = admin(withDir('frobnicate'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "frobnicate"');
    expect(result.stderr).toContain('usage: npm run -s admin --');
  });
});
