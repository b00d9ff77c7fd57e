import { beforeEach, describe, expect, it } from 'vitest';
import { createStaffAuth, type StaffAuth } from '../../../../main/staff/staffAuth';
import { useStore } from '../kioskFixtures';
import { refusal } from '../support';
import { directoryOf } from './support';

const policy = { sessionIdleMinutes: 5, sessionMaxHours: 8, maxFailures: 3, maxDelayMinutes: 60 };
const HERE = 'ip:192.0.2.10';

describe('staff sign-in', () => {
  const t = useStore();
  let auth: StaffAuth;
  const makeAuth = () =>
    createStaffAuth({
      settings: t.store.settings,
      audit: t.store.audit,
      now: t.clock.now,
      policy,
      directory: directoryOf(t.store),
    });
  const actions = () =>
    t.store.audit
      .list(100)
      .map((e) => e.action)
      .reverse();

  beforeEach(() => {
    auth = makeAuth();
  });

  it('tells staff how to set a PIN when there is none', async () => {
    const error = await refusal(auth.login('1234', HERE));
    expect(error.code).toBe('unauthorized');
    expect(error.message).toContain('npm run -s admin -- set-pin');
  });

  it('starts a session with the right PIN, and audits it', async () => {
    await auth.setPin('2468', 'admin-cli');
    const { token, expiresAt } = await auth.login('2468', HERE);
    expect(token.length).toBeGreaterThanOrEqual(43);
    expect(new Date(expiresAt).getTime() - t.clock.now().getTime()).toBe(5 * 60_000);
    // The shared PIN stands for the admin the config names.
    expect(auth.authenticate(token)).toMatchObject({ actor: '管理员', actorId: 0, person: { role: 'admin' } });
    expect(actions()).toEqual(['staff.pin-set', 'staff.login']);
    expect(JSON.stringify(t.store.audit.list(100))).not.toContain(token);
  });

  it('refuses a wrong PIN naming the pin field, and audits it with its source', async () => {
    await auth.setPin('2468', 'admin-cli');
    const error = await refusal(auth.login('1357', HERE));
    expect([error.code, error.field]).toEqual(['unauthorized', 'pin']);
    expect(t.store.audit.list(1)[0]).toMatchObject({
      action: 'staff.login-failed',
      detail: JSON.stringify({ source: HERE, failures: 1 }),
    });
  });

  it('refuses a PIN that is not 4 to 12 digits', async () => {
    await expect(auth.setPin('12a4', 'admin-cli')).rejects.toThrow(/4 to 12 digits/);
    expect(auth.hasPin()).toBe(false);
  });

  it('ends a session on sign-out', async () => {
    await auth.setPin('2468', 'admin-cli');
    const { token } = await auth.login('2468', HERE);
    auth.logout(token);
    expect(auth.authenticate(token)).toBeNull();
    expect(auth.authenticate('made-up-token')).toBeNull();
    expect(actions().at(-1)).toBe('staff.logout');
  });
});
