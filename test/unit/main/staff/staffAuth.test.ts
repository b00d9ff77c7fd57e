import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../app/contract/errors';
import { createStaffAuth, type StaffAuth } from '../../../../main/staff/staffAuth';
import { openStore, type Store } from '../../../../main/store/store';
import { fakeClock, tempDir } from '../support';

const policy = { sessionIdleMinutes: 5, maxFailures: 3, lockoutMinutes: 5 };

async function apiError(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('staff sign-in', () => {
  let dir: string;
  let cleanup: () => void;
  let clock: ReturnType<typeof fakeClock>;
  let store: Store;
  let auth: StaffAuth;
  const makeAuth = () => createStaffAuth({ settings: store.settings, audit: store.audit, now: clock.now, policy });
  const actions = () =>
    store.audit
      .list(100)
      .map((e) => e.action)
      .reverse();

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir());
    clock = fakeClock();
    store = openStore({ dataDir: dir, now: clock.now, random: Math.random });
    auth = makeAuth();
  });
  afterEach(() => {
    store.close();
    cleanup();
  });

  it('tells staff how to set a PIN when there is none', async () => {
    const error = await apiError(auth.login('1234'));
    expect(error.code).toBe('unauthorized');
    expect(error.message).toContain('npm run -s admin -- set-pin');
  });

  it('starts a session with the right PIN, and audits it', async () => {
    await auth.setPin('2468', 'admin-cli');
    const { token, expiresAt } = await auth.login('2468');
    expect(token.length).toBeGreaterThanOrEqual(43);
    expect(new Date(expiresAt).getTime() - clock.now().getTime()).toBe(5 * 60_000);
    expect(auth.authenticate(token)).toMatchObject({ actor: expect.stringMatching(/^staff:[0-9a-f]{8}$/) });
    expect(actions()).toEqual(['staff.pin-set', 'staff.login']);
    expect(JSON.stringify(store.audit.list(100))).not.toContain(token);
  });

  it('refuses a wrong PIN naming the pin field, and audits it', async () => {
    await auth.setPin('2468', 'admin-cli');
    const error = await apiError(auth.login('1357'));
    expect([error.code, error.field]).toEqual(['unauthorized', 'pin']);
    expect(actions()).toContain('staff.login-failed');
  });

  it('locks sign-in after too many wrong PINs, even for the right one, until the lockout ends', async () => {
    await auth.setPin('2468', 'admin-cli');
    expect((await apiError(auth.login('0000'))).code).toBe('unauthorized');
    expect((await apiError(auth.login('0000'))).code).toBe('unauthorized');
    const locking = await apiError(auth.login('0000'));
    expect(locking.code).toBe('rate-limited');
    expect(locking.retryAfterSeconds).toBe(300);

    clock.advance(60_000);
    const locked = await apiError(auth.login('2468'));
    expect(locked.code).toBe('rate-limited');
    expect(locked.retryAfterSeconds).toBe(240);

    clock.advance(4 * 60_000 + 1);
    await expect(auth.login('2468')).resolves.toHaveProperty('token');
    expect(actions()).toContain('staff.locked-out');
  });

  it('keeps the lockout when the kiosk restarts', async () => {
    await auth.setPin('2468', 'admin-cli');
    for (let i = 0; i < policy.maxFailures; i++) await apiError(auth.login('0000'));
    const restarted = makeAuth();
    expect((await apiError(restarted.login('2468'))).code).toBe('rate-limited');
  });

  it('does not let parallel guesses slip past the lockout', async () => {
    await auth.setPin('2468', 'admin-cli');
    const guesses = await Promise.all(Array.from({ length: 6 }, () => apiError(auth.login('0000'))));
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
    await apiError(auth.login('0000'));
    await apiError(auth.login('0000'));
    await auth.login('2468');
    expect((await apiError(auth.login('0000'))).code).toBe('unauthorized');
  });

  it('expires a session idle for longer than the policy, and keeps an active one alive', async () => {
    await auth.setPin('2468', 'admin-cli');
    const { token } = await auth.login('2468');
    clock.advance(4 * 60_000);
    expect(auth.authenticate(token)).not.toBeNull();
    clock.advance(4 * 60_000);
    expect(auth.authenticate(token)).not.toBeNull();
    clock.advance(5 * 60_000 + 1);
    expect(auth.authenticate(token)).toBeNull();
    clock.advance(-60_000);
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
    for (let i = 0; i < policy.maxFailures; i++) await apiError(auth.login('0000'));
    await auth.setPin('8642', 'admin-cli');
    await expect(auth.login('8642')).resolves.toHaveProperty('token');
  });

  it('refuses a PIN that is not 4 to 12 digits', async () => {
    await expect(auth.setPin('12a4', 'admin-cli')).rejects.toThrow(/4 to 12 digits/);
    expect(auth.hasPin()).toBe(false);
  });
});
