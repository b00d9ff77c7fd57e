import { randomBytes } from 'node:crypto';
import { ApiError } from '../../app/contract/errors';
import { type Clock, localIso } from '../clock';
import type { Config } from '../config/config';
import type { AuditLog, SettingsRepo } from '../store/store';
import { PIN_PATTERN } from './pinHash';
import { createSignInThrottle, delayAfter } from './signInThrottle';
import { SHARED_PIN_HASH as PIN_HASH, type StaffDirectory, type StaffPerson } from './staffDirectory';

/** The single, centre-wide lock of earlier versions: removed, so it cannot keep anyone out after an update. */
const LEGACY_KEYS = ['staff.failedAttempts', 'staff.lockedUntil'];

export const SET_PIN_HINT = 'npm run -s admin -- set-pin';
export const ADD_STAFF_HINT = 'npm run -s admin -- add-staff --name NAME --role admin';
export const UNLOCK_HINT = 'npm run -s admin -- unlock';

export interface StaffSession {
  /** Who is signed in, by name, as the audit log and a case's history record them. */
  actor: string;
  /** Their account id (0: the shared PIN's admin), recorded with `actor` in the audit log. */
  actorId: number;
  /** Who is signed in, with their role (what they may do). */
  person: StaffPerson;
  expiresAt: string;
}

export interface StaffAuthDeps {
  settings: SettingsRepo;
  audit: AuditLog;
  now: Clock;
  policy: Omit<Config['staff'], 'adminName'>;
  /** Who may sign in, and with which PIN. */
  directory: StaffDirectory;
  /** A new unguessable session token. */
  newToken?: () => string;
}

interface LiveSession {
  person: StaffPerson;
  startedAt: number;
  /** The last call a person made (a poll by the console's timer does not count). */
  lastActive: number;
}

type Ended = 'idle' | 'lifetime' | 'disabled' | 'none';
type Lookup = { session: LiveSession } | { ended: Ended };

/**
 * Staff sign-in: each person's own PIN says who they are (or the centre's
 * shared PIN, for the admin the config names). Sessions live in this process
 * (a restart signs everyone out) and end after `sessionIdleMinutes` without a
 * person's action, after `sessionMaxHours` whatever happens, and at sign-out.
 * Wrong PINs slow down only the source they came from (signInThrottle.ts).
 */
export function createStaffAuth({ settings, audit, now, policy, directory, newToken = defaultToken }: StaffAuthDeps) {
  const sessions = new Map<string, LiveSession>();
  const idleMs = policy.sessionIdleMinutes * 60_000;
  const maxMs = policy.sessionMaxHours * 3_600_000;
  const throttlePolicy = { freeFailures: policy.maxFailures, maxDelayMs: policy.maxDelayMinutes * 60_000 };
  const throttle = createSignInThrottle(settings, throttlePolicy);
  for (const key of LEGACY_KEYS) if (settings.get(key) !== undefined) settings.delete(key);
  // One sign-in at a time per source, so parallel guesses cannot all slip in before its count catches up.
  const queues = new Map<string, Promise<unknown>>();

  const expiry = (s: LiveSession) => localIso(new Date(Math.min(s.lastActive + idleMs, s.startedAt + maxMs)));
  const sessionOf = (s: LiveSession): StaffSession => ({ ...by(s.person), person: s.person, expiresAt: expiry(s) });

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

  async function attempt(
    pin: string,
    source: string,
  ): Promise<{ token: string; expiresAt: string; person: StaffPerson }> {
    if (!directory.anyoneCanSignIn()) {
      throw new ApiError(
        'unauthorized',
        `No staff PIN is set yet: run \`${SET_PIN_HINT}\` or \`${ADD_STAFF_HINT}\` on the kiosk computer`,
      );
    }
    const wait = throttle.waitFor(source, now().getTime());
    if (wait > 0) throw tooSoon(wait, false);
    const person = await directory.identify(pin);
    if (person === null) throw recordFailure(source);
    throttle.succeed(source);
    pruneEnded();
    const at = now().getTime();
    const token = newToken();
    const session = { person, startedAt: at, lastActive: at };
    sessions.set(token, session);
    audit.record({ ...by(person), action: 'staff.login', detail: { role: person.role } });
    return { token, expiresAt: expiry(session), person };
  }

  function endOf(session: LiveSession, at: number): Exclude<Ended, 'none'> | null {
    if (at - session.startedAt > maxMs || at < session.startedAt) return 'lifetime';
    if (at - session.lastActive > idleMs) return 'idle';
    // Disabled (admin CLI, perhaps in another process) while signed in: the session ends at once.
    if (directory.current(session.person.id) === undefined) return 'disabled';
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
      audit.record({ ...by(session.person), action: 'staff.session-ended', detail: { reason: ended } });
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
      // Unique among everyone's PINs: the shared PIN must not sign a named person in as the admin.
      settings.set(PIN_HASH, await directory.sharedPinHash(pin));
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
    login(pin: string, source: string): Promise<{ token: string; expiresAt: string; person: StaffPerson }> {
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
      audit.record({ ...by(session.person), action: 'staff.logout' });
    },

    /**
     * The live session for a token, or null when there is none or it has
     * ended. A call by a person (`background` false) restarts its idle timer.
     */
    authenticate(token: string | null, { background = false } = {}): StaffSession | null {
      const found = lookup(token, background);
      return 'session' in found ? sessionOf(found.session) : null;
    },

    /** As authenticate, but refuses with an ApiError 'unauthorized' whose message says why the session ended. */
    requireSession(token: string | null, { background = false } = {}): StaffSession {
      const found = lookup(token, background);
      if ('session' in found) return sessionOf(found.session);
      throw new ApiError('unauthorized', sessionEndedMessage(found.ended, policy));
    },
  };
}

export type StaffAuth = ReturnType<typeof createStaffAuth>;

/** The console tells these apart by their wording (`without activity`, `at most`) to say why it signed out. */
function sessionEndedMessage(reason: Ended, policy: StaffAuthDeps['policy']): string {
  if (reason === 'idle') return `Signed out after ${policy.sessionIdleMinutes} minutes without activity`;
  if (reason === 'disabled') return 'Signed out: this staff account was disabled';
  if (reason === 'lifetime') return `Signed out: a staff session lasts at most ${policy.sessionMaxHours} hours`;
  return 'Sign in as staff first';
}

function defaultToken(): string {
  return randomBytes(32).toString('base64url');
}

/** How the audit log names a person: by name at the time, with their account id. */
export function by(person: StaffPerson): { actor: string; actorId: number } {
  return { actor: person.name, actorId: person.id };
}
