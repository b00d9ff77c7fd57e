import { describe, expect, it } from 'vitest';
import { waitFor } from 'xstate';
import type { KioskConfigView } from '../../../../app/contract/kioskApi';
import { effectiveTiming } from '../../../../app/dialog/kioskMachine';
import { DEFAULT_SETTINGS } from '../../../../app/dialog/settings';
import { EMPTY_SESSION, HALF_FILLED, startKiosk, TIMING } from './kioskSupport';

const STAFF_WAIT_MS = 300_000;

/** A resident half-way through a complaint who has called staff, and been told they are coming. */
async function waitingForStaff(timing: Partial<KioskConfigView['timing']> = { staffWaitMs: STAFF_WAIT_MS }) {
  const k = startKiosk({ timing });
  k.send(...HALF_FILLED, { type: 'user.callStaff' });
  await waitFor(k.kiosk, (s) => s.matches({ overlay: 'staffCalled' }));
  return k;
}

describe('while the resident waits for the staff they called', () => {
  it('does not warn at the idle time, and keeps what they entered', async () => {
    const k = await waitingForStaff();
    k.clock.increment(TIMING.idleMs);
    expect(k.idle()).toBe('waitingForStaff');
    k.clock.increment(STAFF_WAIT_MS - TIMING.idleMs - 1);
    expect([k.idle(), k.overlay()]).toEqual(['waitingForStaff', 'staffCalled']);
    expect(k.dialog().context.freeText).toBe('楼上半夜噪音');
  });

  it('warns after the staff wait, then wipes the complaint when nobody answers', async () => {
    const k = await waitingForStaff();
    k.clock.increment(STAFF_WAIT_MS - 1);
    expect(k.idle()).toBe('waitingForStaff');
    k.clock.increment(1);
    expect(k.idle()).toBe('warning');
    expect(k.dialog().context.freeText).toBe('楼上半夜噪音');

    k.clock.increment(TIMING.warningMs);
    expect(k.dialog().context).toEqual(EMPTY_SESSION);
    expect([k.idle(), k.overlay()]).toEqual(['inactive', 'none']);
  });

  it('gives the staff wait again when the resident answers the warning', async () => {
    const k = await waitingForStaff();
    k.clock.increment(STAFF_WAIT_MS);
    k.send({ type: 'user.continue', mode: 'touch' });
    k.clock.increment(STAFF_WAIT_MS - 1);
    expect([k.idle(), k.overlay()]).toEqual(['waitingForStaff', 'staffCalled']);
  });

  it('goes back to the usual countdown, started afresh, when the resident closes the message', async () => {
    const k = await waitingForStaff();
    k.clock.increment(STAFF_WAIT_MS - 1_000);
    expect(k.idle()).toBe('waitingForStaff');
    k.send({ type: 'user.closeOverlay' });
    k.clock.increment(TIMING.idleMs - 1);
    expect(k.idle()).toBe('watching');
    k.clock.increment(1);
    expect(k.idle()).toBe('warning');
  });

  it('keeps the usual countdown when staff could not be called: nobody is coming', async () => {
    const k = startKiosk({
      timing: { staffWaitMs: STAFF_WAIT_MS },
      callStaff: () => Promise.reject(new Error('offline')),
    });
    k.send(...HALF_FILLED, { type: 'user.callStaff' });
    await waitFor(k.kiosk, (s) => s.matches({ overlay: 'staffCallFailed' }));
    k.clock.increment(TIMING.idleMs);
    expect(k.idle()).toBe('warning');
  });

  it('holds the countdown while the kiosk speaks, and starts the staff wait afresh when speech ends', async () => {
    const k = await waitingForStaff();
    k.clock.increment(STAFF_WAIT_MS - 1_000);
    k.send({ type: 'speech.started' });
    k.clock.increment(STAFF_WAIT_MS * 2);
    expect(k.idle()).toBe('paused');
    k.send({ type: 'speech.ended' });
    k.clock.increment(STAFF_WAIT_MS - 1);
    expect(k.idle()).toBe('waitingForStaff');
    k.clock.increment(1);
    expect(k.idle()).toBe('warning');
  });

  it('waits the idle time when the centre’s config gives no staff wait', async () => {
    const k = await waitingForStaff({});
    k.clock.increment(TIMING.idleMs - 1);
    expect(k.idle()).toBe('waitingForStaff');
    k.clock.increment(1);
    expect(k.idle()).toBe('warning');
  });

  it('doubles the staff wait with "more time"', async () => {
    const k = await waitingForStaff();
    k.send({ type: 'user.setMoreTime', on: true });
    k.clock.increment(2 * STAFF_WAIT_MS - 1);
    expect(k.idle()).toBe('waitingForStaff');
    k.clock.increment(1);
    expect(k.idle()).toBe('warning');
  });

  it('never waits for staff less than the idle time', () => {
    expect(effectiveTiming({ ...TIMING, staffWaitMs: 10_000 }, DEFAULT_SETTINGS).staffWaitMs).toBe(TIMING.idleMs);
  });
});
