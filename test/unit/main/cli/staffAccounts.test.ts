import { describe, expect, it } from 'vitest';
import { openKiosk } from '../../../../main/compose';
import { useTempDir } from '../support';
import { runAdminHere } from './support';

describe('admin CLI: staff accounts', () => {
  const temp = useTempDir();
  const admin = (args: string[], input = '') => runAdminHere([...args, '--data-dir', temp.dir], input);

  it('adds accounts with a PIN from stdin, lists them without PINs, resets a PIN and disables one', async () => {
    expect(await admin(['add-staff', '--name', '张三', '--role', 'staff'], '1357\n')).toMatchObject({ code: 0 });
    expect(await admin(['add-staff', '--name', '李四', '--role', 'admin'], '2468\n')).toMatchObject({ code: 0 });
    const listed = await admin(['list-staff']);
    expect(listed.stdout).toMatch(/张三\s+staff/);
    expect(listed.stdout).toMatch(/李四\s+admin/);
    expect(listed.stdout).not.toMatch(/1357|2468|scrypt/);

    expect(await admin(['reset-pin', '--name', '张三'], '8642\n')).toMatchObject({ code: 0 });
    expect((await admin(['disable-staff', '--name', '李四'])).stderr).toContain('Disabled 李四');
    expect((await admin(['list-staff'])).stdout).toMatch(/李四\s+admin.*disabled/);

    const kiosk = openKiosk({ dataDir: temp.dir });
    await expect(kiosk.staffAuth.login('8642', 'kiosk')).resolves.toMatchObject({ person: { name: '张三' } });
    await expect(kiosk.staffAuth.login('2468', 'kiosk')).rejects.toMatchObject({ code: 'unauthorized' });
    kiosk.close();
  });

  it('names what is wrong: a PIN in use, a missing name or role, an unknown account', async () => {
    await admin(['add-staff', '--name', '张三', '--role', 'staff'], '1357\n');
    const taken = await admin(['add-staff', '--name', '李四', '--role', 'staff'], '1357\n');
    expect(taken).toMatchObject({
      code: 1,
      stderr: 'linli admin: Someone at this centre already has this PIN: choose another\n',
    });
    expect((await admin(['add-staff', '--role', 'staff'], '2468\n')).stderr).toContain('add-staff needs --name NAME');
    expect((await admin(['add-staff', '--name', '王五'], '2468\n')).stderr).toContain('add-staff needs --role');
    expect((await admin(['add-staff', '--name', '王五', '--role', 'boss'])).stderr).toContain(
      '--role must be one of staff, admin',
    );
    const unknown = await admin(['reset-pin', '--name', '王五'], '2468\n');
    expect(unknown).toMatchObject({ code: 1 });
    expect(unknown.stderr).toContain('There is no staff account named "王五"');
  });
});
