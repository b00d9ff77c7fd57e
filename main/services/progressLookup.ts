import { timingSafeEqual } from 'node:crypto';
import { verdictDue } from '../../app/cases/lifecycle';
import { ApiError } from '../../app/contract/errors';
import type { ParsedArgsOf, ResultOf, SubmissionSummary } from '../../app/contract/kioskApi';
import { isValidReference, normaliseReference } from '../../app/domain/referenceNumber';
import type { Clock } from '../clock';
import { ResidentLimitsConfig } from '../config/residentLimits';
import type { Store } from '../store/store';

const DEFAULT_GUESSES = ResidentLimitsConfig.parse({});

/** Wrong last-four-digits guesses allowed per reference and source within the window (the defaults). */
export const LOOKUP_GUESSES = {
  maxFailures: DEFAULT_GUESSES.lookupGuessesPerSource,
  /** From all network sources together (the kiosk's own window is never held back by them). */
  maxFailuresPerReference: DEFAULT_GUESSES.lookupGuessesPerReference,
  windowMinutes: 15,
} as const;

const WINDOW_MS = LOOKUP_GUESSES.windowMinutes * 60_000;
const RESIDENT = 'kiosk';
/** The kiosk's own window (CallContext.source): the resident is standing at the centre's kiosk. */
const KIOSK_SOURCE = 'kiosk';

function sameDigits(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

export interface ProgressLookupDeps {
  store: Store;
  now: Clock;
  guesses?: Pick<ResidentLimitsConfig, 'lookupGuessesPerSource' | 'lookupGuessesPerReference'>;
}

/**
 * A resident's progress lookup by reference number. The status is shown to
 * anyone with the reference; the staff's public note only with the last four
 * digits of the phone given with the submission. Four digits are quickly
 * guessed, so wrong ones are counted per submission and per source (in the
 * database). After `lookupGuessesPerSource` within the window from one source,
 * that source's lookups with digits are refused until the oldest of them is
 * older than the window — whether or not the next guess would be right — while
 * the owner at another source, or at the kiosk, is not held back.
 *
 * A distributed attack (many addresses, a few guesses each) is met by a guard
 * per reference: after `lookupGuessesPerReference` wrong guesses from network
 * sources together, digits are refused to every network source for the
 * window. That guard could be used to keep an owner at home from their note
 * for a while, but never at the centre: the kiosk's own window is never
 * counted against it, only its own guesses, so the owner can always check
 * there. At the defaults (5 and 30 in 15 minutes) a guess succeeds with a
 * chance of 30 in 10,000 per quarter hour, and a single source needs 6 hours
 * for 120 guesses.
 */
export function createProgressLookup({ store, now, guesses = DEFAULT_GUESSES }: ProgressLookupDeps) {
  const { submissions, lookups, audit } = store;
  const perSource = guesses.lookupGuessesPerSource;
  const perReference = guesses.lookupGuessesPerReference;

  /** Throws 'rate-limited' while `failures` (oldest first) have reached `max` in the window. */
  function refuseAt(failures: Date[], max: number, at: Date): void {
    if (failures.length < max) return;
    // Lookups resume once enough of the failures have left the window to bring them under the limit.
    const freedAt = failures[failures.length - max]!.getTime() + WINDOW_MS;
    const seconds = Math.max(1, Math.ceil((freedAt - at.getTime()) / 1000));
    const minutes = Math.ceil(seconds / 60);
    throw new ApiError(
      'rate-limited',
      `Too many wrong phone digits for this reference number: try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
      'phoneLast4',
      seconds,
    );
  }

  /** Throws while this source, or (for a network source) all network sources, have guessed too often; returns both counts. */
  function refuseIfGuessing(submissionId: number, source: string, at: Date): { mine: number; all: number } {
    const since = new Date(at.getTime() - WINDOW_MS);
    const mine = lookups.failuresSince(submissionId, since, { from: source });
    refuseAt(mine, perSource, at);
    if (source === KIOSK_SOURCE) return { mine: mine.length, all: 0 };
    const network = lookups.failuresSince(submissionId, since, { notFrom: KIOSK_SOURCE });
    refuseAt(network, perReference, at);
    return { mine: mine.length, all: network.length };
  }

  /** The submission a reference names; 'invalid' or 'not-found' otherwise. */
  function find(ref: string): SubmissionSummary {
    const normalised = normaliseReference(ref);
    if (!isValidReference(normalised)) throw new ApiError('invalid', 'ref: is not a valid reference number', 'ref');
    // A supporter's reference ("me too") and a merged case's look up the case they now belong to; the phone
    // that proves the caller is the one left with the reference they hold, never another resident's.
    const resolved = store.supporters.resolve(normalised);
    const found = resolved === undefined ? undefined : submissions.getById(resolved.caseId);
    if (resolved === undefined || found === undefined) {
      throw new ApiError('not-found', 'No submission has this reference number');
    }
    const { history: _, ...summary } = found;
    return { ...summary, phone: resolved.phone };
  }

  /** Whether the digits are the last four of the phone left with it; a wrong guess is counted (and may lock). */
  function ownsPhone(found: SubmissionSummary, phoneLast4: string, source: string): boolean {
    const at = now();
    const failures = refuseIfGuessing(found.id, source, at);
    // An anonymous submission, or one whose contact details were purged, has no phone to match.
    if (found.phone !== null && sameDigits(found.phone.slice(-4), phoneLast4)) return true;
    lookups.recordFailure(found.id, source, new Date(at.getTime() - WINDOW_MS));
    // Once per lock, not per refused call: a script hammering the kiosk must not flood the log.
    if (failures.mine + 1 === perSource) {
      audit.record({ actor: RESIDENT, action: 'submission.lookup-locked', detail: { ref: found.ref, source } });
    }
    if (source !== KIOSK_SOURCE && failures.all + 1 === perReference) {
      audit.record({ actor: RESIDENT, action: 'submission.lookup-guarded', detail: { ref: found.ref } });
    }
    return false;
  }

  /**
   * The verdict question is due once the case is resolved with a public note
   * (the resident is asked about what they were told was done), to whoever
   * proved the phone where one was left; an anonymous case has only its reference.
   */
  function isVerdictDue(found: SubmissionSummary, verified: boolean): boolean {
    if (!verdictDue(found.status) || (found.phone !== null && !verified)) return false;
    return lookups.publicNote(found.id) !== null;
  }

  // Given only when due, so an answer with no question reads as it did before verdicts existed.
  const asked = (due: boolean) => (due ? { verdictDue: true } : {});

  return {
    find,
    ownsPhone,
    isVerdictDue,

    lookupStatus({ ref, phoneLast4 }: ParsedArgsOf<'lookupStatus'>, source = KIOSK_SOURCE): ResultOf<'lookupStatus'> {
      const found = find(ref);
      // The reference the resident holds (a supporter's own, or a merged case's), with the case's progress.
      const status = { ref: normaliseReference(ref), status: found.status, updatedAt: found.updatedAt };
      if (phoneLast4 === undefined || !ownsPhone(found, phoneLast4, source)) {
        return { ...status, verified: false, publicNote: null, ...asked(isVerdictDue(found, false)) };
      }
      const publicNote = lookups.publicNote(found.id);
      const detail = { ref: found.ref, publicNote: publicNote !== null };
      audit.record({ actor: RESIDENT, action: 'submission.lookup', detail });
      return { ...status, verified: true, publicNote, ...asked(isVerdictDue(found, true)) };
    },
  };
}

export type ProgressLookup = ReturnType<typeof createProgressLookup>;
