import { describe, expect, it } from 'vitest';
import { createSendLoop } from '../../../../main/outbox/sendLoop';

interface Report {
  prepared: number;
  sent: string[];
}

/**
 * A loop over rows whose sends wait until the test lets each one go, so that what happens while a
 * send is in flight (a second tick, a stop) is seen, not guessed at with a wait.
 */
function heldLoop(rows: string[]) {
  const held: Array<() => void> = [];
  const started: string[] = [];
  const loop = createSendLoop<Report, string>({
    empty: () => ({ prepared: 0, sent: [] }),
    prepare: (report) => {
      report.prepared++;
    },
    due: () => rows,
    sendOne: (row, report) =>
      new Promise<void>((resolve) => {
        started.push(row);
        held.push(() => {
          report.sent.push(row);
          resolve();
        });
      }),
  });
  /** Lets the send in flight end, and waits until the loop has gone on to the next one or finished. */
  const release = async () => {
    held.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { loop, started, release };
}

describe('createSendLoop', () => {
  it('prepares once, then sends the due rows one after another', async () => {
    const { loop, started, release } = heldLoop(['a', 'b']);
    const tick = loop.tick();
    expect(started).toEqual(['a']);
    await release();
    expect(started).toEqual(['a', 'b']);
    await release();
    expect(await tick).toEqual({ prepared: 1, sent: ['a', 'b'] });
  });

  it('gives a tick asked for during a tick that same tick', async () => {
    const { loop, release } = heldLoop(['a']);
    const first = loop.tick();
    const second = loop.tick();
    expect(second).toBe(first);
    await release();
    expect(await first).toEqual({ prepared: 1, sent: ['a'] });
  });

  it('once stopped starts no new send, records the one in flight, and ticks do nothing', async () => {
    const { loop, started, release } = heldLoop(['a', 'b']);
    const tick = loop.tick();
    const stopped = loop.stop();
    await release();
    await stopped;
    expect(started).toEqual(['a']);
    expect(await tick).toEqual({ prepared: 1, sent: ['a'] });
    expect(await loop.tick()).toEqual({ prepared: 0, sent: [] });
  });
});
