import { beforeEach, describe, expect, it } from 'vitest';
import { createStaffAuth, type StaffAuth } from '../../../../main/staff/staffAuth';
import { useStore } from '../kioskFixtures';
import { refusal } from '../support';

const policy = { sessionIdleMinutes: 5, maxFailures: 3, lockoutMinutes: 5 };

describe('staff sign-in', () => {
  const t = useStore();
  let auth: StaffAuth;
  const makeAuth = () =>
    createStaffAuth({ settings: t.store.settings, audit: t.store.audit, now: t.clock.now, policy });
  const actions = () =>
    t.store.audit
      .list(100)
      .map((e) => e.action)
      .reverse();

  beforeEach(() => {
    auth = makeAuth();
  });

  it('tells staff how to set a PIN when there is none', async () => {
    const error = await refusal(auth.login('1234'));
    expect(error.code).toBe('unauthorized');
    expect(error.message).toContain('npm run -s admin -- set-pin');
  });

  it('starts a session with the right PIN, and audits it', async () => {
    await auth.setPin('2468', 'admin-cli');
    const { token, expiresAt } = await auth.login('2468');
    expect(token.length).toBeGreaterThanOrEqual(43);
    expect(new Date(expiresAt).getTime() - t.clock.now().getTime()).toBe(5 * 60_000);
    expect(auth.authenticate(token)).toMatchObject({ actor: expect.stringMatching(/^staff:[0-9a-f]{8}$/) });
    expect(actions()).toEqual(['staff.pin-set', 'staff.login']);
    expect(JSON.stringify(t.store.audit.list(100))).not.toContain(token);
  });

  it('refuses a wrong PIN naming the pin field, and audits it', async () => {
    await auth.setPin('2468', 'admin-cli');
    const error = await refusal(auth.login('1357'));
    expect([error.code, error.field]).toEqual(['unauthorized', 'pin']);
    expect(actions()).toContain('staff.login-failed');
  });

  it('locks sign-in after too many wrong PINs, even for the right one, until the lockout ends', async () => {
    await auth.setPin('2468', 'admin-cli');
    expect((await refusal(auth.login('0000'))).code).toBe('unauthorized');
    expect((await refusal(auth.login('0000'))).code).toBe('unauthorized');
    const locking = await refusal(auth.login('0000'));
    expect(locking.code).toBe('rate-limited');
    expect(locking.retryAfterSeconds).toBe(300);

    t.clock.advance(60_000);
    const locked = await refusal(auth.login('2468'));
    expect(locked.code).toBe('rate-limited');
    expect(locked.retryAfterSeconds).toBe(240);

    t.clock.advance(4 * 60_000 + 1);
    await expect(auth.login('2468')).resolves.toHaveProperty('token');
    expect(actions()).toContain('staff.locked-out');
  });

  it('keeps the lockout when the kiosk restarts', async () => {
    await auth.setPin('2468', 'admin-cli');
    for (let i = 0; i < policy.maxFailures; i++) await refusal(auth.login('0000'));
    const restarted = makeAuth();
    expect((await refusal(restarted.login('2468'))).code).toBe('rate-limited');
  });

  it('does not let parallel guesses slip past the lockout', async () => {
    await auth.setPin('2468', 'admin-cli');
    const guesses = await Promise.all(Array.from({ length: 6 }, () => refusal(auth.login('0000'))));
    expect(guesses.map((e) => e.code)).toEqual([
      'unauthorized',
      'unauthorized',
      'rate-limited',
      'rate-limited',
      'rate-limited',
      'rate-limited',
    ]);
  });

  it('resets the failure count after a successful sign-in', async () => {
    await auth.setPin('2468', 'admin-cli');
    await refusal(auth.login('0000'));
    await refusal(auth.login('0000'));
    await auth.login('2468');
    expect((await refusal(auth.login('0000'))).code).toBe('unauthorized');
  });

  it('expires a session idle for longer than the policy, and keeps an active one alive', async () => {
    await auth.setPin('2468', 'admin-cli');
    const { token } = await auth.login('2468');
    t.clock.advance(4 * 60_000);
    expect(auth.authenticate(token)).not.toBeNull();
    t.clock.advance(4 * 60_000);
    expect(auth.authenticate(token)).not.toBeNull();
    t.clock.advance(5 * 60_000 + 1);
    expect(auth.authenticate(token)).toBeNull();
    t.clock.advance(-60_000);
    expect(auth.authenticate(token)).toBeNull();
  });

  it('ends a session on sign-out', async () => {
    await auth.setPin('2468', 'admin-cli');
    const { token } = await auth.login('2468');
    auth.logout(token);
    expect(auth.authenticate(token)).toBeNull();
    expect(auth.authenticate('made-up-token')).toBeNull();
    expect(actions().at(-1)).toBe('staff.logout');
  });

  it('lifts a lockout when the PIN is set again', async () => {
    await auth.setPin('2468', 'admin-cli');
    for (let i = 0; i < policy.maxFailures; i++) await refusal(auth.login('0000'));
    await auth.setPin('8642', 'admin-cli');
    await expect(auth.login('8642')).resolves.toHaveProperty('token');
  });

  it('refuses a PIN that is not 4 to 12 digits', async () => {
    await expect(auth.setPin('12a4', 'admin-cli')).rejects.toThrow(/4 to 12 digits/);
    expect(auth.hasPin()).toBe(false);
  });
});
