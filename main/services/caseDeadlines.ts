import { isOpen } from '../../app/cases/lifecycle';
import { calendarOf, limitsFor, type TimeLimit } from '../../app/cases/timeLimits';
import {
  addDays,
  type Deadline,
  type CaseDeadlines as Deadlines,
  deadlineFrom,
  dueRanges,
  type LocalDate,
  localDateOf,
  startOfLocalDay,
  type Urgency,
} from '../../app/cases/workingDays';
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
const QUARTER_HOUR = 15 * 60_000;
/** Enough for years of cases; past it a memo starts again rather than grow without end. */
const MEMO_LIMIT = 100_000;

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

  function limitOfUncached(input: Pick<DeadlineInput, 'category' | 'kind'>): TimeLimit {
    try {
      return limitsFor(limits, input.category, config.catalogue);
    } catch {
      return limits.defaults[input.kind];
    }
  }

  /**
   * Kept per kind and category (a long export asks for every case): the same object each time, so the
   * deadlines below can be kept per limit. Started again if the catalogue is another one.
   */
  // Per kind, then per category: no key string made per case (an export asks 100,000 times).
  const limitsOf = new Map<Kind, Map<string, TimeLimit>>();
  let limitsCatalogue = config.catalogue;
  function limitOf(input: Pick<DeadlineInput, 'category' | 'kind'>): TimeLimit {
    if (limitsCatalogue !== config.catalogue) {
      limitsOf.clear();
      limitsCatalogue = config.catalogue;
    }
    let ofKind = limitsOf.get(input.kind);
    if (ofKind === undefined) {
      ofKind = new Map();
      limitsOf.set(input.kind, ofKind);
    }
    let limit = ofKind.get(input.category);
    if (limit === undefined) {
      if (ofKind.size >= MEMO_LIMIT) ofKind.clear();
      limit = limitOfUncached(input);
      ofKind.set(input.category, limit);
    }
    return limit;
  }

  /**
   * The local date of an instant, kept per quarter of an hour: every UTC offset in use is a multiple of 15
   * minutes, so a local day never starts inside one. Asking Intl for every case of a long queue cost more
   * than everything else in computing its deadlines.
   */
  const localDates = new Map<number, LocalDate>();
  function localDateAt(instant: number): LocalDate {
    const quarter = Math.floor(instant / QUARTER_HOUR);
    let date = localDates.get(quarter);
    if (date === undefined) {
      if (localDates.size >= MEMO_LIMIT) localDates.clear();
      date = localDateOf(new Date(quarter * QUARTER_HOUR), calendar.timeZone);
      localDates.set(quarter, date);
    }
    return date;
  }

  /**
   * The local day the last case came in, as the instants it spans: an export or a queue reads cases in
   * order of arrival, so the next case mostly came in the same day, and two comparisons answer instead of
   * a map per quarter of an hour (and Intl for each new quarter, which cost most of a cold export's dates).
   */
  let lastDay = { date: '' as LocalDate, start: 0, end: 0 };
  function arrivalDateAt(instant: number): LocalDate {
    if (instant >= lastDay.start && instant < lastDay.end) return lastDay.date;
    const date = localDateAt(instant);
    const start = startOfLocalDay(date, calendar.timeZone).getTime();
    const end = startOfLocalDay(addDays(date, 1), calendar.timeZone).getTime();
    if (instant >= start && instant < end) lastDay = { date, start, end };
    return date;
  }

  /**
   * A deadline depends only on the local day a case came in and its number of working days: computed once
   * per pair (categories share their numbers of days, so far fewer pairs than of limit and day).
   */
  const deadlineByDays = new Map<number, Map<LocalDate, Deadline>>();
  function deadlineOn(date: LocalDate, workingDays: number): Deadline {
    let byDate = deadlineByDays.get(workingDays);
    if (byDate === undefined) {
      byDate = new Map();
      deadlineByDays.set(workingDays, byDate);
    }
    let found = byDate.get(date);
    if (found === undefined) {
      if (byDate.size >= MEMO_LIMIT) byDate.clear();
      found = deadlineFrom(date, workingDays, calendar);
      byDate.set(date, found);
    }
    return found;
  }

  /**
   * A case's deadlines depend only on the local day it came in and its limits: computed once per pair, kept
   * per limit (limitOf answers the same object for a category) and then per local date: no key string,
   * nor Date, made per case.
   */
  const deadlinesOf = new Map<TimeLimit, Map<LocalDate, Deadlines>>();
  let deadlinesKept = 0;
  function deadlinesFor(input: DeadlineInput): Deadlines {
    const createdAt = Date.parse(input.createdAt);
    const limit = limitOf(input);
    let byDate = deadlinesOf.get(limit);
    if (byDate === undefined) {
      byDate = new Map();
      deadlinesOf.set(limit, byDate);
    }
    const date = arrivalDateAt(createdAt);
    let found = byDate.get(date);
    if (found === undefined) {
      if (deadlinesKept >= MEMO_LIMIT) {
        deadlinesOf.clear();
        deadlinesKept = 0;
        byDate = new Map();
        deadlinesOf.set(limit, byDate);
      }
      found = { respondBy: deadlineOn(date, limit.respond), resolveBy: deadlineOn(date, limit.resolve) };
      byDate.set(date, found);
      deadlinesKept++;
    }
    return found;
  }

  function view(input: DeadlineInput, now: Date): CaseDeadlineView {
    const { respondBy, resolveBy } = deadlinesFor(input);
    const pending: Deadline | null = input.status === 'queued' ? respondBy : isOpen(input.status) ? resolveBy : null;
    // As urgencyAt says it (app/cases/workingDays.ts), with today's date kept as above.
    const urgency =
      pending === null
        ? null
        : now.getTime() >= pending.endsAt.getTime()
          ? 'overdue'
          : localDateAt(now.getTime()) === pending.date
            ? 'due-today'
            : 'upcoming';
    return {
      respondBy: respondBy.date,
      resolveBy: resolveBy.date,
      urgency,
      overdue: urgency === 'overdue',
      pendingEndsAt: pending === null ? null : pending.endsAt.getTime(),
    };
  }

  /** Per day and number of working days: a day's ranges are the same for every group with that limit. */
  const rangesByLimit = new Map<string, { overdueBefore: string; dueTodayBefore: string }>();

  /**
   * The instants that split cases of a category by when they came in: created before `overdueBefore`, an open
   * case is overdue at `now`; from it up to `dueTodayBefore`, due today (app/cases/workingDays.ts, dueRanges).
   */
  function dueInstants(input: Pick<DeadlineInput, 'kind' | 'category'>, stage: 'queued' | 'working', now: Date) {
    const limit = limitOf(input);
    const days = stage === 'queued' ? limit.respond : limit.resolve;
    const today: LocalDate = localDateOf(now, calendar.timeZone);
    const key = `${today} ${days}`;
    let found = rangesByLimit.get(key);
    if (found === undefined) {
      const { overdueBefore, dueTodayBefore } = dueRanges(today, days, calendar);
      const instant = (date: LocalDate) => startOfLocalDay(date, calendar.timeZone).toISOString();
      found = { overdueBefore: instant(overdueBefore), dueTodayBefore: instant(dueTodayBefore) };
      if (rangesByLimit.size > 200) rangesByLimit.clear();
      rangesByLimit.set(key, found);
    }
    return found;
  }

  return {
    view,
    dueInstants,
    /** The centre's local date at an instant. */
    today: (now: Date): LocalDate => localDateAt(now.getTime()),
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
