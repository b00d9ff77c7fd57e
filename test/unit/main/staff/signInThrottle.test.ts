import { beforeEach, describe, expect, it } from 'vitest';
import {
  createSignInThrottle,
  delayAfter,
  FORGET_AFTER_MS,
  MAX_PERSISTED,
} from '../../../../main/staff/signInThrottle';
import { createStaffAuth, type StaffAuth } from '../../../../main/staff/staffAuth';
import { SHARED_PIN_HASH } from '../../../../main/staff/staffDirectory';
import { useStore } from '../kioskFixtures';
import { refusal } from '../support';
import { directoryOf, quickPinHash } from './support';

const policy = { sessionIdleMinutes: 5, sessionMaxHours: 8, maxFailures: 3, maxDelayMinutes: 60 };
const A = 'ip:198.51.100.7';
const B = 'ip:203.0.113.9';
const SECOND = 1000;

describe('sign-in throttling per source', () => {
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
  /** A wrong PIN from `source`, tried as soon as that source may try again; its refusal. */
  const guess = async (source: string) => {
    const error = await refusal(auth.login('0000', source));
    if (error.code === 'rate-limited') t.clock.advance(error.retryAfterSeconds! * SECOND);
    return error;
  };

  beforeEach(() => {
    auth = makeAuth();
    // Some 70 PINs are tried below: the shared PIN is stored at a low scrypt cost (quickPinHash).
    t.store.settings.set(SHARED_PIN_HASH, quickPinHash('2468'));
  });

  it('makes a source wait after its free tries, longer after each wrong PIN, even for the right PIN', async () => {
    const waits: (number | undefined)[] = [];
    for (let i = 0; i < 7; i++) waits.push((await guess(A)).retryAfterSeconds);
    expect(waits).toEqual([undefined, undefined, 1, 2, 4, 8, 16]);

    expect((await refusal(auth.login('0000', A))).retryAfterSeconds).toBe(32);
    const early = await refusal(auth.login('2468', A));
    expect([early.code, early.retryAfterSeconds]).toEqual(['rate-limited', 32]);
    t.clock.advance(32 * SECOND);
    await expect(auth.login('2468', A)).resolves.toHaveProperty('token');
    expect((await refusal(auth.login('0000', A))).code).toBe('unauthorized');
  });

  it('never delays another source: staff elsewhere and at the kiosk sign in while one address floods', async () => {
    for (let i = 0; i < 15; i++) await guess(A);
    expect((await refusal(auth.login('0000', A))).code).toBe('rate-limited');
    expect((await refusal(auth.login('0000', B))).code).toBe('unauthorized');
    await expect(auth.login('2468', B)).resolves.toHaveProperty('token');
    await expect(auth.login('2468', 'kiosk')).resolves.toHaveProperty('token');
  });

  it('does not let the kiosk’s PIN pad be slowed by network callers, nor network callers by it', async () => {
    for (let i = 0; i < 5; i++) await guess('kiosk');
    expect((await refusal(auth.login('0000', 'kiosk'))).code).toBe('rate-limited');
    expect((await refusal(auth.login('0000', A))).code).toBe('unauthorized');
    for (let i = 0; i < 5; i++) await guess(A);
    t.clock.advance(60 * 60 * SECOND);
    await expect(auth.login('2468', 'kiosk')).resolves.toHaveProperty('token');
  });

  it('does not let parallel guesses from one source slip past its wait', async () => {
    const guesses = await Promise.all(Array.from({ length: 6 }, () => refusal(auth.login('0000', A))));
    expect(guesses.map((e) => e.code)).toEqual([
      'unauthorized',
      'unauthorized',
      'rate-limited',
      'rate-limited',
      'rate-limited',
      'rate-limited',
    ]);
  });

  it('keeps a source’s wait when the kiosk restarts', async () => {
    for (let i = 0; i < 6; i++) await guess(A);
    await refusal(auth.login('0000', A));
    auth = makeAuth();
    const after = await refusal(auth.login('2468', A));
    expect([after.code, after.retryAfterSeconds]).toEqual(['rate-limited', 16]);
  });

  it('clears every wait with `admin unlock`, also in a kiosk process already running, and when the PIN is set again', async () => {
    for (let i = 0; i < 4; i++) await guess(A);
    await refusal(auth.login('0000', A));
    makeAuth().unlock('admin-cli'); // another process: the admin CLI
    await expect(auth.login('2468', A)).resolves.toHaveProperty('token');
    expect(t.store.audit.list(2).map((e) => e.action)).toContain('staff.sign-in-unlocked');

    for (let i = 0; i < 4; i++) await guess(B);
    await refusal(auth.login('0000', B));
    await auth.setPin('8642', 'admin-cli');
    await expect(auth.login('8642', B)).resolves.toHaveProperty('token');
  });

  it('removes the single lock of earlier versions, so it cannot keep anyone out after an update', async () => {
    t.store.settings.set('staff.lockedUntil', String(t.clock.now().getTime() + 3_600_000));
    t.store.settings.set('staff.failedAttempts', '4');
    auth = makeAuth();
    await expect(auth.login('2468', B)).resolves.toHaveProperty('token');
    expect(t.store.settings.get('staff.lockedUntil')).toBeUndefined();
  });
});

/** The settings table's interface over a Map: these tests write thousands of times, and the real table fsyncs each. */
function memorySettings() {
  const values = new Map<string, string>();
  return {
    get: (key: string) => values.get(key),
    set: (key: string, value: string) => void values.set(key, value),
    delete: (key: string) => void values.delete(key),
  };
}

describe('the throttle itself', () => {
  let settings = memorySettings();
  beforeEach(() => {
    settings = memorySettings();
  });
  const defaults = { freeFailures: 5, maxDelayMs: 60 * 60 * SECOND };

  it('grows by doubling from one second up to the longest wait', () => {
    const waits = [4, 5, 6, 7, 16, 17, 40, 1000].map((n) => delayAfter(n, defaults) / SECOND);
    expect(waits).toEqual([0, 1, 2, 4, 2048, 3600, 3600, 3600]);
  });

  it('lets one source try a 6-digit PIN only a few thousand times a year: half the PINs take decades', () => {
    const throttle = createSignInThrottle(settings, defaults);
    const year = 365 * 24 * 3_600_000;
    let at = 0;
    let guesses = 0;
    while (at < year) {
      at += throttle.waitFor('ip:198.51.100.7', at);
      throttle.fail('ip:198.51.100.7', at);
      guesses++;
    }
    expect(guesses).toBeLessThan(8_800);
    expect(500_000 / guesses).toBeGreaterThan(50); // years for half of the 10^6 PINs
  });

  it('forgets a source after a day without a wrong PIN', () => {
    const throttle = createSignInThrottle(settings, defaults);
    for (let i = 0; i < 8; i++) throttle.fail('kiosk', i);
    expect(throttle.waitFor('kiosk', 10)).toBeGreaterThan(0);
    expect(throttle.waitFor('kiosk', 7 + FORGET_AFTER_MS + 1)).toBe(0);
  });

  it('keeps a bounded number of sources however many addresses an attacker has', () => {
    const throttle = createSignInThrottle(settings, defaults, 50);
    for (let i = 0; i < MAX_PERSISTED + 100; i++) throttle.fail(`ip:10.0.${i >> 8}.${i & 255}`, i);
    expect(throttle.size).toBe(50);
    expect(Object.keys(JSON.parse(settings.get('staff.signInFailures')!))).toHaveLength(MAX_PERSISTED);
  }, 60_000);
});
