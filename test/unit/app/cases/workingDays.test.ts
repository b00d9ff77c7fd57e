import { describe, expect, it } from 'vitest';
import {
  addDays,
  caseDeadlines,
  deadlineAfter,
  dueRanges,
  endOfLocalDay,
  isKnownTimeZone,
  isLocalDate,
  isWorkingDay,
  localDateOf,
  nthWorkingDayAfter,
  startOfLocalDay,
  urgencyAt,
  weekdayOf,
  workingCalendar,
} from '../../../../app/cases/workingDays';

// The 2025–2026 mainland calendar as a centre would configure it: National Day and Mid-Autumn
// 1–8 October 2025 with Sunday 28 September and Saturday 11 October worked; New Year 1–3 January
// 2026 with Sunday 4 January worked.
const shanghai = workingCalendar(
  'Asia/Shanghai',
  ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08', '2026-01-01', '2026-01-02'],
  ['2025-09-28', '2025-10-11', '2026-01-04'],
);
const plain = (timeZone: string) => workingCalendar(timeZone);
const at = (iso: string) => new Date(iso);

describe('local dates', () => {
  it('takes the date of an instant where the centre is, not in UTC', () => {
    // 20:00 UTC on Thursday is already Friday morning in Shanghai.
    expect(localDateOf(at('2025-12-04T20:00:00Z'), 'Asia/Shanghai')).toBe('2025-12-05');
    expect(localDateOf(at('2025-12-04T20:00:00Z'), 'Europe/London')).toBe('2025-12-04');
    expect(localDateOf(at('2025-12-05T03:00:00Z'), 'America/New_York')).toBe('2025-12-04');
  });

  it('knows real dates from malformed or impossible ones', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    for (const bad of ['2025-02-29', '2026-02-30', '2026-13-01', '2026-1-5', '05/01/2026', '']) {
      expect(isLocalDate(bad), bad).toBe(false);
    }
    expect(() => addDays('2026-02-30', 1)).toThrow(/2026-02-30/);
  });

  it('adds days across month and year ends, and knows the weekday', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(weekdayOf('2026-01-04')).toBe(0);
    expect(weekdayOf('2025-10-11')).toBe(6);
  });

  it('knows IANA zone names and refuses made-up ones', () => {
    expect(isKnownTimeZone('Asia/Shanghai')).toBe(true);
    expect(isKnownTimeZone('Asia/Beijing')).toBe(false);
  });
});

describe('working days', () => {
  it('counts Monday to Friday, not weekends, holidays off and make-up days on', () => {
    expect(isWorkingDay('2025-12-05', shanghai)).toBe(true); // Friday
    expect(isWorkingDay('2025-12-06', shanghai)).toBe(false); // Saturday
    expect(isWorkingDay('2025-10-01', shanghai)).toBe(false); // National Day, a Wednesday
    expect(isWorkingDay('2025-09-28', shanghai)).toBe(true); // Sunday worked (调休)
    expect(isWorkingDay('2025-10-11', shanghai)).toBe(true); // Saturday worked (调休)
  });

  it('does not count the day the period starts', () => {
    expect(nthWorkingDayAfter('2025-12-01', 1, shanghai)).toBe('2025-12-02');
    expect(nthWorkingDayAfter('2025-12-01', 5, shanghai)).toBe('2025-12-08');
  });

  it('takes zero working days as the same day, or the next working day on a day off', () => {
    expect(nthWorkingDayAfter('2025-12-03', 0, shanghai)).toBe('2025-12-03');
    expect(nthWorkingDayAfter('2025-12-06', 0, shanghai)).toBe('2025-12-08');
  });

  it('refuses a negative or fractional number of days, and a calendar without working days', () => {
    expect(() => nthWorkingDayAfter('2025-12-01', -1, shanghai)).toThrow(/-1/);
    expect(() => nthWorkingDayAfter('2025-12-01', 1.5, shanghai)).toThrow(/1\.5/);
    const everyDayOff = workingCalendar(
      'UTC',
      Array.from({ length: 4000 }, (_, i) => addDays('2026-01-01', i)),
    );
    expect(() => nthWorkingDayAfter('2026-01-01', 1, everyDayOff)).toThrow(/check the holidays/);
  });
});

describe('the day-counting loop', () => {
  /** Counting as the file's comment says, one day at a time with isWorkingDay: what the faster loop must equal. */
  function counted(date: string, n: number, calendar: typeof shanghai) {
    let day = date;
    if (n === 0) {
      while (!isWorkingDay(day, calendar)) day = addDays(day, 1);
      return day;
    }
    for (let left = n; left > 0; ) {
      day = addDays(day, 1);
      if (isWorkingDay(day, calendar)) left--;
    }
    return day;
  }

  it('agrees with counting day by day, with and without holidays, across months, years and a leap day', () => {
    const differ: string[] = [];
    for (const calendar of [shanghai, plain('UTC')]) {
      // Every day from mid-2023 (so 29 February 2024 is crossed) to the end of the holidays above.
      for (let day = '2023-06-01'; day <= '2026-01-31'; day = addDays(day, 1)) {
        for (const n of [0, 1, 3, 5, 10, 22]) {
          const got = nthWorkingDayAfter(day, n, calendar);
          const want = counted(day, n, calendar);
          if (got !== want) differ.push(`${day} + ${n} (${calendar.holidays.size} holidays): ${got}, not ${want}`);
        }
      }
    }
    expect(differ).toEqual([]);
  });
});

describe('the start of a local day', () => {
  // Whole offsets, half and three-quarter hours, daylight saving north and south, a day that starts at
  // 01:00 (Santiago), a 30-minute shift (Lord Howe): the start found must be the first instant of the day.
  const ZONES = [
    'Asia/Shanghai',
    'Asia/Hong_Kong',
    'America/New_York',
    'Europe/London',
    'America/Santiago',
    'Australia/Lord_Howe',
    'Asia/Kathmandu',
    'Pacific/Kiritimati',
  ];

  it('is the first instant whose local date is that day, every day of two years in eight zones', () => {
    const wrong: string[] = [];
    for (const zone of ZONES) {
      for (let day = '2025-01-01'; day <= '2026-12-31'; day = addDays(day, 1)) {
        const start = startOfLocalDay(day, zone).getTime();
        if (localDateOf(new Date(start), zone) !== day || localDateOf(new Date(start - 1), zone) >= day)
          wrong.push(`${zone} ${day}: ${new Date(start).toISOString()}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('deadlines in working days', () => {
  it('gives a Friday-evening case until the end of Monday to be answered', () => {
    const d = deadlineAfter(at('2025-12-05T09:00:00Z'), 1, shanghai); // Friday 17:00 in Shanghai
    expect(d.date).toBe('2025-12-08');
    expect(d.endsAt.toISOString()).toBe('2025-12-08T16:00:00.000Z'); // Tuesday 00:00 in Shanghai
  });

  it('gives a case on the eve of a holiday until after the holiday, counting the make-up Saturday', () => {
    // Tuesday 30 September 2025, 16:00: 1–8 October off, Thursday 9 October is the first working day.
    const created = at('2025-09-30T08:00:00Z');
    expect(deadlineAfter(created, 1, shanghai).date).toBe('2025-10-09');
    // Then Friday 10 and the make-up Saturday 11, then Monday 13.
    expect(deadlineAfter(created, 3, shanghai).date).toBe('2025-10-11');
    expect(deadlineAfter(created, 4, shanghai).date).toBe('2025-10-13');
  });

  it('starts counting after a holiday when the case comes in on one', () => {
    expect(deadlineAfter(at('2025-10-03T02:00:00Z'), 1, shanghai).date).toBe('2025-10-09');
  });

  it('counts a make-up Sunday as the next working day', () => {
    // Saturday 27 September: the next working day is Sunday 28 (调休).
    expect(deadlineAfter(at('2025-09-27T02:00:00Z'), 1, shanghai).date).toBe('2025-09-28');
  });

  it('uses the local date when the UTC date differs', () => {
    // Thursday 4 December 23:30 UTC is Friday 07:30 in Shanghai: due Monday, not Friday.
    expect(deadlineAfter(at('2025-12-04T23:30:00Z'), 1, shanghai).date).toBe('2025-12-08');
    // 15:59 UTC on Thursday is still Thursday 23:59 there (due Friday); a minute later it is Friday.
    expect(deadlineAfter(at('2025-12-04T15:59:00Z'), 1, shanghai).date).toBe('2025-12-05');
    expect(deadlineAfter(at('2025-12-04T16:00:00Z'), 1, shanghai).date).toBe('2025-12-08');
  });

  it('crosses the year end, with the New Year holiday and its make-up Sunday', () => {
    // Wednesday 31 December 2025: 1–3 January off, Sunday 4 January worked, then Monday 5.
    const created = at('2025-12-31T06:00:00Z');
    expect(deadlineAfter(created, 1, shanghai).date).toBe('2026-01-04');
    expect(deadlineAfter(created, 2, shanghai).date).toBe('2026-01-05');
  });

  it('ends the day at local midnight in a zone with daylight saving time', () => {
    const london = plain('Europe/London');
    // Friday 27 March 2026, 17:00 GMT; clocks go forward on Sunday 29 March.
    const spring = deadlineAfter(at('2026-03-27T17:00:00Z'), 1, london);
    expect(spring.date).toBe('2026-03-30');
    expect(spring.endsAt.toISOString()).toBe('2026-03-30T23:00:00.000Z'); // 00:00 BST
    // Friday 23 October 2026; clocks go back on Sunday 25 October.
    const autumn = deadlineAfter(at('2026-10-23T16:00:00Z'), 1, london);
    expect(autumn.endsAt.toISOString()).toBe('2026-10-27T00:00:00.000Z'); // 00:00 GMT
  });

  it('ends a deadline on the day the clocks change after 23 or 25 hours, at the next local midnight', () => {
    // Make-up Sundays on the days London changes its clocks (not real ones: they test the arithmetic).
    const london = workingCalendar('Europe/London', [], ['2026-03-29', '2026-10-25']);
    expect(deadlineAfter(at('2026-03-28T12:00:00Z'), 1, london).endsAt.toISOString()).toBe('2026-03-29T23:00:00.000Z');
    expect(deadlineAfter(at('2026-10-24T12:00:00Z'), 1, london).endsAt.toISOString()).toBe('2026-10-26T00:00:00.000Z');
  });

  it('finds the start of a day that has no midnight', () => {
    // Santiago springs forward at 00:00 on Sunday 6 September 2026: that day starts at 01:00 (-03).
    expect(startOfLocalDay('2026-09-06', 'America/Santiago').toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(endOfLocalDay('2026-09-05', 'America/Santiago').toISOString()).toBe('2026-09-06T04:00:00.000Z');
    // A make-up Saturday ending there is due up to that instant.
    const santiago = workingCalendar('America/Santiago', [], ['2026-09-05']);
    expect(deadlineAfter(at('2026-09-04T15:00:00Z'), 1, santiago).endsAt.toISOString()).toBe(
      '2026-09-06T04:00:00.000Z',
    );
  });

  it('starts the same date at different instants in different zones', () => {
    expect(startOfLocalDay('2026-01-05', 'Asia/Shanghai').toISOString()).toBe('2026-01-04T16:00:00.000Z');
    expect(startOfLocalDay('2026-01-05', 'Europe/London').toISOString()).toBe('2026-01-05T00:00:00.000Z');
    expect(startOfLocalDay('2026-01-05', 'Asia/Shanghai').toISOString()).toBe('2026-01-04T16:00:00.000Z');
  });

  it('starts every day of three years at its first instant, in zones with and without clock changes', () => {
    // Half-hour and 45-minute offsets, a 30-minute daylight saving step, a start at 01:00 (Santiago).
    const zones = ['Asia/Shanghai', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/Santiago', 'Europe/London'];
    for (const zone of zones) {
      for (let date = '2025-01-01'; date < '2028-01-01'; date = addDays(date, 1)) {
        const start = startOfLocalDay(date, zone).getTime();
        expect([localDateOf(new Date(start - 1), zone) < date, localDateOf(new Date(start), zone)]).toEqual([
          true,
          date,
        ]);
      }
    }
  });

  it('works east of UTC+12 too', () => {
    expect(startOfLocalDay('2026-01-05', 'Pacific/Kiritimati').toISOString()).toBe('2026-01-04T10:00:00.000Z');
  });

  it('gives both deadlines of a case from its limits', () => {
    const d = caseDeadlines(at('2025-12-05T09:00:00Z'), { respond: 1, resolve: 5 }, shanghai);
    expect(d.respondBy.date).toBe('2025-12-08');
    expect(d.resolveBy.date).toBe('2025-12-12');
  });
});

describe('due today and overdue', () => {
  const deadline = deadlineAfter(at('2025-12-05T09:00:00Z'), 1, shanghai); // end of Monday 8 December

  it('is upcoming before its last day, due today on it, and overdue from the instant it ends', () => {
    expect(urgencyAt(deadline, at('2025-12-07T15:59:59Z'), 'Asia/Shanghai')).toBe('upcoming');
    expect(urgencyAt(deadline, at('2025-12-07T16:00:00Z'), 'Asia/Shanghai')).toBe('due-today');
    expect(urgencyAt(deadline, at('2025-12-08T15:59:59.999Z'), 'Asia/Shanghai')).toBe('due-today');
    expect(urgencyAt(deadline, at('2025-12-08T16:00:00Z'), 'Asia/Shanghai')).toBe('overdue');
    expect(urgencyAt(deadline, at('2026-02-01T00:00:00Z'), 'Asia/Shanghai')).toBe('overdue');
  });
});

describe('the ranges of creation dates that are overdue and due today', () => {
  // Every creation date across the National Day holiday and its make-up days, each limit the config allows.
  it('agrees with each case deadline computed one by one', () => {
    for (const today of ['2025-09-29', '2025-10-08', '2025-10-09', '2025-10-11', '2025-10-12', '2026-01-05']) {
      for (const n of [0, 1, 2, 5, 10, 60]) {
        const { overdueBefore, dueTodayBefore } = dueRanges(today, n, shanghai);
        for (let created = addDays(today, -120); created <= today; created = addDays(created, 1)) {
          const due = nthWorkingDayAfter(created, n, shanghai);
          const expected = due < today ? 'overdue' : due === today ? 'due-today' : 'upcoming';
          const got = created < overdueBefore ? 'overdue' : created < dueTodayBefore ? 'due-today' : 'upcoming';
          expect(got, `${n} working days, in on ${created}, on ${today}`).toBe(expected);
        }
      }
    }
  });
});
