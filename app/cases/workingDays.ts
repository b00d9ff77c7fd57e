/**
 * Working days and case deadlines, in the centre's own time zone.
 *
 * "Within N working days" follows the way Chinese law counts a period in days
 * (Civil Code arts. 201 and 203): the day on which the period starts does not
 * count, counting begins the next day, and the last day ends at 24:00. Here
 * only working days are counted, so a case that comes in at any hour of day D
 * is due by the end (24:00 local) of the Nth working day after D. A case in on
 * Friday at 17:00 with one working day to respond is due by the end of Monday;
 * one in on the eve of a holiday is due after the holiday; one in on a
 * holiday or a weekend is due by the end of the Nth working day after it.
 * This gives staff at least one whole working day, whatever the hour a
 * resident came in, which is what 12345 hotlines promise ("N个工作日内").
 *
 * Days are compared as local calendar dates ("YYYY-MM-DD") obtained with
 * `Intl.DateTimeFormat`, so no date library is needed and daylight saving
 * time is the platform's business, not ours.
 */

/** A local calendar date, "YYYY-MM-DD". */
export type LocalDate = string;

/** What makes a day a working day at one centre. */
export interface WorkingCalendar {
  /** IANA time zone name, e.g. "Asia/Shanghai". */
  timeZone: string;
  /** Public holidays (local dates) on which nobody works, even on a weekday. */
  holidays: ReadonlySet<LocalDate>;
  /** 调休: a Saturday or Sunday that is a working day because a holiday was moved. */
  makeUpDays: ReadonlySet<LocalDate>;
}

/** When a case must have been answered or solved: the last working day, and the instant it ends. */
export interface Deadline {
  /** The last local date on which the work still counts as on time. */
  date: LocalDate;
  /** The first instant after that day (24:00 local); anything at or after it is late. */
  endsAt: Date;
}

/** How a deadline stands at an instant, for sorting the staff's queue. */
export type Urgency = 'overdue' | 'due-today' | 'upcoming';

const DAY_MS = 86_400_000;
/** No centre has a year of holidays; past this the calendar must be wrong, so say so rather than loop. */
const MAX_SCAN_DAYS = 3660;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    // en-CA formats dates as YYYY-MM-DD; parts are read one by one anyway, so the locale's punctuation does not matter.
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the platform knows this IANA time zone name. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The local calendar date of an instant in a time zone. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** True when the text is a real calendar date written "YYYY-MM-DD" (so "2026-02-30" is not). */
export function isLocalDate(text: string): boolean {
  const m = LOCAL_DATE.exec(text);
  if (m === null) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function toUtcMidnight(date: LocalDate): number {
  if (!isLocalDate(date)) throw new RangeError(`not a date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(toUtcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 for Sunday … 6 for Saturday: calendar arithmetic, independent of any time zone. */
export function weekdayOf(date: LocalDate): number {
  return new Date(toUtcMidnight(date)).getUTCDay();
}

/** A make-up day always works; a holiday never does; otherwise Monday to Friday. */
export function isWorkingDay(date: LocalDate, calendar: WorkingCalendar): boolean {
  return worksOn(toUtcMidnight(date), calendar);
}

/**
 * The Nth working day after `date`, not counting `date` itself. N = 0 means
 * "the same day": `date` when it is a working day, else the next working day.
 */
export function nthWorkingDayAfter(date: LocalDate, n: number, calendar: WorkingCalendar): LocalDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
  // Days counted as UTC midnights, as addDays and weekdayOf would count them, without parsing a date per step:
  // an export computes this for every day cases came in, and the parsing cost more than the counting.
  let day = toUtcMidnight(date);
  let counted = 0;
  if (n === 0) {
    for (let i = 0; i < MAX_SCAN_DAYS; i++, day += DAY_MS) if (worksOn(day, calendar)) return isoDate(day);
  } else {
    for (let i = 0; i < MAX_SCAN_DAYS; i++) {
      day += DAY_MS;
      if (worksOn(day, calendar) && ++counted === n) return isoDate(day);
    }
  }
  throw new RangeError(`no working day within ${MAX_SCAN_DAYS} days after ${date}: check the holidays`);
}

/** The local date of a UTC midnight (ms): "YYYY-MM-DD". */
const isoDate = (utcMidnight: number): LocalDate => new Date(utcMidnight).toISOString().slice(0, 10);

/** isWorkingDay of the date whose UTC midnight this is; its text is made only when the calendar has days to look up. */
function worksOn(utcMidnight: number, calendar: WorkingCalendar): boolean {
  if (calendar.makeUpDays.size > 0 || calendar.holidays.size > 0) {
    const date = isoDate(utcMidnight);
    if (calendar.makeUpDays.has(date)) return true;
    if (calendar.holidays.has(date)) return false;
  }
  // 1970-01-01, day 0, was a Thursday (4).
  const weekday = (Math.floor(utcMidnight / DAY_MS) + 4) % 7;
  return weekday !== 0 && weekday !== 6;
}

/**
 * The first instant of a local date. Found by bisection on the instant rather
 * than by arithmetic on offsets, because in some zones a day does not start at
 * 00:00 (Santiago springs forward at midnight, so its day starts at 01:00).
 */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  const key = `${timeZone} ${date}`;
  let start = dayStarts.get(key);
  if (start === undefined) {
    start = startOfLocalDayFromOffset(date, timeZone);
    dayStarts.set(key, start);
  }
  return new Date(start);
}

/**
 * Finding a start costs a few formatter calls (some 27 where bisection decides); the rates ask for two
 * deadlines of every case, and cases share their days, so each day's start is kept. A
 * centre sees a few thousand distinct days at most, so the map stays small.
 */
const dayStarts = new Map<string, number>();

/**
 * The start of a day from the zone's UTC offset, when the offset is the same 15 hours either side of the
 * day's UTC midnight (every day of a zone without daylight saving time, and most days of one with it):
 * local time is then UTC plus that offset all through the window bisection searches, so the day starts
 * exactly at its UTC midnight less the offset, the instant bisection would find, in 2 formatter calls
 * instead of about 27 (a first export after a start asks for the start of every day cases came in).
 * Otherwise (a change of offset near that day) bisection decides.
 */
function startOfLocalDayFromOffset(date: LocalDate, timeZone: string): number {
  const utcMidnight = toUtcMidnight(date);
  const window = 15 * 3_600_000;
  const offset = offsetAt(utcMidnight - window, timeZone);
  return offset === offsetAt(utcMidnight + window, timeZone) ? utcMidnight - offset : bisectStartOfDay(date, timeZone);
}

const clockFormatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant given in whole seconds, ms: its local wall-clock time less the instant. */
function offsetAt(instant: number, timeZone: string): number {
  let f = clockFormatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    clockFormatters.set(timeZone, f);
  }
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const p of f.formatToParts(new Date(instant))) if (p.type !== 'literal') part[p.type] = Number(p.value);
  const wallClock = Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!);
  return wallClock - instant;
}

function bisectStartOfDay(date: LocalDate, timeZone: string): number {
  const utcMidnight = toUtcMidnight(date);
  // Every offset in use lies within ±14 hours of UTC, so the start lies within this window.
  let before = utcMidnight - 15 * 3_600_000; // local date is earlier than `date`
  let after = utcMidnight + 15 * 3_600_000; // local date is `date` or later
  while (after - before > 1) {
    const mid = before + Math.floor((after - before) / 2);
    if (localDateOf(new Date(mid), timeZone) < date) before = mid;
    else after = mid;
  }
  return after;
}

/** The instant a local date ends: the start of the next one. */
export function endOfLocalDay(date: LocalDate, timeZone: string): Date {
  return startOfLocalDay(addDays(date, 1), timeZone);
}

/** The deadline of a case created at `createdAt` that has `workingDays` working days (see the file's comment). */
export function deadlineAfter(createdAt: Date, workingDays: number, calendar: WorkingCalendar): Deadline {
  return deadlineFrom(localDateOf(createdAt, calendar.timeZone), workingDays, calendar);
}

/** The deadline of a case that came in on local date `created` and has `workingDays` working days. */
export function deadlineFrom(created: LocalDate, workingDays: number, calendar: WorkingCalendar): Deadline {
  const date = nthWorkingDayAfter(created, workingDays, calendar);
  return { date, endsAt: endOfLocalDay(date, calendar.timeZone) };
}

/** The response and resolution deadlines of one case. */
export interface CaseDeadlines {
  respondBy: Deadline;
  resolveBy: Deadline;
}

/** Both deadlines of a case, from its category's time limits in working days (its local date found once). */
export function caseDeadlines(
  createdAt: Date,
  limits: { respond: number; resolve: number },
  calendar: WorkingCalendar,
): CaseDeadlines {
  const created = localDateOf(createdAt, calendar.timeZone);
  return {
    respondBy: deadlineFrom(created, limits.respond, calendar),
    resolveBy: deadlineFrom(created, limits.resolve, calendar),
  };
}

/**
 * How a deadline not yet met stands at `now`: overdue from the instant its
 * day ends, due today during its last local day, upcoming before that. The
 * caller asks only about work not yet done; a met deadline has no urgency.
 */
export function urgencyAt(deadline: Deadline, now: Date, timeZone: string): Urgency {
  if (now.getTime() >= deadline.endsAt.getTime()) return 'overdue';
  return localDateOf(now, timeZone) === deadline.date ? 'due-today' : 'upcoming';
}

/** A calendar from plain lists, as a config file gives them. */
export function workingCalendar(
  timeZone: string,
  holidays: readonly LocalDate[] = [],
  makeUpDays: readonly LocalDate[] = [],
): WorkingCalendar {
  return { timeZone, holidays: new Set(holidays), makeUpDays: new Set(makeUpDays) };
}

/**
 * Which cases with `workingDays` to go are overdue, and which due, on local date `today`, told by the
 * local date they came in: those created before `overdueBefore` are overdue, those from it up to (not
 * including) `dueTodayBefore` are due today, later ones upcoming. The deadline only grows with the
 * date a case came in, so each set is one range of dates: a store can count them with a range on its
 * index of creation times instead of computing every case's deadline (a million cases take minutes).
 */
export function dueRanges(
  today: LocalDate,
  workingDays: number,
  calendar: WorkingCalendar,
): { overdueBefore: LocalDate; dueTodayBefore: LocalDate } {
  const deadline = (created: LocalDate) => nthWorkingDayAfter(created, workingDays, calendar);
  // A case that came in today is due today at the earliest; walking back finds the first one already overdue.
  let overdueBefore = today;
  for (let i = 0; i < MAX_SCAN_DAYS && deadline(addDays(overdueBefore, -1)) >= today; i++) {
    overdueBefore = addDays(overdueBefore, -1);
  }
  let dueTodayBefore = overdueBefore;
  while (deadline(dueTodayBefore) === today) dueTodayBefore = addDays(dueTodayBefore, 1);
  return { overdueBefore, dueTodayBefore };
}
