import { beforeEach, describe, expect, it } from 'vitest';
import { createStaffAuth, type StaffAuth } from '../../../../main/staff/staffAuth';
import { useStore } from '../kioskFixtures';
import { refusal } from '../support';
import { directoryOf } from './support';

const policy = { sessionIdleMinutes: 5, sessionMaxHours: 8, maxFailures: 5, maxDelayMinutes: 60 };
const MINUTE = 60_000;
const background = { background: true };

describe('staff sessions (on a simulated clock)', () => {
  const t = useStore();
  let auth: StaffAuth;
  let token: string;

  beforeEach(async () => {
    auth = createStaffAuth({
      settings: t.store.settings,
      audit: t.store.audit,
      now: t.clock.now,
      policy,
      directory: directoryOf(t.store),
    });
    await auth.setPin('2468', 'admin-cli');
    ({ token } = await auth.login('2468', 'kiosk'));
  });

  it('stay alive while a person acts, and end once idle for longer than the policy', () => {
    t.clock.advance(4 * MINUTE);
    expect(auth.authenticate(token)).not.toBeNull();
    t.clock.advance(4 * MINUTE);
    expect(auth.authenticate(token)).not.toBeNull();
    t.clock.advance(5 * MINUTE + 1);
    expect(auth.authenticate(token)).toBeNull();
    t.clock.advance(-MINUTE);
    expect(auth.authenticate(token)).toBeNull();
  });

  it('are not kept alive by the console polling every 3 seconds', () => {
    for (let elapsed = 0; elapsed < 5 * MINUTE; elapsed += 3000) {
      t.clock.advance(3000);
      expect(auth.authenticate(token, background)).not.toBeNull();
    }
    t.clock.advance(3000);
    expect(auth.authenticate(token, background)).toBeNull();
  });

  it('count a person’s action between polls', () => {
    t.clock.advance(4 * MINUTE);
    expect(auth.authenticate(token, background)).not.toBeNull();
    expect(auth.authenticate(token)).not.toBeNull();
    t.clock.advance(4 * MINUTE);
    expect(auth.authenticate(token, background)?.expiresAt).toBeDefined();
  });

  it('say why they ended: idle, or the absolute lifetime', async () => {
    t.clock.advance(5 * MINUTE + 1);
    const idle = await refusal(Promise.resolve().then(() => auth.requireSession(token, background)));
    expect([idle.code, idle.message]).toEqual(['unauthorized', 'Signed out after 5 minutes without activity']);
    expect(t.store.audit.list(1)[0]).toMatchObject({ action: 'staff.session-ended', detail: '{"reason":"idle"}' });
    const none = await refusal(Promise.resolve().then(() => auth.requireSession(null)));
    expect(none.message).toBe('Sign in as staff first');
  });

  it('end after the absolute lifetime however busy staff are', async () => {
    for (let elapsed = 0; elapsed < 8 * 60 * MINUTE; elapsed += 4 * MINUTE) {
      expect(auth.authenticate(token)).not.toBeNull();
      t.clock.advance(4 * MINUTE);
    }
    t.clock.advance(1);
    const ended = await refusal(Promise.resolve().then(() => auth.requireSession(token)));
    expect(ended.message).toBe('Signed out: a staff session lasts at most 8 hours');
  });

  it('never report an expiry past the lifetime', async () => {
    for (let elapsed = 0; elapsed < 8 * 60 * MINUTE - 4 * MINUTE; elapsed += 4 * MINUTE) {
      t.clock.advance(4 * MINUTE);
      auth.authenticate(token);
    }
    t.clock.advance(2 * MINUTE);
    const now = t.clock.now().getTime();
    const { expiresAt } = auth.requireSession(token);
    expect(new Date(expiresAt).getTime() - now).toBe(2 * MINUTE);
  });
});
