/**
 * The life of a case (接诉即办): which status may follow which, and what the
 * resident's verdict does. Pure, so the store, the console and the tests all
 * ask the same table.
 *
 *   queued ─┬─ collected ─┬─ assigned ─┬─ resolved ─┬─ (满意/基本满意) ─ closed
 *           │  forwarded  ┘            │            └─ (不满意) ─ reopened ─ back to work
 *           └──────────────────────────┴─ closed (e.g. a duplicate, merged into another case)
 *
 * A case awaiting the resident's verdict cannot slip back into work quietly:
 * it is either closed or explicitly reopened, so every reopening is counted
 * against the 解决率 as the rates expect.
 */

/** Every status of a case; the first four are the queue's, the rest come with case handling. */
export const CASE_STATUSES = [
  'queued',
  'collected',
  'assigned',
  'forwarded',
  'resolved',
  'closed',
  'reopened',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Statuses in which someone still has to act: the queue's open cases, and what "me too" can join. */
export const OPEN_STATUSES: readonly CaseStatus[] = ['queued', 'collected', 'assigned', 'forwarded', 'reopened'];

/** True when work on the case is still to be done (not resolved, not closed). */
export function isOpen(status: CaseStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** The resident's verdict on how their case was handled (满意 / 基本满意 / 不满意). */
export const RATINGS = ['satisfied', 'basically', 'unsatisfied'] as const;
export type Rating = (typeof RATINGS)[number];

/** What staff heard on a follow-up call (回访): reached, with the resident's verdict, or not reached. */
export const FOLLOW_UP_OUTCOMES = [
  'reached-satisfied',
  'reached-basically',
  'reached-unsatisfied',
  'not-reached',
] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];

/** The verdict a follow-up call heard, or null when nobody answered. */
export function ratingOfFollowUp(outcome: FollowUpOutcome): Rating | null {
  switch (outcome) {
    case 'reached-satisfied':
      return 'satisfied';
    case 'reached-basically':
      return 'basically';
    case 'reached-unsatisfied':
      return 'unsatisfied';
    case 'not-reached':
      return null;
  }
}

/** Why a status change was refused; the console maps each to a message for staff. */
export const MOVE_REFUSALS = [
  'unknown-status',
  'same-status',
  'back-to-queue',
  'closed-is-final',
  'awaiting-verdict',
  'reopen-needs-resolution',
  'public-note-required',
  'verdict-not-due',
  'assign-not-open',
] as const;
export type MoveRefusal = (typeof MOVE_REFUSALS)[number];

export type MoveResult = { ok: true; status: CaseStatus } | { ok: false; reason: MoveRefusal; message: string };

const refuse = (reason: MoveRefusal, message: string): MoveResult => ({ ok: false, reason, message });

function isCaseStatus(value: string): value is CaseStatus {
  return (CASE_STATUSES as readonly string[]).includes(value);
}

/** Statuses staff may move an open case to (other than its own). `reopened` is reached only from a resolution. */
const fromOpen = (self: CaseStatus): readonly CaseStatus[] =>
  (['collected', 'assigned', 'forwarded', 'resolved', 'closed'] as const).filter((s) => s !== self);

/**
 * The statuses each status may move to by a staff action (a verdict is
 * `applyVerdict`). Closing straight from an open status stays allowed, as in
 * the queue before case handling: a duplicate or a merged case is closed
 * without a resolution.
 */
export const STAFF_MOVES: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  queued: fromOpen('queued'),
  collected: fromOpen('collected'),
  assigned: fromOpen('assigned'),
  forwarded: fromOpen('forwarded'),
  reopened: fromOpen('reopened'),
  // A resolution waits for the resident; staff may close it after a follow-up call (回访) or
  // reopen it when the call finds the problem is still there.
  resolved: ['closed', 'reopened'],
  // A follow-up may find a closed case not solved after all; reopening keeps that visible.
  closed: ['reopened'],
};

/**
 * Whether staff may move a case from one status to another, and why not.
 * Resolving needs a public note: the resident is asked for a verdict on what
 * was done, so they must be told what that was.
 */
export function checkMove(from: string, to: string, options: { publicNote?: string } = {}): MoveResult {
  if (!isCaseStatus(from)) return refuse('unknown-status', `no such status: ${JSON.stringify(from)}`);
  if (!isCaseStatus(to)) return refuse('unknown-status', `no such status: ${JSON.stringify(to)}`);
  if (from === to) return refuse('same-status', `the case is ${from} already`);
  if (to === 'queued') return refuse('back-to-queue', 'a case never goes back to the queue once staff have seen it');
  if (from === 'closed' && to !== 'reopened') return refuse('closed-is-final', 'a closed case can only be reopened');
  if (from === 'resolved' && to !== 'closed' && to !== 'reopened') {
    return refuse('awaiting-verdict', 'a resolved case awaits the resident: close it or reopen it');
  }
  if (to === 'reopened' && !STAFF_MOVES[from].includes(to)) {
    return refuse('reopen-needs-resolution', `only a resolved or closed case can be reopened, not a ${from} one`);
  }
  if (to === 'resolved' && (options.publicNote ?? '').trim() === '') {
    return refuse('public-note-required', 'say in a public note what was done before resolving');
  }
  return { ok: true, status: to };
}

/**
 * Whether a case may be assigned (or taken, 我来处理) now. Reassigning an
 * assigned case is allowed: the person changes, the status does not.
 */
export function checkAssign(from: string): MoveResult {
  if (!isCaseStatus(from)) return refuse('unknown-status', `no such status: ${JSON.stringify(from)}`);
  if (!isOpen(from)) return refuse('assign-not-open', `a ${from} case is not being worked on; reopen it first`);
  return { ok: true, status: 'assigned' };
}

/** What a verdict does to a case. */
export type VerdictResult =
  | { ok: true; status: 'closed' }
  | { ok: true; status: 'reopened'; reopenReason: string }
  | { ok: false; reason: 'verdict-not-due' | 'unknown-status'; message: string };

/**
 * The resident's verdict on a resolved case: 满意 and 基本满意 close it;
 * 不满意 reopens it, carrying the reason in the resident's own words (empty
 * when they gave none: a verdict is never refused for want of a reason, since
 * a resident at the keypad may not be able to type one).
 */
export function applyVerdict(from: string, rating: Rating, reason?: string): VerdictResult {
  if (!isCaseStatus(from))
    return { ok: false, reason: 'unknown-status', message: `no such status: ${JSON.stringify(from)}` };
  if (from !== 'resolved') {
    return {
      ok: false,
      reason: 'verdict-not-due',
      message: `a verdict is asked only of a resolved case, not a ${from} one`,
    };
  }
  if (rating === 'unsatisfied') return { ok: true, status: 'reopened', reopenReason: (reason ?? '').trim() };
  return { ok: true, status: 'closed' };
}

/** True when the resident should be asked for a verdict at lookup. */
export function verdictDue(status: CaseStatus): boolean {
  return status === 'resolved';
}
