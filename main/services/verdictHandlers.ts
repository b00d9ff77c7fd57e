import { applyVerdict, type FollowUpOutcome, ratingOfFollowUp } from '../../app/cases/lifecycle';
import { type CaseRates, computeRates } from '../../app/cases/rates';
import { ApiError } from '../../app/contract/errors';
import type { CallContext, CaseRatesView, KioskApiHandlers } from '../../app/contract/kioskApi';
import type { Kind } from '../../app/domain/kinds';
import { normaliseReference } from '../../app/domain/referenceNumber';
import { by, type StaffSession } from '../staff/staffAuth';
import { RESIDENT_BY } from '../store/retention';
import type { NewVerdict } from '../store/verdicts';
import type { CaseDeadlines } from './caseDeadlines';
import type { ServiceDeps } from './deps';
import type { ProgressLookup } from './progressLookup';
import type { ResidentLimits } from './residentLimits';
import { requireStaffSession } from './staffSession';

type VerdictMethod = 'rateOutcome' | 'recordFollowUp';

/** The source a follow-up's verdict is recorded with: staff heard it on the phone. */
export const FOLLOW_UP_SOURCE = 'follow-up';

const trimmed = (text: string | undefined) => (text === undefined || text.trim() === '' ? null : text.trim());

/**
 * The resident's verdict (好差评) and staff's follow-up call (回访). A verdict
 * is checked like a progress lookup that shows the public note — the
 * reference, and the phone's last four digits where a phone was left, with
 * wrong digits counted against the same limits — so nobody can rate another
 * resident's case; its answer holds nothing but the reference and the new status.
 */
export function verdictHandlers(
  deps: ServiceDeps,
  { progress, limits }: { progress: ProgressLookup; limits: ResidentLimits },
): Pick<KioskApiHandlers, VerdictMethod> {
  const { store, staffAuth } = deps;
  const requireStaff = (ctx: CallContext): StaffSession => requireStaffSession(staffAuth, ctx);

  return {
    rateOutcome: ({ ref, phoneLast4, rating, reason }, ctx) => {
      // A verdict proves the phone like a lookup does: it shares the lookups' limit, so it cannot add guesses.
      limits.lookup(ctx.source);
      const found = progress.find(ref);
      if (found.phone !== null) {
        if (phoneLast4 === undefined) {
          throw new ApiError('invalid', 'phoneLast4: is needed, since a phone was left with this case', 'phoneLast4');
        }
        if (!progress.ownsPhone(found, phoneLast4, ctx.source)) {
          throw new ApiError('invalid', 'phoneLast4: does not match the phone left with this case', 'phoneLast4');
        }
      }
      const verdict = applyVerdict(found.status, rating, reason);
      if (!verdict.ok || !progress.isVerdictDue(found, true)) {
        throw new ApiError('invalid', 'ref: this case is not awaiting the resident’s verdict', 'ref');
      }
      store.verdicts.recordVerdict({
        submissionId: found.id,
        ref: found.ref,
        rating,
        reason: trimmed(reason),
        source: ctx.source,
        moveTo: verdict.status,
        by: RESIDENT_BY,
      });
      store.audit.record({ actor: 'kiosk', action: 'submission.verdict', detail: { ref: found.ref, rating } });
      // The reference the resident holds (their own, a supporter's or a merged case's), as lookupStatus answers it.
      return { ref: normaliseReference(ref), status: verdict.status };
    },

    recordFollowUp: ({ id, outcome, note }, ctx) => {
      const session = requireStaff(ctx);
      const found = store.submissions.getById(id);
      if (found === undefined) throw new ApiError('not-found', 'No submission has this id');
      if (found.phone === null) {
        throw new ApiError('invalid', `id: case ${found.ref} has no phone to call back`, 'id');
      }
      const heard = verdictHeard(found, outcome, session.actor);
      store.verdicts.recordFollowUp(
        { submissionId: id, ref: found.ref, outcome, note: trimmed(note), by: session.actor, actorId: session.actorId },
        heard,
      );
      store.audit.record({
        ...by(session.person),
        action: 'submission.follow-up',
        detail: { id, ref: found.ref, outcome },
      });
      return { id, status: heard?.moveTo ?? found.status };
    },
  };
}

/**
 * A verdict heard on the phone counts like one given at the kiosk; on a
 * resolved case it closes or reopens it as the kiosk's would. On a case in
 * any other status it is only recorded (staff reopen a closed case by hand).
 */
function verdictHeard(
  found: { id: number; ref: string; status: string },
  outcome: FollowUpOutcome,
  by: string,
): NewVerdict | null {
  const rating = ratingOfFollowUp(outcome);
  if (rating === null) return null;
  const applied = applyVerdict(found.status, rating);
  return {
    submissionId: found.id,
    ref: found.ref,
    rating,
    reason: null,
    source: FOLLOW_UP_SOURCE,
    moveTo: applied.ok ? applied.status : null,
    by,
  };
}

const view = (rates: CaseRates): CaseRatesView => rates;

/** The three rates of the cases received in [from, to), as they stand now, over all and per category. */
export function ratesOf(deps: ServiceDeps, deadlines: CaseDeadlines, from: Date, to: Date) {
  const now = deps.now();
  const cases = deps.store.verdicts.histories(from, to);
  const kindOf = new Map(cases.map((c) => [c.category, c.kind]));
  const report = computeRates(cases, {
    period: { from, to },
    now,
    calendar: deadlines.calendar,
    limitsOf: (category) => deadlines.limitOf({ category, kind: (kindOf.get(category) ?? 'complaint') as Kind }),
  });
  return {
    total: view(report.total),
    byCategory: Object.fromEntries(Object.entries(report.byCategory).map(([code, r]) => [code, view(r)])),
  };
}
