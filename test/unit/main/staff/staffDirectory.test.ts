import { describe, expect, it } from 'vitest';
import { createStaffAuth } from '../../../../main/staff/staffAuth';
import { StaffAccountError } from '../../../../main/staff/staffDirectory';
import { useStore } from '../kioskFixtures';
import { refusal } from '../support';
import { directoryOf } from './support';

const policy = { sessionIdleMinutes: 5, sessionMaxHours: 8, maxFailures: 3, maxDelayMinutes: 60 };
const HERE = 'ip:192.0.2.10';

describe('named staff accounts', () => {
  const t = useStore();
  const setUp = () => {
    const directory = directoryOf(t.store);
    const auth = createStaffAuth({
      settings: t.store.settings,
      audit: t.store.audit,
      now: t.clock.now,
      policy,
      directory,
    });
    return { directory, auth };
  };

  it('sign each person in by their own PIN, as themselves, with their role, and the audit log names them', async () => {
    const { directory, auth } = setUp();
    const zhang = await directory.add('张三', 'staff', '1357', 'admin-cli');
    await directory.add('李四', 'admin', '2468', 'admin-cli');
    const { token, person } = await auth.login('1357', HERE);
    expect(person).toEqual({ id: zhang.id, name: '张三', role: 'staff' });
    expect(auth.authenticate(token)).toMatchObject({ actor: '张三', actorId: zhang.id });
    expect(t.store.audit.list(1)[0]).toMatchObject({ actor: '张三', actorId: zhang.id, action: 'staff.login' });
    expect((await auth.login('2468', HERE)).person).toMatchObject({ name: '李四', role: 'admin' });
  });

  it('refuse a PIN someone at the centre has already, the shared PIN included, without saying whose', async () => {
    const { directory, auth } = setUp();
    await auth.setPin('9753', 'admin-cli');
    await directory.add('张三', 'staff', '1357', 'admin-cli');
    for (const pin of ['1357', '9753']) {
      const error = await directory.add('李四', 'staff', pin, 'admin-cli').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StaffAccountError);
      expect((error as Error).message).toBe('Someone at this centre already has this PIN: choose another');
    }
    await expect(auth.setPin('1357', 'admin-cli')).rejects.toThrow(/already has this PIN/);
    expect(t.store.staffAccounts.list().map((a) => a.name)).toEqual(['张三']);
  });

  it('refuse a name in use, an empty one and a malformed PIN, each saying what is wrong', async () => {
    const { directory } = setUp();
    await directory.add('张三', 'staff', '1357', 'admin-cli');
    await expect(directory.add(' 张三 ', 'admin', '2468', 'admin-cli')).rejects.toThrow(
      'There is already a staff account named "张三"',
    );
    await expect(directory.add('  ', 'staff', '2468', 'admin-cli')).rejects.toThrow(/name must be 1 to 40/);
    await expect(directory.add('王五', 'staff', '12a4', 'admin-cli')).rejects.toThrow(/4 to 12 digits/);
  });

  it('end the session of a disabled account and refuse its PIN from then on; its name stays for the log', async () => {
    const { directory, auth } = setUp();
    await directory.add('张三', 'staff', '1357', 'admin-cli');
    const { token } = await auth.login('1357', HERE);
    directory.disable('张三', 'admin-cli');
    expect((await refusal(Promise.resolve().then(() => auth.requireSession(token)))).message).toBe(
      'Signed out: this staff account was disabled',
    );
    expect((await refusal(auth.login('1357', HERE))).code).toBe('unauthorized');
    expect(directory.nameOf(t.store.staffAccounts.list()[0]!.id)).toBe('张三');
    expect(() => directory.disable('张三', 'admin-cli')).toThrow('The staff account "张三" is disabled');
    expect(() => directory.disable('王五', 'admin-cli')).toThrow('There is no staff account named "王五"');
  });

  it('reset a PIN: the new one signs in, the old one no longer does, and it must still be unique', async () => {
    const { directory, auth } = setUp();
    await directory.add('张三', 'staff', '1357', 'admin-cli');
    await directory.add('李四', 'staff', '2468', 'admin-cli');
    await expect(directory.resetPin('张三', '2468', 'admin-cli')).rejects.toThrow(/already has this PIN/);
    await directory.resetPin('张三', '8642', 'admin-cli');
    expect((await auth.login('8642', HERE)).person.name).toBe('张三');
    expect((await refusal(auth.login('1357', HERE))).code).toBe('unauthorized');
    expect(t.store.audit.list(1)[0]).toMatchObject({ action: 'staff.login-failed' });
    expect(JSON.stringify(t.store.audit.list(100))).not.toMatch(/1357|8642/);
  });
});
