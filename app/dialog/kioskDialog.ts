/** How the kiosk machine follows its dialog: the phase it is in, and what it asks the kiosk to send or look up. */
import type { Draft } from '../domain/submission';
import {
  type DialogSnapshot,
  pendingLookup,
  pendingSimilar,
  pendingSupport,
  pendingVerdict,
  type SimilarQuery,
  type SupportQuery,
  type VerdictQuery,
} from './dialogMachine';
import { draftFromContext } from './draft';
import { isComplete } from './flow';

/** Where the dialog is, as far as time is concerned. */
export type DialogPhase = 'welcome' | 'session' | 'submitting' | 'receipt';

/** Events the kiosk machine raises to itself; never sent from outside. */
export type InternalEvent =
  | {
      type: 'dialog.changed';
      phase: DialogPhase;
      draft: Draft | null;
      lookup: LookupQuery | null;
      /** Extension: a verdict to send (null when none is asked for). */
      verdict?: VerdictQuery | null;
      /** Extension: a "me too" question to ask, or support to add (null when none). */
      similar?: SimilarQuery | null;
      support?: SupportQuery | null;
    }
  | { type: 'kiosk.activity' }
  /** The countdown of the warning or the receipt (re)started: its shown seconds start ticking afresh. */
  | { type: 'kiosk.countdownStarted' }
  /** "More time" asked for on the receipt. */
  | { type: 'kiosk.moreTime' }
  | { type: 'kiosk.reset' };

/** A progress lookup the dialog asks for (KioskApi `lookupStatus`). */
export interface LookupQuery {
  ref: string;
  phoneLast4?: string;
}

/** Which phase of a session a dialog snapshot is in: submitFailed and every step of filling in are `session`. */
export function dialogPhase(snapshot: Pick<DialogSnapshot, 'value'>): DialogPhase {
  const { value } = snapshot;
  if (value === 'welcome' || value === 'submitting' || value === 'receipt') return value;
  return 'session';
}

/** The draft to send, or null if the dialog got to submitting without one (it should not). */
export function draftToSend(snapshot: DialogSnapshot): Draft | null {
  return isComplete(snapshot.context) ? draftFromContext(snapshot.context) : null;
}

export function lookupIn(event: { type: string } | InternalEvent): LookupQuery {
  if (!isDialogChange(event) || event.lookup === null) throw new Error('a lookup starts only with a query');
  return event.lookup;
}

export function verdictIn(event: { type: string } | InternalEvent): VerdictQuery {
  if (!isDialogChange(event) || !event.verdict) throw new Error('a verdict is sent only with one');
  return event.verdict;
}

export function similarIn(event: { type: string } | InternalEvent): SimilarQuery {
  if (!isDialogChange(event) || !event.similar) throw new Error('a "me too" question is asked only with one');
  return event.similar;
}

export function supportIn(event: { type: string } | InternalEvent): SupportQuery {
  if (!isDialogChange(event) || !event.support) throw new Error('support is added only with a handle');
  return event.support;
}

export function draftIn(event: { type: string } | InternalEvent): Draft {
  if (!isDialogChange(event) || event.draft === null) throw new Error('sending starts only with a draft');
  return event.draft;
}

export const PHASE_STATE = {
  welcome: 'inactive',
  session: 'watching',
  submitting: 'submitting',
  receipt: 'receipt',
} as const;

/** Moves the idle region along with the dialog, for the phases a state does not already stand for. */
export function followDialog(...phases: DialogPhase[]) {
  return phases.map((phase) => ({
    guard: { type: 'dialogPhaseIs', params: { phase } } as const,
    target: PHASE_STATE[phase],
  }));
}

const isDialogChange = (event: { type: string }): event is Extract<InternalEvent, { type: 'dialog.changed' }> =>
  event.type === 'dialog.changed';

/** What the kiosk tells itself of a new dialog snapshot: its phase, and the draft to send or the lookup to make. */
export function dialogChange(snapshot: DialogSnapshot): InternalEvent {
  const phase = dialogPhase(snapshot);
  return {
    type: 'dialog.changed',
    phase,
    draft: phase === 'submitting' ? draftToSend(snapshot) : null,
    lookup: pendingLookup(snapshot),
    verdict: pendingVerdict(snapshot),
    similar: pendingSimilar(snapshot),
    support: pendingSupport(snapshot),
  };
}
