import { timingSafeEqual } from 'node:crypto';
import { ApiError } from '../../app/contract/errors';
import type { ParsedArgsOf, ResultOf } from '../../app/contract/kioskApi';
import { isValidReference, normaliseReference } from '../../app/domain/referenceNumber';
import type { Clock } from '../clock';
import type { Store } from '../store/store';

/** Wrong last-four-digits guesses allowed per reference within the window before lookups with digits are refused. */
export const LOOKUP_GUESSES = { maxFailures: 5, windowMinutes: 15 } as const;

const WINDOW_MS = LOOKUP_GUESSES.windowMinutes * 60_000;
const RESIDENT = 'kiosk';

function sameDigits(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * A resident's progress lookup by reference number. The status is shown to
 * anyone with the reference; the staff's public note only with the last four
 * digits of the phone given with the submission. Four digits are quickly
 * guessed, so wrong ones are counted per submission (in the database) and,
 * after LOOKUP_GUESSES.maxFailures within the window, lookups with digits are
 * refused until the oldest of them is older than the window — whether or not
 * the next guess would be right. A lookup without digits still shows the status.
 */
export function createProgressLookup({ store, now }: { store: Store; now: Clock }) {
  const { submissions, lookups, audit } = store;

  /** Throws 'rate-limited' while the limit is reached; else returns the failures in the window. */
  function refuseIfGuessing(submissionId: number, at: Date): number {
    const failures = lookups.failuresSince(submissionId, new Date(at.getTime() - WINDOW_MS));
    if (failures.length < LOOKUP_GUESSES.maxFailures) return failures.length;
    // Lookups resume once enough of the failures have left the window to bring them under the limit.
    const freedAt = failures[failures.length - LOOKUP_GUESSES.maxFailures]!.getTime() + WINDOW_MS;
    const seconds = Math.max(1, Math.ceil((freedAt - at.getTime()) / 1000));
    const minutes = Math.ceil(seconds / 60);
    throw new ApiError(
      'rate-limited',
      `Too many wrong phone digits for this reference number: try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
      'phoneLast4',
      seconds,
    );
  }

  return {
    lookupStatus({ ref, phoneLast4 }: ParsedArgsOf<'lookupStatus'>): ResultOf<'lookupStatus'> {
      const normalised = normaliseReference(ref);
      if (!isValidReference(normalised)) throw new ApiError('invalid', 'ref: is not a valid reference number', 'ref');
      const found = submissions.findByRef(normalised);
      if (found === undefined) throw new ApiError('not-found', 'No submission has this reference number');
      const status = { ref: found.ref, status: found.status, updatedAt: found.updatedAt };
      if (phoneLast4 === undefined) return { ...status, verified: false, publicNote: null };

      const at = now();
      const failures = refuseIfGuessing(found.id, at);
      // An anonymous submission, or one whose contact details were purged, has no phone to match.
      if (found.phone === null || !sameDigits(found.phone.slice(-4), phoneLast4)) {
        lookups.recordFailure(found.id, new Date(at.getTime() - WINDOW_MS));
        if (failures + 1 === LOOKUP_GUESSES.maxFailures) {
          // Once per lock, not per refused call: a script hammering the kiosk must not flood the log.
          audit.record({ actor: RESIDENT, action: 'submission.lookup-locked', detail: { ref: found.ref } });
        }
        return { ...status, verified: false, publicNote: null };
      }
      const publicNote = lookups.publicNote(found.id);
      const detail = { ref: found.ref, publicNote: publicNote !== null };
      audit.record({ actor: RESIDENT, action: 'submission.lookup', detail });
      return { ...status, verified: true, publicNote };
    },
  };
}
