import { createActor, createMachine, fromPromise, type PromiseActorLogic, SimulatedClock } from 'xstate';
import type { KioskConfigView, SimilarCase, SubmitResult } from '../../../../app/contract/kioskApi';
import { emptyContext, type SimilarQuery, type SupportQuery } from '../../../../app/dialog/dialogMachine';
import { type KioskMachineEvent, kioskMachine, type LookupQuery } from '../../../../app/dialog/kioskMachine';
import type { KioskEvent, LookupResult } from '../../../../app/dialog/types';
import { DEFAULT_CATALOGUE } from '../../../../app/domain/catalogue';
import type { Draft } from '../../../../app/domain/submission';
import type { Listening } from '../../../../app/speech/listening';
import {
  type Pending,
  type Segment,
  type TurnPurpose,
  type TurnResult,
  voiceMachine,
} from '../../../../app/speech/voiceMachine';
import { ANONYMOUS_COMPLAINT_AT_REVIEW, INPUT } from './support';

export const TIMING = { idleMs: 60_000, warningMs: 30_000, receiptMs: 60_000 };
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
  /** "Me too": the centre offers it (config), and what findSimilar and supportCase answer. */
  meToo?: boolean;
  findSimilar?: (query: SimilarQuery) => Promise<{ items: SimilarCase[] }>;
  supportCase?: (query: SupportQuery) => Promise<{ ref: string; createdAt: string; residents: number }>;
  timing?: Partial<KioskConfigView['timing']>;
  speech?: Partial<KioskConfigView['speech']>;
  /** Whether the speech output has a voice (default yes) and the provider hears (default no). */
  canSpeak?: boolean;
  canListen?: boolean;
}

/** One thing the kiosk said: its segments, and whether softly (the welcome hint). */
export interface Said {
  segments: Segment[];
  softly: boolean;
}

/**
 * The kiosk's voice with its platform replaced (there is no speech in Node): what it says is
 * recorded and takes no time, and each turn of listening waits until the test answers it.
 */
function scriptedVoice() {
  const said: Said[] = [];
  let answer: ((result: TurnResult) => void) | null = null;
  let listens = 0;
  let stops = 0;
  const voice = voiceMachine.provide({
    actors: {
      // A machine done as it starts, where the renderer has a promise: a promise settles only after the
      // simulated clock's synchronous steps, a final state at once, so speech takes no simulated time.
      speak: createMachine({
        types: { input: {} as { segments: Segment[]; softly?: boolean } },
        context: ({ input }) => {
          said.push({ segments: input.segments, softly: input.softly === true });
          return {};
        },
        initial: 'done',
        states: { done: { type: 'final' } },
      }) as unknown as PromiseActorLogic<void, { segments: Segment[]; softly?: boolean }>,
      listen: fromPromise<TurnResult, { purpose: TurnPurpose; listening: Listening; pending: Pending | null }>(
        () =>
          new Promise((resolve) => {
            listens += 1;
            answer = resolve;
          }),
      ),
    },
    actions: {
      stopAudio: () => {
        stops += 1;
      },
    },
  });
  return {
    voice,
    said,
    listens: () => listens,
    stops: () => stops,
    /** The resident answers the turn of listening under way. */
    hear: (result: TurnResult) => answer?.(result),
  };
}

/**
 * A kiosk on a simulated clock. `clock.increment` jumps to the end at once, so a timer that starts
 * during a jump (the warning, when the idle time runs out) counts from the end: step it in moves.
 * The renderer's actors are replaced (they call the KioskApi, which is not here).
 */
export function startKiosk(fakes: Fakes = {}) {
  const clock = new SimulatedClock();
  const speech = scriptedVoice();
  const machine = kioskMachine.provide({
    guards: { canSpeak: () => fakes.canSpeak ?? true },
    actors: {
      voice: speech.voice,
      submitDraft: fromPromise(({ input }) => (fakes.submitDraft ?? (() => new Promise<never>(() => {})))(input)),
      callStaff: fromPromise(({ input }) => (fakes.callStaff ?? (async () => ({ id: 1 })))(input)),
      lookupStatus: fromPromise(({ input }) => (fakes.lookupStatus ?? (() => new Promise<never>(() => {})))(input)),
      findSimilar: fromPromise(({ input }) => (fakes.findSimilar ?? (async () => ({ items: [] })))(input)),
      supportCase: fromPromise(({ input }) => (fakes.supportCase ?? (() => new Promise<never>(() => {})))(input)),
    },
  });
  const config = {
    ...CONFIG,
    meToo: fakes.meToo ?? false,
    timing: { ...TIMING, ...fakes.timing },
    speech: { ...CONFIG.speech, ...fakes.speech },
  };
  const kiosk = createActor(machine, { input: { config, canListen: fakes.canListen ?? false }, clock }).start();
  const send = (...events: KioskMachineEvent[]) => {
    for (const event of events) kiosk.send(event);
  };
  const dialog = () => kiosk.getSnapshot().children.dialog!.getSnapshot();
  const idle = () => (kiosk.getSnapshot().value as { idle: string }).idle;
  const overlay = () => (kiosk.getSnapshot().value as { overlay: string }).overlay;
  const voice = () => kiosk.getSnapshot().children.voice!.getSnapshot();
  /** The locale keys (or texts) of everything said so far, in order. */
  const saidKeys = () => speech.said.flatMap((s) => s.segments.map((seg) => (typeof seg === 'string' ? seg : seg.key)));
  return { kiosk, clock, send, dialog, idle, overlay, voice, speech, saidKeys };
}

/** A complaint with a description typed in, at the describe step. */
export const HALF_FILLED: KioskEvent[] = ANONYMOUS_COMPLAINT_AT_REVIEW.slice(0, 4);
/** The dialog's context after a reset: nothing the resident entered. */
export const EMPTY_SESSION = { ...emptyContext(INPUT), visits: { welcome: 1 } };
