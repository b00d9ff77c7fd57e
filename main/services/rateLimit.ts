/**
 * Counting calls per key (a caller's source, or a source and a visit) for the
 * residents' channels, in memory: limits that protect the queue from a script,
 * not records, so a restart may forget them. Every counter is bounded: once
 * `maxKeys` keys are held, expired ones are dropped first, then the oldest, so
 * a flood of fresh sources cannot grow memory without end (it can only make
 * the oldest sources start afresh).
 */

/** Milliseconds since the epoch; tests pass a simulated clock. */
export type Millis = () => number;

/** A call allowed, or refused until `retryAfterMs` has passed. */
export type Verdict = { allowed: true } | { allowed: false; retryAfterMs: number };

const ALLOWED: Verdict = { allowed: true };

/** Enough for every kiosk and thin client of a centre many times over; about 100 bytes a key. */
export const DEFAULT_MAX_KEYS = 10_000;

/** A Map that holds at most `maxKeys` entries: expired ones go first, then the least recently written. */
class BoundedMap<V> {
  readonly #entries = new Map<string, V>();
  constructor(
    private readonly maxKeys: number,
    private readonly expired: (value: V) => boolean,
  ) {}

  get(key: string): V | undefined {
    return this.#entries.get(key);
  }

  set(key: string, value: V): void {
    this.#entries.delete(key);
    if (this.#entries.size >= this.maxKeys) {
      for (const [k, v] of this.#entries) if (this.expired(v)) this.#entries.delete(k);
    }
    while (this.#entries.size >= this.maxKeys) {
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
    }
    this.#entries.set(key, value);
  }

  get size(): number {
    return this.#entries.size;
  }
}

export interface WindowOptions {
  /** Calls allowed per key within one window. */
  max: number;
  windowMs: number;
  now: Millis;
  maxKeys?: number;
}

/**
 * At most `max` calls per key in a fixed window that opens with the key's
 * first call; a refused call does not count, and is told when the window ends.
 */
export class WindowLimit {
  readonly #windows: BoundedMap<{ start: number; count: number }>;

  constructor(private readonly options: WindowOptions) {
    this.#windows = new BoundedMap(
      options.maxKeys ?? DEFAULT_MAX_KEYS,
      (w) => options.now() - w.start >= options.windowMs,
    );
  }

  /** Counts the call if it is allowed. */
  take(key: string): Verdict {
    const verdict = this.check(key);
    if (verdict.allowed) this.commit(key);
    return verdict;
  }

  /** Whether a call would be allowed, without counting it (several limits are checked before any counts). */
  check(key: string): Verdict {
    const { max, windowMs, now } = this.options;
    const at = now();
    const current = this.#windows.get(key);
    if (current === undefined || at - current.start >= windowMs || current.count < max) return ALLOWED;
    return { allowed: false, retryAfterMs: current.start + windowMs - at };
  }

  commit(key: string): void {
    const at = this.options.now();
    const current = this.#windows.get(key);
    if (current === undefined || at - current.start >= this.options.windowMs) {
      this.#windows.set(key, { start: at, count: 1 });
    } else {
      this.#windows.set(key, { start: current.start, count: current.count + 1 });
    }
  }

  /** Keys held now (for the bound's test). */
  get keys(): number {
    return this.#windows.size;
  }
}

export interface GrowingDelayOptions {
  /** Calls per key allowed without delay within one window. */
  free: number;
  windowMs: number;
  /** The first delay after the free calls; each further call doubles it. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** A key quiet this long starts afresh. */
  forgetAfterMs: number;
  now: Millis;
  maxKeys?: number;
}

interface Pace {
  windowStart: number;
  count: number;
  /** Calls allowed beyond the free ones since the key was last quiet: each doubles the next delay. */
  strikes: number;
  lastAt: number;
}

/**
 * `free` calls per window, then each call must wait longer than the one
 * before (1 s, 2 s, 4 s … up to `maxDelayMs`) after the previous allowed one,
 * until the key has been quiet for `forgetAfterMs`. A refused call neither
 * counts nor lengthens the delay, so a person who tries again a little early
 * is not punished for it.
 */
export class GrowingDelay {
  readonly #paces: BoundedMap<Pace>;

  constructor(private readonly options: GrowingDelayOptions) {
    this.#paces = new BoundedMap(options.maxKeys ?? DEFAULT_MAX_KEYS, (p) => this.#quiet(p, options.now()));
  }

  #quiet(pace: Pace, at: number): boolean {
    return at - pace.lastAt >= this.options.forgetAfterMs;
  }

  /** The delay a key must wait after its last allowed call before the next, now. */
  #delay(pace: Pace): number {
    const { firstDelayMs, maxDelayMs } = this.options;
    return Math.min(maxDelayMs, firstDelayMs * 2 ** Math.min(pace.strikes, 40));
  }

  take(key: string): Verdict {
    const { free, windowMs, now } = this.options;
    const at = now();
    let pace = this.#paces.get(key);
    if (pace === undefined || this.#quiet(pace, at)) pace = { windowStart: at, count: 0, strikes: 0, lastAt: at };
    if (pace.strikes === 0 && at - pace.windowStart >= windowMs) pace = { ...pace, windowStart: at, count: 0 };
    if (pace.count < free) {
      this.#paces.set(key, { ...pace, count: pace.count + 1, lastAt: at });
      return ALLOWED;
    }
    const readyAt = pace.lastAt + this.#delay(pace);
    if (at < readyAt) return { allowed: false, retryAfterMs: readyAt - at };
    this.#paces.set(key, { ...pace, strikes: pace.strikes + 1, lastAt: at });
    return ALLOWED;
  }
}

/** Whole seconds for Retry-After, never 0 (a client told 0 would try again at once). */
export const retryAfterSeconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));
