import { createHash, randomBytes } from 'node:crypto';
import { ApiError } from '../../app/contract/errors';
import { type Clock, localIso } from '../clock';
import type { Config } from '../config/config';
import type { AuditLog, SettingsRepo } from '../store/store';
import { hashPin, PIN_PATTERN, verifyPin } from './pinHash';
import { createSignInThrottle, delayAfter } from './signInThrottle';

const PIN_HASH = 'staff.pinHash';
/** The single, centre-wide lock of earlier versions: removed, so it cannot keep anyone out after an update. */
const LEGACY_KEYS = ['staff.failedAttempts', 'staff.lockedUntil'];

export const SET_PIN_HINT = 'npm run -s admin -- set-pin';
export const UNLOCK_HINT = 'npm run -s admin -- unlock';

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
  startedAt: number;
  /** The last call a person made (a poll by the console's timer does not count). */
  lastActive: number;
}

type Lookup = { session: LiveSession } | { ended: 'idle' | 'lifetime' | 'none' };

/**
 * Staff sign-in with one PIN for the centre. Sessions live in this process
 * (a restart signs everyone out) and end after `sessionIdleMinutes` without a
 * person's action, after `sessionMaxHours` whatever happens, and at sign-out.
 * Wrong PINs slow down only the source they came from (signInThrottle.ts).
 */
export function createStaffAuth({ settings, audit, now, policy, newToken = defaultToken }: StaffAuthDeps) {
  const sessions = new Map<string, LiveSession>();
  const idleMs = policy.sessionIdleMinutes * 60_000;
  const maxMs = policy.sessionMaxHours * 3_600_000;
  const throttlePolicy = { freeFailures: policy.maxFailures, maxDelayMs: policy.maxDelayMinutes * 60_000 };
  const throttle = createSignInThrottle(settings, throttlePolicy);
  for (const key of LEGACY_KEYS) if (settings.get(key) !== undefined) settings.delete(key);
  // One sign-in at a time per source, so parallel guesses cannot all slip in before its count catches up.
  const queues = new Map<string, Promise<unknown>>();

  const expiry = (s: LiveSession) => localIso(new Date(Math.min(s.lastActive + idleMs, s.startedAt + maxMs)));

  function tooSoon(ms: number, wrong: boolean): ApiError {
    const seconds = Math.ceil(ms / 1000);
    const lead = wrong ? 'Wrong PIN. ' : '';
    return new ApiError(
      'rate-limited',
      `${lead}Too many wrong PINs from here: try again in ${seconds} second${seconds === 1 ? '' : 's'}`,
      undefined,
      seconds,
    );
  }

  function recordFailure(source: string): ApiError {
    const at = now().getTime();
    const failures = throttle.fail(source, at);
    const wait = delayAfter(failures, throttlePolicy);
    audit.record({ actor: 'staff', action: 'staff.login-failed', detail: { source, failures } });
    return wait > 0 ? tooSoon(wait, true) : new ApiError('unauthorized', 'Wrong PIN', 'pin');
  }

  async function attempt(pin: string, source: string): Promise<{ token: string; expiresAt: string }> {
    const hash = settings.get(PIN_HASH);
    if (hash === undefined) {
      throw new ApiError('unauthorized', `No staff PIN is set yet: run \`${SET_PIN_HINT}\` on the kiosk computer`);
    }
    const wait = throttle.waitFor(source, now().getTime());
    if (wait > 0) throw tooSoon(wait, false);
    if (!(await verifyPin(pin, hash))) throw recordFailure(source);
    throttle.succeed(source);
    pruneEnded();
    const at = now().getTime();
    const token = newToken();
    const session = { actor: actorOf(token), startedAt: at, lastActive: at };
    sessions.set(token, session);
    audit.record({ actor: session.actor, action: 'staff.login' });
    return { token, expiresAt: expiry(session) };
  }

  function endOf(session: LiveSession, at: number): 'idle' | 'lifetime' | null {
    if (at - session.startedAt > maxMs || at < session.startedAt) return 'lifetime';
    if (at - session.lastActive > idleMs) return 'idle';
    return null;
  }

  function pruneEnded(): void {
    const at = now().getTime();
    for (const [token, s] of sessions) if (endOf(s, at) !== null) sessions.delete(token);
  }

  function lookup(token: string | null, background: boolean): Lookup {
    const session = token === null ? undefined : sessions.get(token);
    if (token === null || session === undefined) return { ended: 'none' };
    const at = now().getTime();
    const ended = endOf(session, at);
    if (ended !== null) {
      sessions.delete(token);
      audit.record({ actor: session.actor, action: 'staff.session-ended', detail: { reason: ended } });
      return { ended };
    }
    // Only a person's action keeps a session alive; a call marked as a timer's never does.
    if (!background) session.lastActive = at;
    return { session };
  }

  return {
    hasPin(): boolean {
      return settings.get(PIN_HASH) !== undefined;
    },

    /** Replaces the PIN (admin CLI) and clears every source's wait. */
    async setPin(pin: string, actor: string): Promise<void> {
      if (!PIN_PATTERN.test(pin)) throw new Error('The PIN must be 4 to 12 digits');
      settings.set(PIN_HASH, await hashPin(pin));
      throttle.resetAll(now().getTime());
      audit.record({ actor, action: 'staff.pin-set' });
    },

    /** Clears every source's wait after wrong PINs (admin CLI `unlock`), in every running kiosk process. */
    unlock(actor: string): void {
      throttle.resetAll(now().getTime());
      audit.record({ actor, action: 'staff.sign-in-unlocked' });
    },

    /**
     * Checks the PIN from `source` (CallContext.source) and starts a session;
     * ApiError 'unauthorized' (wrong PIN) or 'rate-limited' (this source must wait) otherwise.
     */
    login(pin: string, source: string): Promise<{ token: string; expiresAt: string }> {
      const result = (queues.get(source) ?? Promise.resolve()).then(() => attempt(pin, source));
      const settled = result.catch(() => undefined);
      queues.set(source, settled);
      void settled.then(() => {
        if (queues.get(source) === settled) queues.delete(source);
      });
      return result;
    },

    logout(token: string | null): void {
      if (token === null) return;
      const session = sessions.get(token);
      if (session === undefined) return;
      sessions.delete(token);
      audit.record({ actor: session.actor, action: 'staff.logout' });
    },

    /**
     * The live session for a token, or null when there is none or it has
     * ended. A call by a person (`background` false) restarts its idle timer.
     */
    authenticate(token: string | null, { background = false } = {}): StaffSession | null {
      const found = lookup(token, background);
      return 'session' in found ? { actor: found.session.actor, expiresAt: expiry(found.session) } : null;
    },

    /** As authenticate, but refuses with an ApiError 'unauthorized' whose message says why the session ended. */
    requireSession(token: string | null, { background = false } = {}): StaffSession {
      const found = lookup(token, background);
      if ('session' in found) return { actor: found.session.actor, expiresAt: expiry(found.session) };
      throw new ApiError('unauthorized', sessionEndedMessage(found.ended, policy));
    },
  };
}

export type StaffAuth = ReturnType<typeof createStaffAuth>;

/** The console tells these apart by their wording (`without activity`, `at most`) to say why it signed out. */
function sessionEndedMessage(reason: 'idle' | 'lifetime' | 'none', policy: Config['staff']): string {
  if (reason === 'idle') return `Signed out after ${policy.sessionIdleMinutes} minutes without activity`;
  if (reason === 'lifetime') return `Signed out: a staff session lasts at most ${policy.sessionMaxHours} hours`;
  return 'Sign in as staff first';
}

function defaultToken(): string {
  return randomBytes(32).toString('base64url');
}

function actorOf(token: string): string {
  return `staff:${createHash('sha256').update(token).digest('hex').slice(0, 8)}`;
}
