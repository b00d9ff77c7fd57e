import { createActor, fromPromise, SimulatedClock } from 'xstate';
import type { KioskConfigView, SubmitResult } from '../../../../app/contract/kioskApi';
import { emptyContext } from '../../../../app/dialog/dialogMachine';
import { kioskMachine, type LookupQuery } from '../../../../app/dialog/kioskMachine';
import type { KioskEvent, LookupResult } from '../../../../app/dialog/types';
import { DEFAULT_CATALOGUE } from '../../../../app/domain/catalogue';
import type { Draft } from '../../../../app/domain/submission';
import { ANONYMOUS_COMPLAINT_AT_REVIEW, INPUT } from './support';

export const TIMING = { idleMs: 60_000, warningMs: 30_000, receiptMs: 45_000 };
const CONFIG: KioskConfigView = {
  kioskId: 'kiosk-1',
  centreName: { 'zh-CN': '幸福社区', en: 'Xingfu Community' },
  languages: ['zh-CN', 'en'],
  defaultLanguage: 'zh-CN',
  catalogue: [...DEFAULT_CATALOGUE],
  timing: TIMING,
  speech: { provider: 'scripted' },
  printing: false,
};

interface Fakes {
  submitDraft?: (draft: Draft) => Promise<SubmitResult>;
  lookupStatus?: (query: LookupQuery) => Promise<LookupResult>;
  callStaff?: (input: { language: string }) => Promise<unknown>;
  timing?: Partial<KioskConfigView['timing']>;
}

/**
 * A kiosk on a simulated clock. `clock.increment` jumps to the end at once, so a timer that starts
 * during a jump (the warning, when the idle time runs out) counts from the end: step it in moves.
 * The renderer's actors are replaced (they call the KioskApi, which is not here).
 */
export function startKiosk(fakes: Fakes = {}) {
  const clock = new SimulatedClock();
  const machine = kioskMachine.provide({
    actors: {
      submitDraft: fromPromise(({ input }) => (fakes.submitDraft ?? (() => new Promise<never>(() => {})))(input)),
      callStaff: fromPromise(({ input }) => (fakes.callStaff ?? (async () => ({ id: 1 })))(input)),
      lookupStatus: fromPromise(({ input }) => (fakes.lookupStatus ?? (() => new Promise<never>(() => {})))(input)),
    },
  });
  const config = { ...CONFIG, timing: { ...TIMING, ...fakes.timing } };
  const kiosk = createActor(machine, { input: { config }, clock }).start();
  const send = (...events: KioskEvent[]) => {
    for (const event of events) kiosk.send(event);
  };
  const dialog = () => kiosk.getSnapshot().children.dialog!.getSnapshot();
  const idle = () => (kiosk.getSnapshot().value as { idle: string }).idle;
  const overlay = () => (kiosk.getSnapshot().value as { overlay: string }).overlay;
  return { kiosk, clock, send, dialog, idle, overlay };
}

/** A complaint with a description typed in, at the describe step. */
export const HALF_FILLED: KioskEvent[] = ANONYMOUS_COMPLAINT_AT_REVIEW.slice(0, 4);
/** The dialog's context after a reset: nothing the resident entered. */
export const EMPTY_SESSION = { ...emptyContext(INPUT), visits: { welcome: 1 } };
