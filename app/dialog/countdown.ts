/**
 * The countdowns a resident sees: the idle warning's and the receipt's. The
 * deadline itself is a delayed transition of the kiosk machine; this is what
 * the screen shows of it, stepped down once a second by the machine's clock
 * (so the simulated clock of the tests drives it too), and how "more time"
 * on the receipt lengthens it.
 */
export interface Countdown {
  /** Which screen counts down: the warning's is a fresh full time each time, the receipt's can be lengthened. */
  kind: 'idleWarning' | 'receipt';
  /** The whole time this countdown started with, for a bar that drains from full. */
  totalMs: number;
  /** What is left, in whole seconds' steps; the screen shows it rounded up. */
  leftMs: number;
  /** Set by "more time": the time the next start of the receipt's countdown begins with, instead of the full time. */
  carryMs?: number;
}

/** One tick of the shown countdown. */
export const TICK_MS = 1000;

/** "More time" on the receipt never keeps a resident's reference on screen longer than this (or the full time, if longer). */
export const MAX_RECEIPT_MS = 600_000;

/** A countdown starting now: the full time, or what "more time" asked for just before. */
export function startCountdown(kind: Countdown['kind'], fullMs: number, previous: Countdown | null): Countdown {
  const carried = previous?.kind === kind ? previous.carryMs : undefined;
  const leftMs = carried ?? fullMs;
  return { kind, totalMs: Math.max(fullMs, leftMs), leftMs };
}

/** A second less (never below zero). */
export function tickCountdown(countdown: Countdown | null): Countdown | null {
  return countdown && { ...countdown, leftMs: Math.max(0, countdown.leftMs - TICK_MS) };
}

/** "More time" on the receipt: what is left plus one more full time, up to MAX_RECEIPT_MS; taken up when the countdown starts again. */
export function lengthenCountdown(countdown: Countdown | null, fullMs: number): Countdown | null {
  if (!countdown) return countdown;
  const carryMs = Math.min(countdown.leftMs + fullMs, Math.max(MAX_RECEIPT_MS, fullMs));
  return { ...countdown, carryMs };
}

/** The whole seconds a resident is shown: 30 until a full second has gone, 1 in the last second. */
export function secondsLeft(countdown: Pick<Countdown, 'leftMs'>): number {
  return Math.ceil(countdown.leftMs / 1000);
}
