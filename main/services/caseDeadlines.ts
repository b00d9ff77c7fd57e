import { isOpen } from '../../app/cases/lifecycle';
import { calendarOf, limitsFor, type TimeLimit } from '../../app/cases/timeLimits';
import { caseDeadlines, type Deadline, type Urgency, urgencyAt } from '../../app/cases/workingDays';
import type { Kind } from '../../app/domain/kinds';
import type { Status } from '../../app/domain/status';
import type { Config } from '../config/config';

/** What a case's deadlines are computed from. */
export interface DeadlineInput {
  kind: Kind;
  category: string;
  status: Status;
  createdAt: string;
}

/** A case's deadlines as staff see them, and how the one still to be met stands. */
export interface CaseDeadlineView {
  /** The last local day to answer ("YYYY-MM-DD"). */
  respondBy: string;
  /** The last local day to resolve. */
  resolveBy: string;
  urgency: Urgency | null;
  overdue: boolean;
  /** When the deadline still to be met ends (ms), for sorting; null when none is. */
  pendingEndsAt: number | null;
}

const URGENCY_ORDER: Record<Urgency, number> = { overdue: 0, 'due-today': 1, upcoming: 2 };

/**
 * Deadlines from the centre's time limits (config `caseTimeLimits`) on its
 * working calendar. A queued case still has to be answered, so its answering
 * deadline is the one that counts (it comes first); any other open case has
 * to be resolved; a resolved or closed case has nothing due. A category no
 * longer in the catalogue keeps its kind's limits, so an old case still has
 * deadlines.
 */
export function createCaseDeadlines(config: Pick<Config, 'caseTimeLimits' | 'catalogue'>) {
  const limits = config.caseTimeLimits;
  const calendar = calendarOf(limits);

  function limitOf(input: Pick<DeadlineInput, 'category' | 'kind'>): TimeLimit {
    try {
      return limitsFor(limits, input.category, config.catalogue);
    } catch {
      return limits.defaults[input.kind];
    }
  }

  function view(input: DeadlineInput, now: Date): CaseDeadlineView {
    const { respondBy, resolveBy } = caseDeadlines(new Date(input.createdAt), limitOf(input), calendar);
    const pending: Deadline | null = input.status === 'queued' ? respondBy : isOpen(input.status) ? resolveBy : null;
    const urgency = pending === null ? null : urgencyAt(pending, now, calendar.timeZone);
    return {
      respondBy: respondBy.date,
      resolveBy: resolveBy.date,
      urgency,
      overdue: urgency === 'overdue',
      pendingEndsAt: pending === null ? null : pending.endsAt.getTime(),
    };
  }

  return {
    view,
    /** A category's time limits (its kind's, for a category no longer offered). */
    limitOf,
    /** The centre's working days, for the rates. */
    calendar,

    /**
     * Most urgent first: overdue, then due today, then upcoming, each by the
     * deadline's end (the longest overdue first); cases with nothing due last,
     * newest first.
     */
    compare(a: { id: number } & CaseDeadlineView, b: { id: number } & CaseDeadlineView): number {
      if (a.urgency === null || b.urgency === null) {
        return a.urgency === b.urgency ? b.id - a.id : a.urgency === null ? 1 : -1;
      }
      return URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency] || a.pendingEndsAt! - b.pendingEndsAt! || a.id - b.id;
    },
  };
}

export type CaseDeadlines = ReturnType<typeof createCaseDeadlines>;
