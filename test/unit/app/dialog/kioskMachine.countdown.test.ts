import { describe, expect, it } from 'vitest';
import { waitFor } from 'xstate';
import { MAX_RECEIPT_MS, secondsLeft } from '../../../../app/dialog/countdown';
import { effectiveTiming, MIN_RECEIPT_MS } from '../../../../app/dialog/kioskMachine';
import { DEFAULT_SETTINGS } from '../../../../app/dialog/settings';
import { HALF_FILLED, startKiosk, TIMING } from './kioskSupport';
import { ANONYMOUS_COMPLAINT_AT_REVIEW, RESULT } from './support';

/** Steps the simulated clock a second at a time (a timer started during one jump counts from its end). */
function seconds(k: ReturnType<typeof startKiosk>, n: number) {
  for (let i = 0; i < n; i++) k.clock.increment(1000);
}

const shown = (k: ReturnType<typeof startKiosk>) => {
  const countdown = k.kiosk.getSnapshot().context.countdown;
  return countdown && { kind: countdown.kind, seconds: secondsLeft(countdown), totalMs: countdown.totalMs };
};

async function atReceipt(timing: Partial<typeof TIMING> = {}) {
  const k = startKiosk({ submitDraft: async () => RESULT, timing });
  k.send(...ANONYMOUS_COMPLAINT_AT_REVIEW, { type: 'user.submit' });
  await waitFor(k.kiosk.getSnapshot().children.dialog!, (s) => s.value === 'receipt');
  return k;
}

describe('the countdowns a resident sees', () => {
  it('counts the idle warning down a second at a time, from the full time to answer', () => {
    const k = startKiosk();
    k.send(...HALF_FILLED);
    k.clock.increment(TIMING.idleMs);
    expect(shown(k)).toEqual({ kind: 'idleWarning', seconds: 30, totalMs: TIMING.warningMs });
    seconds(k, 1);
    expect(shown(k)?.seconds).toBe(29);
    seconds(k, 28);
    expect(shown(k)?.seconds).toBe(1);
    expect(k.idle()).toBe('warning');
    seconds(k, 1);
    expect(k.idle()).toBe('inactive');
  });

  it('starts the warning afresh, full, each time it comes back', () => {
    const k = startKiosk();
    k.send(...HALF_FILLED);
    k.clock.increment(TIMING.idleMs);
    seconds(k, 10);
    k.send({ type: 'user.continue' });
    k.clock.increment(TIMING.idleMs);
    expect(shown(k)?.seconds).toBe(30);
  });

  it('keeps the receipt at least a minute, even when the config asks for less', async () => {
    expect(effectiveTiming({ ...TIMING, receiptMs: 30_000 }, DEFAULT_SETTINGS).receiptMs).toBe(MIN_RECEIPT_MS);
    const k = await atReceipt({ receiptMs: 30_000 });
    expect(shown(k)).toEqual({ kind: 'receipt', seconds: 60, totalMs: 60_000 });
    k.clock.increment(59_999);
    expect(k.dialog().value).toBe('receipt');
    k.clock.increment(1);
    expect(k.dialog().value).toBe('welcome');
  });

  it('shows the receipt counting down, and starts it again at a touch', async () => {
    const k = await atReceipt({ receiptMs: 90_000 });
    expect(shown(k)).toEqual({ kind: 'receipt', seconds: 90, totalMs: 90_000 });
    seconds(k, 20);
    expect(shown(k)?.seconds).toBe(70);
    k.send({ type: 'user.interrupt', mode: 'touch' });
    expect(shown(k)?.seconds).toBe(90);
    seconds(k, 1);
    expect(shown(k)?.seconds).toBe(89);
  });

  it('gives another full time on top of what is left when the resident asks for more time, and goes home only then', async () => {
    const k = await atReceipt();
    seconds(k, 50);
    expect(shown(k)?.seconds).toBe(10);
    k.send({ type: 'user.moreTime', mode: 'keypad' });
    expect(shown(k)).toEqual({ kind: 'receipt', seconds: 70, totalMs: 70_000 });
    k.clock.increment(69_999);
    expect(k.dialog().value).toBe('receipt');
    k.clock.increment(1);
    expect(k.dialog().value).toBe('welcome');
  });

  it('lengthens the receipt at most to ten minutes, however often more time is asked for', async () => {
    const k = await atReceipt();
    for (let i = 0; i < 20; i++) k.send({ type: 'user.moreTime' });
    expect(shown(k)?.seconds).toBe(MAX_RECEIPT_MS / 1000);
    k.clock.increment(MAX_RECEIPT_MS);
    expect(k.dialog().value).toBe('welcome');
  });

  it('doubles the receipt’s time with the “more time” setting', async () => {
    const k = startKiosk({ submitDraft: async () => RESULT });
    k.send(...ANONYMOUS_COMPLAINT_AT_REVIEW, { type: 'user.setMoreTime', on: true }, { type: 'user.submit' });
    await waitFor(k.kiosk.getSnapshot().children.dialog!, (s) => s.value === 'receipt');
    expect(shown(k)).toEqual({ kind: 'receipt', seconds: 120, totalMs: 120_000 });
  });

  it('takes more time asked for elsewhere as a sign the resident is there, nothing else', () => {
    const k = startKiosk();
    k.send(...HALF_FILLED);
    k.clock.increment(TIMING.idleMs - 1);
    k.send({ type: 'user.moreTime' });
    k.clock.increment(TIMING.idleMs - 1);
    expect(k.idle()).toBe('watching');
    expect(k.dialog().value).toBe('describe');
  });
});
