/**
 * The three rates community work is judged by (接诉即办): 响应率, 解决率, 满意率,
 * per category and per period, on a simulated clock (`now` is an argument).
 *
 * A period's cases are those created in it ([from, to), the way a month's
 * report counts the requests received that month). Each rate counts only the
 * cases whose outcome is already known at `now`, so a case that came in an
 * hour ago neither helps nor hurts a rate until it is answered or its deadline
 * passes, and a past period's figures settle as its cases are worked off:
 *
 * - 响应率 (response): answered before the response deadline ended, of the
 *   cases answered by now or whose response deadline has passed. The first
 *   response is the first of "responded", "resolved" or "closed": resolving a
 *   case answers the resident too.
 * - 解决率 (resolution): closed and never reopened (as of now), of the cases
 *   closed by now or whose resolution deadline has passed. A case that was
 *   reopened does not count as solved even when closed again later: the first
 *   resolution failed the resident. A resolved case still awaiting the
 *   resident's verdict is not closed, so it is not yet solved.
 * - 满意率 (satisfaction): satisfied or basically satisfied, of the cases with a
 *   verdict by now, taking each case's latest verdict (the resident's last
 *   word: a 不满意 followed, after the case was reopened and solved, by a 满意
 *   counts as satisfied; the reopening already weighs on the 解决率).
 *
 * A rate with nothing to count is `null`, never 0 % or 100 %.
 */
import type { Rating } from './lifecycle';
import type { TimeLimit } from './timeLimits';
import { caseDeadlines, type LocalDate, localDateOf, type WorkingCalendar } from './workingDays';

/** One thing that happened to a case, as the rates need it. */
export type CaseEvent =
  | { type: 'responded' | 'resolved' | 'reopened' | 'closed'; at: Date }
  | { type: 'verdict'; at: Date; rating: Rating };

/** A case with its history; no personal data is needed. */
export interface CaseHistory {
  category: string;
  createdAt: Date;
  events: readonly CaseEvent[];
}

/** A span of time, from `from` (included) to `to` (excluded). */
export interface Period {
  from: Date;
  to: Date;
}

/** `count` of `of`, and the rate between 0 and 1 (null when `of` is 0). */
export interface Ratio {
  count: number;
  of: number;
  rate: number | null;
}

/** The three rates of one category (or of all) in one period. */
export interface CaseRates {
  response: Ratio;
  resolution: Ratio;
  satisfaction: Ratio;
  /** Cases of the period whose response or resolution is not decided yet: shown, not rated. */
  pending: { response: number; resolution: number };
  /** Cases created in the period. */
  cases: number;
}

/** The rates of one period, per category code and over all categories. */
export interface RatesReport {
  period: Period;
  byCategory: Record<string, CaseRates>;
  total: CaseRates;
}

/** What the rates need besides the cases. */
export interface RatesOptions {
  period: Period;
  now: Date;
  calendar: WorkingCalendar;
  /** The time limits of a category (e.g. `limitsFor(config, code)`). */
  limitsOf: (category: string) => TimeLimit;
}

const RESPONSES = new Set<CaseEvent['type']>(['responded', 'resolved', 'closed']);

function empty(): CaseRates {
  const ratio = (): Ratio => ({ count: 0, of: 0, rate: null });
  return {
    response: ratio(),
    resolution: ratio(),
    satisfaction: ratio(),
    pending: { response: 0, resolution: 0 },
    cases: 0,
  };
}

function tally(ratio: Ratio, counted: boolean): void {
  ratio.of += 1;
  if (counted) ratio.count += 1;
}

function firstAt(events: readonly CaseEvent[], types: Set<CaseEvent['type']> | CaseEvent['type']): number | null {
  let first: number | null = null;
  for (const e of events) {
    const matches = typeof types === 'string' ? e.type === types : types.has(e.type);
    if (matches && (first === null || e.at.getTime() < first)) first = e.at.getTime();
  }
  return first;
}

function latestVerdict(events: readonly CaseEvent[]): Rating | null {
  let latest: { at: number; rating: Rating } | null = null;
  for (const e of events) {
    if (e.type === 'verdict' && (latest === null || e.at.getTime() >= latest.at)) {
      latest = { at: e.at.getTime(), rating: e.rating };
    }
  }
  return latest?.rating ?? null;
}

/**
 * A case's deadlines depend only on the local date it came in and its limits, so they are computed once
 * per date. Every time zone's offset is a whole number of quarter hours, so cases created in the same UTC
 * quarter hour share a local date, which is looked up once per quarter hour.
 */
const QUARTER_HOUR = 15 * 60_000;
type DeadlinesOf = (c: CaseHistory) => ReturnType<typeof caseDeadlines>;
function deadlinesMemo(options: RatesOptions): DeadlinesOf {
  const dates = new Map<number, LocalDate>();
  const memo = new Map<string, ReturnType<typeof caseDeadlines>>();
  return (c) => {
    const quarter = Math.floor(c.createdAt.getTime() / QUARTER_HOUR);
    let date = dates.get(quarter);
    if (date === undefined) {
      date = localDateOf(c.createdAt, options.calendar.timeZone);
      dates.set(quarter, date);
    }
    const limits = options.limitsOf(c.category);
    const key = `${date}|${limits.respond}|${limits.resolve}`;
    let deadlines = memo.get(key);
    if (deadlines === undefined) {
      deadlines = caseDeadlines(c.createdAt, limits, options.calendar);
      memo.set(key, deadlines);
    }
    return deadlines;
  };
}

/** Adds one case, as it stands at `now`, to a category's and the total's counts. */
function addCase(c: CaseHistory, now: number, deadlinesOf: DeadlinesOf, into: CaseRates[]): void {
  // The simulated clock: what has not happened by `now` has not happened.
  const events = c.events.filter((e) => e.at.getTime() <= now);
  const deadlines = deadlinesOf(c);
  const respondBy = deadlines.respondBy.endsAt.getTime();
  const resolveBy = deadlines.resolveBy.endsAt.getTime();

  const responded = firstAt(events, RESPONSES);
  const closed = firstAt(events, 'closed');
  const reopened = firstAt(events, 'reopened');
  const verdict = latestVerdict(events);

  for (const r of into) {
    r.cases += 1;
    if (responded !== null || now >= respondBy) tally(r.response, responded !== null && responded < respondBy);
    else r.pending.response += 1;
    if (closed !== null || now >= resolveBy) tally(r.resolution, closed !== null && reopened === null);
    else r.pending.resolution += 1;
    if (verdict !== null) tally(r.satisfaction, verdict === 'satisfied' || verdict === 'basically');
  }
}

function finish(rates: CaseRates): CaseRates {
  for (const ratio of [rates.response, rates.resolution, rates.satisfaction]) {
    ratio.rate = ratio.of === 0 ? null : ratio.count / ratio.of;
  }
  return rates;
}

/** The three rates of the cases created in a period, as they stand at `now`. */
export function computeRates(cases: readonly CaseHistory[], options: RatesOptions): RatesReport {
  const { period } = options;
  const now = options.now.getTime();
  const from = period.from.getTime();
  const to = Math.min(period.to.getTime(), now + 1); // a case "created" after now does not exist yet
  const byCategory: Record<string, CaseRates> = {};
  const total = empty();
  const deadlinesOf = deadlinesMemo(options);
  for (const c of cases) {
    const created = c.createdAt.getTime();
    if (created < from || created >= to) continue;
    byCategory[c.category] ??= empty();
    addCase(c, now, deadlinesOf, [byCategory[c.category] as CaseRates, total]);
  }
  for (const rates of Object.values(byCategory)) finish(rates);
  return { period, byCategory, total: finish(total) };
}
