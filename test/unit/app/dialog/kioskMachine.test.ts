import { describe, expect, it } from 'vitest';
import { waitFor } from 'xstate';
import { effectiveTiming, type LookupQuery, MIN_WARNING_MS } from '../../../../app/dialog/kioskMachine';
import { DEFAULT_SETTINGS, RATES, type Settings, VOLUMES } from '../../../../app/dialog/settings';
import type { KioskEvent, LookupResult } from '../../../../app/dialog/types';
import type { Draft } from '../../../../app/domain/submission';
import { EMPTY_SESSION, HALF_FILLED, startKiosk, TIMING } from './kioskSupport';
import { ANONYMOUS_COMPLAINT_AT_REVIEW, RESULT } from './support';

describe('when the resident walks away', () => {
  it('warns after the idle time, then wipes a half-filled complaint and the display settings', () => {
    const k = startKiosk();
    k.send(
      ...HALF_FILLED,
      { type: 'user.setTextSize', size: 3 },
      { type: 'user.setContrast', contrast: 'high' },
      { type: 'user.setLanguage', language: 'en' },
    );
    k.clock.increment(TIMING.idleMs - 1);
    expect(k.idle()).toBe('watching');
    k.clock.increment(1);
    expect(k.kiosk.getSnapshot().matches({ idle: 'warning' })).toBe(true);
    expect(k.dialog().context.freeText).toBe('楼上半夜噪音');

    k.clock.increment(TIMING.warningMs);
    expect(k.dialog().value).toBe('welcome');
    expect(k.dialog().context).toEqual(EMPTY_SESSION);
    expect(k.kiosk.getSnapshot().context.settings).toEqual(DEFAULT_SETTINGS);
    expect(k.idle()).toBe('inactive');
  });

  it('gives the resident the full time again when they answer the warning', () => {
    const k = startKiosk();
    k.send(...HALF_FILLED);
    k.clock.increment(TIMING.idleMs);
    k.send({ type: 'user.continue', mode: 'touch' });
    expect(k.idle()).toBe('watching');
    k.clock.increment(TIMING.idleMs - 1);
    expect(k.idle()).toBe('watching');
    expect(k.dialog().context.freeText).toBe('楼上半夜噪音');
  });

  it('restarts the countdown on every touch, key or word', () => {
    const k = startKiosk();
    k.send(...HALF_FILLED);
    for (let i = 0; i < 5; i++) {
      k.clock.increment(TIMING.idleMs - 1_000);
      k.send(i % 2 ? { type: 'user.activity' } : { type: 'user.help' });
    }
    expect(k.idle()).toBe('watching');
  });

  it('gives at least 20 seconds to answer the warning, even if the centre configured less', () => {
    const k = startKiosk({ timing: { warningMs: 5_000 } });
    k.send(...HALF_FILLED);
    k.clock.increment(TIMING.idleMs);
    k.clock.increment(MIN_WARNING_MS - 1);
    expect(k.idle()).toBe('warning');
    k.clock.increment(1);
    expect(k.dialog().value).toBe('welcome');
  });

  it('runs no countdown on the welcome screen', () => {
    const k = startKiosk();
    k.clock.increment(TIMING.idleMs * 10);
    expect(k.idle()).toBe('inactive');
    expect(k.dialog().context.visits).toEqual({ welcome: 1 });
  });

  it('closes any open overlay when it resets', () => {
    const k = startKiosk();
    k.send(...HALF_FILLED);
    k.clock.increment(TIMING.idleMs - 1);
    k.send({ type: 'user.help' });
    k.clock.increment(TIMING.idleMs);
    expect(k.overlay()).toBe('help');
    k.clock.increment(TIMING.warningMs);
    expect(k.overlay()).toBe('none');
  });
});

describe('timing the resident can adjust (WCAG 2.2.1)', () => {
  it('lets the resident answer the warning and carry on at least ten times, keeping what they entered', () => {
    const k = startKiosk();
    k.send(...HALF_FILLED);
    for (let i = 0; i < 12; i++) {
      k.clock.increment(TIMING.idleMs);
      expect(k.idle(), `warning ${i + 1}`).toBe('warning');
      k.clock.increment(TIMING.warningMs - 1);
      k.send({ type: 'user.continue', mode: 'touch' });
      expect(k.idle(), `answered ${i + 1}`).toBe('watching');
    }
    expect(k.dialog().value).toBe('describe');
    expect(k.dialog().context.freeText).toBe('楼上半夜噪音');
  });

  it('doubles the time before the warning, the warning itself and the receipt with "more time"', async () => {
    const k = startKiosk({ submitDraft: async () => RESULT });
    k.send(...HALF_FILLED, { type: 'user.setMoreTime', on: true });
    k.clock.increment(2 * TIMING.idleMs - 1);
    expect(k.idle()).toBe('watching');
    k.clock.increment(1);
    expect(k.idle()).toBe('warning');
    k.clock.increment(2 * TIMING.warningMs - 1);
    expect(k.idle()).toBe('warning');
    k.send({ type: 'user.continue' });

    k.send(...ANONYMOUS_COMPLAINT_AT_REVIEW.slice(4), { type: 'user.submit' });
    await waitFor(k.kiosk.getSnapshot().children.dialog!, (s) => s.value === 'receipt');
    k.clock.increment(2 * TIMING.receiptMs - 1);
    expect(k.dialog().value).toBe('receipt');
    k.clock.increment(1);
    expect(k.dialog().value).toBe('welcome');
  });

  it('starts the countdown again at the new length when the resident asks for more time', () => {
    const k = startKiosk();
    k.send(...HALF_FILLED);
    k.clock.increment(TIMING.idleMs - 1_000);
    k.send({ type: 'user.setMoreTime', on: true });
    k.clock.increment(2 * TIMING.idleMs - 1);
    expect(k.idle()).toBe('watching');
    k.send({ type: 'user.setMoreTime', on: false });
    k.clock.increment(TIMING.idleMs);
    expect(k.idle()).toBe('warning');
  });

  it('gives the effective times the screen shows: the warning at least 20 s, all doubled with more time', () => {
    const more: Settings = { ...DEFAULT_SETTINGS, moreTime: true };
    expect(effectiveTiming(TIMING, DEFAULT_SETTINGS)).toEqual({ ...TIMING, staffWaitMs: TIMING.idleMs });
    expect(effectiveTiming({ ...TIMING, warningMs: 5_000 }, DEFAULT_SETTINGS).warningMs).toBe(MIN_WARNING_MS);
    expect(effectiveTiming(TIMING, more)).toEqual({
      idleMs: 120_000,
      warningMs: 60_000,
      receiptMs: 120_000,
      staffWaitMs: 120_000,
    });
  });
});

describe('the settings', () => {
  it('blanks the screen only in audio-first mode, and leaving audio-first lights it again', () => {
    const k = startKiosk();
    k.send({ type: 'user.setScreenOff', on: true });
    expect(k.kiosk.getSnapshot().context.settings.screenOff).toBe(false);
    k.send({ type: 'user.setAudioFirst', on: true }, { type: 'user.setScreenOff', on: true });
    expect(k.kiosk.getSnapshot().context.settings.screenOff).toBe(true);
    k.send({ type: 'user.setAudioFirst', on: false });
    expect(k.kiosk.getSnapshot().context.settings).toMatchObject({ audioFirst: false, screenOff: false });
  });

  const settings = (k: ReturnType<typeof startKiosk>) => k.kiosk.getSnapshot().context.settings;
  const EVERY_SETTING_CHANGED: KioskEvent[] = [
    { type: 'user.setTextSize', size: 3 },
    { type: 'user.setContrast', contrast: 'dark' },
    { type: 'user.changeRate', delta: 1 },
    { type: 'user.changeVolume', delta: -1 },
    { type: 'user.setExploreByTouch', on: true },
    { type: 'user.setMoreTime', on: true },
    { type: 'user.setAudioFirst', on: true },
    { type: 'user.setScreenOff', on: true },
  ];
  const CHANGED: Settings = {
    textSize: 3,
    contrast: 'dark',
    rateStep: DEFAULT_SETTINGS.rateStep + 1,
    volumeStep: DEFAULT_SETTINGS.volumeStep - 1,
    exploreByTouch: true,
    moreTime: true,
    audioFirst: true,
    screenOff: true,
  };

  it('opens over any screen and closes back to it, from the welcome screen on', () => {
    const k = startKiosk();
    k.send({ type: 'user.openSettings' });
    expect(k.overlay()).toBe('settings');
    k.send({ type: 'user.closeOverlay' }, ...HALF_FILLED, { type: 'user.openSettings' });
    expect([k.overlay(), k.dialog().value]).toEqual(['settings', 'describe']);
    k.send({ type: 'user.closeOverlay' });
    expect([k.overlay(), k.dialog().value]).toEqual(['none', 'describe']);
  });

  it('applies each change at once while the panel is open', () => {
    const k = startKiosk();
    k.send({ type: 'user.openSettings' }, ...EVERY_SETTING_CHANGED);
    expect(settings(k)).toEqual(CHANGED);
    expect(k.overlay()).toBe('settings');
  });

  it('steps rate and volume one at a time and stops at the ends', () => {
    const k = startKiosk();
    for (let i = 0; i < 10; i++) k.send({ type: 'user.changeRate', delta: 1 }, { type: 'user.changeVolume', delta: 1 });
    expect([RATES[settings(k).rateStep], VOLUMES[settings(k).volumeStep]]).toEqual([2, 1]);
    for (let i = 0; i < 10; i++)
      k.send({ type: 'user.changeRate', delta: -1 }, { type: 'user.changeVolume', delta: -1 });
    expect([RATES[settings(k).rateStep], VOLUMES[settings(k).volumeStep]]).toEqual([0.5, 0.25]);
  });

  it('puts every setting back at once with "reset everything", without ending the session', () => {
    const k = startKiosk();
    k.send(...HALF_FILLED, ...EVERY_SETTING_CHANGED, { type: 'user.resetSettings' });
    expect(settings(k)).toEqual(DEFAULT_SETTINGS);
    expect(k.dialog().context.freeText).toBe('楼上半夜噪音');
  });

  it('keeps them when the resident starts over, and forgets them all when the session ends by itself', () => {
    const k = startKiosk();
    k.send(...HALF_FILLED, ...EVERY_SETTING_CHANGED, { type: 'user.startOver' }, ...HALF_FILLED);
    expect(settings(k)).toEqual(CHANGED);
    k.send({ type: 'user.openSettings' });
    k.clock.increment(2 * TIMING.idleMs);
    k.clock.increment(2 * TIMING.warningMs);
    expect(settings(k)).toEqual(DEFAULT_SETTINGS);
    expect([k.overlay(), k.dialog().value]).toEqual(['none', 'welcome']);
  });

  it('forgets them all when the resident finishes at the receipt', async () => {
    const k = startKiosk({ submitDraft: async () => RESULT });
    k.send(...ANONYMOUS_COMPLAINT_AT_REVIEW, ...EVERY_SETTING_CHANGED, { type: 'user.submit' });
    await waitFor(k.kiosk.getSnapshot().children.dialog!, (s) => s.value === 'receipt');
    k.send({ type: 'user.finish' });
    expect(settings(k)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('while the kiosk speaks or listens', () => {
  it('holds the countdown, and starts it afresh when speech ends', () => {
    const k = startKiosk();
    k.send(...HALF_FILLED, { type: 'speech.started' });
    k.clock.increment(TIMING.idleMs * 5);
    expect(k.idle()).toBe('paused');
    k.send({ type: 'speech.ended' });
    k.clock.increment(TIMING.idleMs - 1);
    expect(k.idle()).toBe('watching');
    k.clock.increment(1);
    expect(k.idle()).toBe('warning');
  });

  it('holds the countdown when a session starts while the welcome prompt is still being spoken', () => {
    const k = startKiosk();
    k.send({ type: 'speech.started' }, { type: 'user.start' });
    k.clock.increment(TIMING.idleMs * 2);
    expect(k.idle()).toBe('paused');
  });
});

describe('submitting', () => {
  it('sends the draft the resident reviewed, shows the receipt, and returns to welcome by itself', async () => {
    const sent: Draft[] = [];
    const k = startKiosk({
      submitDraft: async (draft) => {
        sent.push(draft);
        return RESULT;
      },
    });
    k.send(...ANONYMOUS_COMPLAINT_AT_REVIEW, { type: 'user.submit', mode: 'voice' });
    await waitFor(k.kiosk.getSnapshot().children.dialog!, (s) => s.value === 'receipt');
    expect(sent).toEqual([
      {
        kind: 'complaint',
        category: 'cmp.noise',
        description: '楼上半夜噪音',
        location: '3号楼',
        contact: { anonymous: true },
        language: 'zh-CN',
        inputModes: ['touch', 'voice'],
      },
    ]);
    expect(k.dialog().context.receipt).toEqual(RESULT);
    expect(k.idle()).toBe('receipt');

    k.clock.increment(TIMING.receiptMs - 1);
    expect(k.dialog().value).toBe('receipt');
    k.clock.increment(1);
    expect(k.dialog().value).toBe('welcome');
    expect(k.dialog().context).toEqual(EMPTY_SESSION);
  });

  it('puts the display settings back for the next resident when one finishes at the receipt', async () => {
    const k = startKiosk({ submitDraft: async () => RESULT });
    k.send(...ANONYMOUS_COMPLAINT_AT_REVIEW, { type: 'user.setContrast', contrast: 'high' }, { type: 'user.submit' });
    await waitFor(k.kiosk.getSnapshot().children.dialog!, (s) => s.value === 'receipt');
    k.send({ type: 'user.help' }, { type: 'user.finish' });
    expect(k.dialog().context).toEqual(EMPTY_SESSION);
    expect(k.kiosk.getSnapshot().context.settings).toEqual(DEFAULT_SETTINGS);
    expect([k.idle(), k.overlay()]).toEqual(['inactive', 'none']);
  });

  it('keeps the display settings when the resident starts over', () => {
    const k = startKiosk();
    k.send(...HALF_FILLED, { type: 'user.setTextSize', size: 3 }, { type: 'user.startOver' });
    expect(k.dialog().value).toBe('welcome');
    expect(k.kiosk.getSnapshot().context.settings.textSize).toBe(3);
  });

  it.each([
    [Object.assign(new Error('offline'), { code: 'network' }), 'network'],
    [Object.assign(new Error('disk'), { code: 'storage' }), 'storage'],
    [Object.assign(new Error('too many'), { code: 'rate-limited' }), 'rate-limited'],
    [new Error('something odd'), 'unknown'],
    ['not even an error', 'unknown'],
  ])('keeps the draft when the submission fails (%s) and says why', async (error, code) => {
    const k = startKiosk({ submitDraft: () => Promise.reject(error) });
    k.send(...ANONYMOUS_COMPLAINT_AT_REVIEW, { type: 'user.submit' });
    await waitFor(k.kiosk.getSnapshot().children.dialog!, (s) => s.value === 'submitFailed');
    expect(k.dialog().context).toMatchObject({ submitError: code, freeText: '楼上半夜噪音', location: '3号楼' });
    expect(k.idle()).toBe('watching');
  });

  it('tries again with the same draft when the resident retries', async () => {
    let calls = 0;
    const k = startKiosk({
      submitDraft: async () => {
        calls += 1;
        if (calls === 1) throw Object.assign(new Error('offline'), { code: 'network' });
        return RESULT;
      },
    });
    k.send(...ANONYMOUS_COMPLAINT_AT_REVIEW, { type: 'user.submit' });
    await waitFor(k.kiosk.getSnapshot().children.dialog!, (s) => s.value === 'submitFailed');
    k.send({ type: 'user.retry' });
    await waitFor(k.kiosk.getSnapshot().children.dialog!, (s) => s.value === 'receipt');
    expect(calls).toBe(2);
  });

  it('counts a new visit at each reset, so the server can tell one resident’s repeats from the next resident', async () => {
    const k = startKiosk({ submitDraft: async () => RESULT });
    const first = k.kiosk.getSnapshot().context.visit;
    k.send(...ANONYMOUS_COMPLAINT_AT_REVIEW, { type: 'user.submit' });
    await waitFor(k.kiosk.getSnapshot().children.dialog!, (s) => s.value === 'receipt');
    expect(k.kiosk.getSnapshot().context.visit).toBe(first);
    k.clock.increment(TIMING.receiptMs);
    expect(k.dialog().value).toBe('welcome');
    expect(k.kiosk.getSnapshot().context.visit).toBe(first + 1);
    k.send(...HALF_FILLED);
    k.clock.increment(TIMING.idleMs);
    k.clock.increment(TIMING.warningMs);
    expect(k.kiosk.getSnapshot().context.visit).toBe(first + 2);
  });

  it('runs no idle countdown while the submission is on its way', () => {
    const k = startKiosk();
    k.send(...ANONYMOUS_COMPLAINT_AT_REVIEW, { type: 'user.submit' });
    k.clock.increment(TIMING.idleMs * 10);
    expect(k.idle()).toBe('submitting');
    expect(k.dialog().value).toBe('submitting');
  });
});

describe('help and calling staff', () => {
  it('calls staff in the resident’s language and shows that staff are coming', async () => {
    const asked: unknown[] = [];
    const k = startKiosk({ callStaff: async (input) => asked.push(input) });
    k.send({ type: 'user.setLanguage', language: 'en' }, { type: 'user.callStaff' });
    expect(k.overlay()).toBe('staffCalling');
    await waitFor(k.kiosk, (s) => s.matches({ overlay: 'staffCalled' }));
    expect(asked).toEqual([{ language: 'en' }]);
    k.send({ type: 'user.closeOverlay' });
    expect(k.overlay()).toBe('none');
  });

  it('tells the resident staff already have the call when the server refuses one call too many', async () => {
    const k = startKiosk({
      callStaff: () => Promise.reject(Object.assign(new Error('429'), { code: 'rate-limited' })),
    });
    k.send(...HALF_FILLED, { type: 'user.callStaff' });
    await waitFor(k.kiosk, (s) => s.matches({ overlay: 'staffAlreadyCalled' }));
    // They wait for staff as after a call that went through: the longer countdown.
    expect(k.idle()).toBe('waitingForStaff');
  });

  it('says so when staff could not be called', async () => {
    const k = startKiosk({ callStaff: () => Promise.reject(new Error('offline')) });
    k.send({ type: 'user.callStaff' });
    await waitFor(k.kiosk, (s) => s.matches({ overlay: 'staffCallFailed' }));
  });

  it('opens help over the current step without moving the dialog', () => {
    const k = startKiosk();
    k.send(...HALF_FILLED, { type: 'user.help' });
    expect(k.overlay()).toBe('help');
    expect(k.dialog().value).toBe('describe');
  });
});

describe('the kiosk itself', () => {
  it('passes each resident event to the dialog exactly once', () => {
    const k = startKiosk();
    k.send(...HALF_FILLED.slice(0, 3), { type: 'user.togglePhrase', phrase: '半夜' });
    expect(k.dialog().context.phrases).toEqual(['半夜']);
  });

  it('keeps nothing of the resident in its own context', () => {
    const k = startKiosk();
    k.send(...ANONYMOUS_COMPLAINT_AT_REVIEW);
    expect(Object.keys(k.kiosk.getSnapshot().context).sort()).toEqual([
      'catalogue',
      'centreName',
      'countdown',
      'defaultLanguage',
      'language',
      'meToo',
      'settings',
      'speech',
      'timing',
      'visit',
    ]);
  });

  it('wipes the session and settings on a system reset', () => {
    const k = startKiosk();
    k.send(...HALF_FILLED, { type: 'user.setTextSize', size: 2 }, { type: 'user.help' }, { type: 'system.reset' });
    expect(k.dialog().context).toEqual(EMPTY_SESSION);
    expect(k.kiosk.getSnapshot().context.settings).toEqual(DEFAULT_SETTINGS);
    expect([k.idle(), k.overlay()]).toEqual(['inactive', 'none']);
  });
});

describe('checking progress', () => {
  const REF = '1234566';
  const found = (query: LookupQuery): LookupResult => ({
    ref: query.ref,
    status: 'forwarded',
    updatedAt: '2025-03-02T10:00:00+08:00',
    verified: query.phoneLast4 === '8000',
    publicNote: query.phoneLast4 === '8000' ? '已转交市政' : null,
  });

  it('shows the status for a reference, and the staff note only with the right last four digits', async () => {
    const queries: LookupQuery[] = [];
    const k = startKiosk({
      lookupStatus: async (query) => {
        queries.push(query);
        return found(query);
      },
    });
    k.send({ type: 'user.start' }, { type: 'user.checkProgress' }, { type: 'user.setLookupRef', ref: REF });
    k.send({ type: 'user.next' });
    await waitFor(k.kiosk, () => k.dialog().matches({ lookup: 'result' }));
    expect(k.dialog().context.lookupResult).toMatchObject({ status: 'forwarded', verified: false, publicNote: null });

    k.send({ type: 'user.verify' }, { type: 'user.setPhoneLast4', digits: '8000' }, { type: 'user.next' });
    await waitFor(k.kiosk, () => k.dialog().context.lookupResult?.verified === true);
    expect(k.dialog().context.lookupResult?.publicNote).toBe('已转交市政');
    expect(queries).toEqual([{ ref: REF }, { ref: REF, phoneLast4: '8000' }]);
  });

  it('says what is wrong with a reference and lets the resident correct it', async () => {
    const k = startKiosk({
      lookupStatus: async () => {
        throw Object.assign(new Error('no'), { code: 'not-found' });
      },
    });
    k.send({ type: 'user.start' }, { type: 'user.checkProgress' }, { type: 'user.setLookupRef', ref: '1234567' });
    k.send({ type: 'user.next' });
    expect(k.dialog().context.fieldError).toBe('lookup.error.mistyped');
    k.send({ type: 'user.setLookupRef', ref: REF }, { type: 'user.next' });
    await waitFor(k.kiosk, () => k.dialog().context.fieldError === 'lookup.error.not-found');
    expect(k.dialog().matches({ lookup: 'ref' })).toBe(true);
    expect(k.dialog().context.lookupRef).toBe(REF);
  });

  it('forgets the reference and the answer when the resident leaves, and at an idle reset', async () => {
    const k = startKiosk({ lookupStatus: async (query) => found(query) });
    k.send({ type: 'user.start' }, { type: 'user.checkProgress' }, { type: 'user.setLookupRef', ref: REF });
    k.send({ type: 'user.next' });
    await waitFor(k.kiosk, () => k.dialog().matches({ lookup: 'result' }));
    k.clock.increment(TIMING.idleMs);
    k.clock.increment(MIN_WARNING_MS + TIMING.warningMs);
    expect(k.dialog().value).toBe('welcome');
    expect(k.dialog().context).toMatchObject({ lookupRef: '', phoneLast4: '', lookupResult: null });
  });
});
