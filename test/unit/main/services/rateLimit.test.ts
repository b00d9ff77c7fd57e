import { describe, expect, it } from 'vitest';
import { GrowingDelay, retryAfterSeconds, WindowLimit } from '../../../../main/services/rateLimit';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

function simulatedClock() {
  let time = 1_700_000_000_000;
  return {
    now: () => time,
    advance(ms: number) {
      time += ms;
    },
  };
}

describe('a window limit', () => {
  it('allows max calls per key in a window, says when the window ends, and does not count refusals', () => {
    const clock = simulatedClock();
    const limit = new WindowLimit({ max: 3, windowMs: MINUTE, now: clock.now });
    for (let i = 0; i < 3; i++) expect(limit.take('a')).toEqual({ allowed: true });
    clock.advance(20 * SECOND);
    expect(limit.take('a')).toEqual({ allowed: false, retryAfterMs: 40 * SECOND });
    expect(limit.take('b')).toEqual({ allowed: true });
    clock.advance(40 * SECOND);
    expect(limit.take('a')).toEqual({ allowed: true });
  });

  it('holds no more keys than its bound, dropping expired ones first', () => {
    const clock = simulatedClock();
    const limit = new WindowLimit({ max: 1, windowMs: MINUTE, now: clock.now, maxKeys: 100 });
    limit.take('busy');
    for (let i = 0; i < 10_000; i++) limit.take(`fresh-${i}`);
    expect(limit.keys).toBe(100);
  });
});

describe('a growing delay', () => {
  const options = (clock: ReturnType<typeof simulatedClock>) => ({
    free: 10,
    windowMs: MINUTE,
    firstDelayMs: SECOND,
    maxDelayMs: 10 * MINUTE,
    forgetAfterMs: 20 * MINUTE,
    now: clock.now,
  });

  it('lets the free calls through, then makes each further call wait twice as long as the one before', () => {
    const clock = simulatedClock();
    const delay = new GrowingDelay(options(clock));
    for (let i = 0; i < 10; i++) expect(delay.take('script').allowed).toBe(true);
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      const verdict = delay.take('script');
      if (verdict.allowed) throw new Error('a call straight after another must wait');
      waits.push(verdict.retryAfterMs);
      clock.advance(verdict.retryAfterMs);
      expect(delay.take('script').allowed).toBe(true);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 600, 600].map((s) => s * SECOND));
  });

  it('lets a resident’s pace through without any wait, and forgets a source that has been quiet', () => {
    const clock = simulatedClock();
    const delay = new GrowingDelay(options(clock));
    // A busy kiosk: a lookup every 20 seconds all day.
    for (let i = 0; i < 3 * 60 * 8; i++) {
      expect(delay.take('kiosk').allowed).toBe(true);
      clock.advance(20 * SECOND);
    }
    for (let i = 0; i < 10; i++) delay.take('script');
    expect(delay.take('script').allowed).toBe(false);
    clock.advance(20 * MINUTE);
    for (let i = 0; i < 10; i++) expect(delay.take('script').allowed).toBe(true);
  });

  it('counts each source apart', () => {
    const clock = simulatedClock();
    const delay = new GrowingDelay(options(clock));
    for (let i = 0; i < 100; i++) delay.take('ip:203.0.113.9');
    expect(delay.take('kiosk')).toEqual({ allowed: true });
  });
});

it('gives Retry-After in whole seconds, never 0', () => {
  expect([retryAfterSeconds(1), retryAfterSeconds(1000), retryAfterSeconds(1001)]).toEqual([1, 1, 2]);
});
