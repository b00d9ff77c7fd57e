import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Forwarder, TickReport } from '../../../../main/forwarding/forwarder';
import { startForwardingTimer } from '../../../../main/forwarding/schedule';

const EMPTY: TickReport = { enqueued: 0, sent: 0, failed: 0, uncertain: 0, cancelled: 0 };

// The forwarder is replaced by a counter here: its own behaviour is tested against a real city in forwarder.test.ts.
function countingForwarder() {
  const state = { ticks: 0, stopped: false };
  const forwarder: Forwarder = {
    tick: async () => {
      state.ticks++;
      if (state.ticks === 2) throw new Error('disk full');
      return EMPTY;
    },
    stop: async () => {
      state.stopped = true;
    },
  };
  return { forwarder, state };
}

describe('startForwardingTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('ticks at once, then every interval, logs a failed tick and goes on, and stops', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { forwarder, state } = countingForwarder();
    const timer = startForwardingTimer(forwarder, 60_000);
    await vi.advanceTimersByTimeAsync(0);
    expect(state.ticks).toBe(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(state.ticks).toBe(2);
    expect(error).toHaveBeenCalledWith('linli: forwarding failed:', expect.any(Error));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(state.ticks).toBe(3);
    await timer.stop();
    expect(state.stopped).toBe(true);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(state.ticks).toBe(3);
  });
});
