import { createHash, randomBytes } from 'node:crypto';
import { ApiError } from '../../app/contract/errors';
import { type Clock, localIso } from '../clock';
import type { Config } from '../config/config';
import type { AuditLog, SettingsRepo } from '../store/store';
import { hashPin, PIN_PATTERN, verifyPin } from './pinHash';

const PIN_HASH = 'staff.pinHash';
const FAILURES = 'staff.failedAttempts';
const LOCKED_UNTIL = 'staff.lockedUntil';

export const SET_PIN_HINT = 'npm run -s admin -- set-pin';

export interface StaffSession {
  /** Names the session in the audit log without revealing its token (`staff:3fa9c2d1`). */
  actor: string;
  expiresAt: string;
}

export interface StaffAuthDeps {
  settings: SettingsRepo;
  audit: AuditLog;
  now: Clock;
  policy: Config['staff'];
  /** A new unguessable session token. */
  newToken?: () => string;
}

interface LiveSession {
  actor: string;
  lastSeen: number;
}

/**
 * Staff sign-in with one PIN for the centre. Sessions live in this process
 * (a restart signs everyone out); the failure count and lockout live in the
 * database, so restarting the kiosk does not reset them.
 */
export function createStaffAuth({ settings, audit, now, policy, newToken = defaultToken }: StaffAuthDeps) {
  const sessions = new Map<string, LiveSession>();
  const idleMs = policy.sessionIdleMinutes * 60_000;
  // Sign-ins run one at a time, so parallel guesses cannot all slip in before the failure count catches up.
  let queue: Promise<unknown> = Promise.resolve();

  const expiry = (lastSeen: number) => localIso(new Date(lastSeen + idleMs));

  function lockedFor(at: number): number {
    const until = Number(settings.get(LOCKED_UNTIL) ?? 0);
    return until > at ? until - at : 0;
  }

  function lockedOut(ms: number): ApiError {
    const minutes = Math.ceil(ms / 60_000);
    return new ApiError(
      'rate-limited',
      `Too many wrong PINs: sign-in is locked for ${minutes} minute${minutes === 1 ? '' : 's'}`,
      undefined,
      Math.ceil(ms / 1000),
    );
  }

  function recordFailure(): ApiError {
    const failures = Number(settings.get(FAILURES) ?? 0) + 1;
    audit.record({ actor: 'staff', action: 'staff.login-failed', detail: { failures } });
    if (failures < policy.maxFailures) {
      settings.set(FAILURES, String(failures));
      return new ApiError('unauthorized', 'Wrong PIN', 'pin');
    }
    const lockMs = policy.lockoutMinutes * 60_000;
    settings.set(LOCKED_UNTIL, String(now().getTime() + lockMs));
    settings.delete(FAILURES);
    audit.record({ actor: 'staff', action: 'staff.locked-out', detail: { minutes: policy.lockoutMinutes } });
    return lockedOut(lockMs);
  }

  async function attempt(pin: string): Promise<{ token: string; expiresAt: string }> {
    const hash = settings.get(PIN_HASH);
    if (hash === undefined) {
      throw new ApiError('unauthorized', `No staff PIN is set yet: run \`${SET_PIN_HINT}\` on the kiosk computer`);
    }
    const locked = lockedFor(now().getTime());
    if (locked > 0) throw lockedOut(locked);
    if (!(await verifyPin(pin, hash))) throw recordFailure();
    settings.delete(FAILURES);
    settings.delete(LOCKED_UNTIL);
    pruneExpired();
    const token = newToken();
    const session = { actor: actorOf(token), lastSeen: now().getTime() };
    sessions.set(token, session);
    audit.record({ actor: session.actor, action: 'staff.login' });
    return { token, expiresAt: expiry(session.lastSeen) };
  }

  function pruneExpired(): void {
    const at = now().getTime();
    for (const [token, s] of sessions) if (at - s.lastSeen > idleMs) sessions.delete(token);
  }

  return {
    hasPin(): boolean {
      return settings.get(PIN_HASH) !== undefined;
    },

    /** Replaces the PIN (admin CLI) and lifts any lockout. */
    async setPin(pin: string, actor: string): Promise<void> {
      if (!PIN_PATTERN.test(pin)) throw new Error('The PIN must be 4 to 12 digits');
      settings.set(PIN_HASH, await hashPin(pin));
      settings.delete(FAILURES);
      settings.delete(LOCKED_UNTIL);
      audit.record({ actor, action: 'staff.pin-set' });
    },

    /** Checks the PIN and starts a session; ApiError 'unauthorized' or 'rate-limited' otherwise. */
    login(pin: string): Promise<{ token: string; expiresAt: string }> {
      const result = queue.then(() => attempt(pin));
      queue = result.catch(() => undefined);
      return result;
    },

    logout(token: string | null): void {
      if (token === null) return;
      const session = sessions.get(token);
      if (session === undefined) return;
      sessions.delete(token);
      audit.record({ actor: session.actor, action: 'staff.logout' });
    },

    /** The live session for a token, its idle timer restarted; null when there is none or it has expired. */
    authenticate(token: string | null): StaffSession | null {
      if (token === null) return null;
      const session = sessions.get(token);
      if (session === undefined) return null;
      const at = now().getTime();
      if (at - session.lastSeen > idleMs) {
        sessions.delete(token);
        return null;
      }
      session.lastSeen = at;
      return { actor: session.actor, expiresAt: expiry(at) };
    },
  };
}

export type StaffAuth = ReturnType<typeof createStaffAuth>;

function defaultToken(): string {
  return randomBytes(32).toString('base64url');
}

function actorOf(token: string): string {
  return `staff:${createHash('sha256').update(token).digest('hex').slice(0, 8)}`;
}
