import type { SettingsRepo } from '../store/store';

/** How sign-in failures slow a source down (config `staff`). */
export interface ThrottlePolicy {
  /** Wrong PINs a source may enter before it must wait. */
  freeFailures: number;
  /** The longest wait between two tries from one source. */
  maxDelayMs: number;
}

/** The first wait once the free tries are used; each further wrong PIN doubles it, up to the policy's longest. */
export const FIRST_DELAY_MS = 1000;
/** A source with no wrong PIN for this long starts afresh (longer than any wait, so waiting it out is slower than guessing). */
export const FORGET_AFTER_MS = 24 * 3_600_000;
/** Sources kept in memory: an attacker with many addresses cannot grow the table past this. */
export const MAX_SOURCES = 10_000;
/** Sources kept in the database, the most recent first, so a restart does not hand out fresh tries. */
export const MAX_PERSISTED = 500;

const FAILURES_KEY = 'staff.signInFailures';
/** When `admin unlock` last cleared every wait (ms since the epoch); read by every running kiosk process. */
export const RESET_KEY = 'staff.signInResetAt';

interface SourceState {
  failures: number;
  lastFailure: number;
}

/** The wait after `failures` wrong PINs in a row from one source. */
export function delayAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.freeFailures) return 0;
  const doublings = Math.min(failures - policy.freeFailures, 40);
  return Math.min(FIRST_DELAY_MS * 2 ** doublings, policy.maxDelayMs);
}

/**
 * Wrong PINs counted per source (`kiosk`, `ip:<address>`, `admin-cli`), each
 * source waiting longer after each one, so no source can slow down another:
 * a flood from one address never delays the kiosk's own PIN pad or staff at
 * another address. Kept in memory (bounded) and in the settings table, so a
 * restart of the kiosk does not reset a source's wait, and the admin CLI,
 * another process, can clear every wait (`admin unlock`).
 */
export function createSignInThrottle(settings: SettingsRepo, policy: ThrottlePolicy, maxSources = MAX_SOURCES) {
  const sources = new Map<string, SourceState>(Object.entries(readStored(settings)));
  let resetSeen = Number(settings.get(RESET_KEY) ?? 0);

  function followReset(): void {
    const resetAt = Number(settings.get(RESET_KEY) ?? 0);
    if (resetAt === resetSeen) return;
    resetSeen = resetAt;
    for (const [source, state] of sources) if (state.lastFailure <= resetAt) sources.delete(source);
  }

  function current(source: string, at: number): SourceState | undefined {
    const state = sources.get(source);
    if (state !== undefined && at - state.lastFailure > FORGET_AFTER_MS) {
      sources.delete(source);
      return undefined;
    }
    return state;
  }

  function makeRoom(at: number): void {
    for (const [source, state] of sources) {
      if (sources.size < maxSources) return;
      if (at - state.lastFailure > FORGET_AFTER_MS) sources.delete(source);
    }
    // Map order is least recently failed first: drop those.
    for (const source of sources.keys()) {
      if (sources.size < maxSources) return;
      sources.delete(source);
    }
  }

  function persist(): void {
    const merged = readStored(settings);
    for (const [source, state] of Array.from(sources).slice(-MAX_PERSISTED)) {
      const stored = merged[source];
      if (stored === undefined || stored.lastFailure <= state.lastFailure) merged[source] = state;
    }
    const recent = Object.entries(merged)
      .filter(([, s]) => s.lastFailure > resetSeen)
      .sort(([, a], [, b]) => b.lastFailure - a.lastFailure)
      .slice(0, MAX_PERSISTED);
    settings.set(FAILURES_KEY, JSON.stringify(toStored(Object.fromEntries(recent))));
  }

  return {
    /** How long `source` must still wait before its next try (ms); 0 when it may try now. */
    waitFor(source: string, at: number): number {
      followReset();
      const state = current(source, at);
      if (state === undefined) return 0;
      return Math.max(0, state.lastFailure + delayAfter(state.failures, policy) - at);
    },

    /** Counts a wrong PIN from `source`; returns how many in a row it has now entered. */
    fail(source: string, at: number): number {
      const failures = (current(source, at)?.failures ?? 0) + 1;
      sources.delete(source);
      makeRoom(at);
      sources.set(source, { failures, lastFailure: at });
      persist();
      return failures;
    },

    /** The right PIN: the source starts afresh. */
    succeed(source: string): void {
      sources.delete(source);
      const stored = readStored(settings);
      if (!(source in stored)) return;
      delete stored[source];
      settings.set(FAILURES_KEY, JSON.stringify(toStored(stored)));
    },

    /** Clears every source's wait, in this process and (through the settings table) in any other. */
    resetAll(at: number): void {
      sources.clear();
      resetSeen = Math.max(at, resetSeen + 1);
      settings.set(RESET_KEY, String(resetSeen));
      settings.delete(FAILURES_KEY);
    },

    /** How many sources are being counted (for tests of the bound). */
    get size(): number {
      return sources.size;
    },
  };
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>;

function readStored(settings: SettingsRepo): Record<string, SourceState> {
  try {
    const raw = JSON.parse(settings.get(FAILURES_KEY) ?? '{}') as Record<string, unknown>;
    const out: Record<string, SourceState> = {};
    for (const [source, value] of Object.entries(raw)) {
      if (!Array.isArray(value) || value.length !== 2) continue;
      const [failures, lastFailure] = value.map(Number) as [number, number];
      if (Number.isSafeInteger(failures) && failures > 0 && Number.isFinite(lastFailure))
        out[source] = { failures, lastFailure };
    }
    // Oldest failure first, as the in-memory Map keeps them.
    return Object.fromEntries(Object.entries(out).sort(([, a], [, b]) => a.lastFailure - b.lastFailure));
  } catch {
    // A damaged row must not keep staff out: it only loses the counts.
    return {};
  }
}

function toStored(states: Record<string, SourceState>): Record<string, [number, number]> {
  return Object.fromEntries(Object.entries(states).map(([source, s]) => [source, [s.failures, s.lastFailure]]));
}
