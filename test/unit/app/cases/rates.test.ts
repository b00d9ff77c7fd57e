import { describe, expect, it } from 'vitest';
import { type CaseEvent, type CaseHistory, computeRates, type RatesOptions } from '../../../../app/cases/rates';
import { limitsFor, parseTimeLimits } from '../../../../app/cases/timeLimits';
import { caseDeadlines, workingCalendar } from '../../../../app/cases/workingDays';

// Times are written in Shanghai time; December 2025 has no holidays there.
const t = (local: string) => new Date(`${local}+08:00`);
const config = parseTimeLimits({}); // complaints 1/5, suggestions 2/10 working days
const december = { from: t('2025-12-01T00:00:00'), to: t('2026-01-01T00:00:00') };
const options = (now: string, period = december): RatesOptions => ({
  period,
  now: t(now),
  calendar: workingCalendar('Asia/Shanghai'),
  limitsOf: (code) => limitsFor(config, code),
});
const ev = (type: Exclude<CaseEvent['type'], 'verdict'>, at: string): CaseEvent => ({ type, at: t(at) });
const verdict = (rating: 'satisfied' | 'basically' | 'unsatisfied', at: string): CaseEvent => ({
  type: 'verdict',
  rating,
  at: t(at),
});
const kase = (category: string, created: string, ...events: CaseEvent[]): CaseHistory => ({
  category,
  createdAt: t(created),
  events,
});

// Monday 1 December to Friday 12 December 2025; "now" is Friday 12 December, noon.
const cases: CaseHistory[] = [
  // A: answered Tuesday (due by the end of Tuesday), closed satisfied.
  kase(
    'cmp.noise',
    '2025-12-01T10:00:00',
    ev('responded', '2025-12-02T09:00:00'),
    ev('resolved', '2025-12-04T10:00:00'),
    verdict('satisfied', '2025-12-05T10:00:00'),
    ev('closed', '2025-12-05T10:00:00'),
  ),
  // B: answered Wednesday (late), rated 不满意 and reopened, then solved and rated 满意. Events out of order.
  kase(
    'cmp.noise',
    '2025-12-01T15:00:00',
    verdict('satisfied', '2025-12-10T09:00:00'),
    ev('closed', '2025-12-10T09:00:00'),
    ev('responded', '2025-12-03T09:00:00'),
    ev('resolved', '2025-12-05T09:00:00'),
    verdict('unsatisfied', '2025-12-05T12:00:00'),
    ev('reopened', '2025-12-05T12:00:00'),
    ev('resolved', '2025-12-09T09:00:00'),
  ),
  // C: in Wednesday, nobody answered by the end of Thursday; due for resolution on 17 December.
  kase('cmp.noise', '2025-12-10T09:00:00'),
  // D: in this morning: nothing is decided yet.
  kase('cmp.noise', '2025-12-12T09:00:00'),
  // H: answered at once; what happens after "now" has not happened yet.
  kase(
    'cmp.noise',
    '2025-12-08T09:00:00',
    ev('responded', '2025-12-08T10:00:00'),
    ev('closed', '2025-12-13T10:00:00'),
    verdict('unsatisfied', '2025-12-13T11:00:00'),
  ),
  // E: answered the same day; resolved Thursday 11th but not closed by its deadline (end of Thursday 11th).
  kase(
    'cmp.facilities',
    '2025-12-04T11:00:00',
    ev('responded', '2025-12-04T14:00:00'),
    ev('resolved', '2025-12-11T16:00:00'),
  ),
  // F: a suggestion first answered by its resolution, within its two working days; basically satisfied.
  kase(
    'sug.elderly',
    '2025-12-02T10:00:00',
    ev('resolved', '2025-12-04T17:00:00'),
    verdict('basically', '2025-12-05T09:00:00'),
    ev('closed', '2025-12-05T09:00:00'),
  ),
  // G: November's, answered late and never solved: not December's business.
  kase('cmp.noise', '2025-11-28T10:00:00', ev('responded', '2025-12-05T10:00:00')),
];

describe('the three rates of a month', () => {
  const report = computeRates(cases, options('2025-12-12T12:00:00'));

  it('gives 响应率, 解决率 and 满意率 per category from what is decided by now', () => {
    expect(report.byCategory['cmp.noise']).toEqual({
      cases: 5,
      response: { count: 2, of: 4, rate: 0.5 }, // A and H on time; B late; C unanswered past its deadline; D pending
      resolution: { count: 1, of: 2, rate: 0.5 }, // A solved; B reopened; C, D and H not due yet
      satisfaction: { count: 2, of: 2, rate: 1 }, // A satisfied, B's last word satisfied; H's verdict is in the future
      pending: { response: 1, resolution: 3 },
    });
    expect(report.byCategory['cmp.facilities']).toEqual({
      cases: 1,
      response: { count: 1, of: 1, rate: 1 },
      resolution: { count: 0, of: 1, rate: 0 }, // resolved but not closed by its deadline
      satisfaction: { count: 0, of: 0, rate: null }, // no verdict: no rate, not 0 %
      pending: { response: 0, resolution: 0 },
    });
    expect(report.byCategory['sug.elderly']).toMatchObject({
      response: { count: 1, of: 1, rate: 1 },
      resolution: { count: 1, of: 1, rate: 1 },
      satisfaction: { count: 1, of: 1, rate: 1 },
    });
  });

  it('adds the categories up, leaving out cases from another period', () => {
    expect(report.total).toEqual({
      cases: 7,
      response: { count: 4, of: 6, rate: 4 / 6 },
      resolution: { count: 2, of: 4, rate: 0.5 },
      satisfaction: { count: 3, of: 3, rate: 1 },
      pending: { response: 1, resolution: 3 },
    });
    expect(Object.keys(report.byCategory).sort()).toEqual(['cmp.facilities', 'cmp.noise', 'sug.elderly']);
  });

  it('settles as time passes: later, the pending cases are decided', () => {
    const later = computeRates(cases, options('2025-12-16T12:00:00'));
    const noise = later.byCategory['cmp.noise'];
    // D's response deadline (end of Monday 15th) has passed; H was closed on the 13th but rated 不满意.
    expect(noise?.response).toEqual({ count: 2, of: 5, rate: 0.4 });
    expect(noise?.resolution).toEqual({ count: 2, of: 3, rate: 2 / 3 });
    expect(noise?.satisfaction).toEqual({ count: 2, of: 3, rate: 2 / 3 });
    expect(noise?.pending).toEqual({ response: 0, resolution: 2 });
  });
});

describe('edges of the rates', () => {
  it('counts an answer at the instant the deadline day ends as late, a millisecond before as on time', () => {
    // In Monday: due by the end of Tuesday, i.e. Wednesday 00:00 Shanghai.
    const onTime = kase('cmp.noise', '2025-12-01T10:00:00', ev('responded', '2025-12-02T23:59:59.999'));
    const late = kase('cmp.noise', '2025-12-01T10:00:00', ev('responded', '2025-12-03T00:00:00'));
    const now = '2025-12-20T00:00:00';
    expect(computeRates([onTime], options(now)).total.response.count).toBe(1);
    expect(computeRates([late], options(now)).total.response).toEqual({ count: 0, of: 1, rate: 0 });
  });

  it('places a case in the period of its local date, not its UTC date', () => {
    // 1 December 01:00 in Shanghai is still 30 November in UTC.
    const early = kase('cmp.noise', '2025-12-01T01:00:00');
    const november = { from: t('2025-11-01T00:00:00'), to: t('2025-12-01T00:00:00') };
    expect(computeRates([early], options('2025-12-20T00:00:00')).total.cases).toBe(1);
    expect(computeRates([early], options('2025-12-20T00:00:00', november)).total.cases).toBe(0);
  });

  it('does not count a reopened case as solved even when it is closed again', () => {
    const c = kase(
      'cmp.noise',
      '2025-12-01T10:00:00',
      ev('closed', '2025-12-02T10:00:00'),
      ev('reopened', '2025-12-03T10:00:00'),
      ev('closed', '2025-12-04T10:00:00'),
    );
    expect(computeRates([c], options('2025-12-20T00:00:00')).total.resolution).toEqual({ count: 0, of: 1, rate: 0 });
  });

  it('gives no rate, rather than 0 % or 100 %, when nothing can be counted', () => {
    const report = computeRates([], options('2025-12-20T00:00:00'));
    expect(report.total.response.rate).toBeNull();
    expect(report.total.resolution.rate).toBeNull();
    expect(report.total.satisfaction.rate).toBeNull();
    expect(report.byCategory).toEqual({});
  });

  it('ignores cases the simulated clock has not reached yet', () => {
    const future = kase('cmp.noise', '2025-12-25T10:00:00', ev('responded', '2025-12-25T11:00:00'));
    expect(computeRates([future], options('2025-12-20T00:00:00')).total.cases).toBe(0);
    expect(computeRates([future], options('2025-12-26T00:00:00')).total.response.count).toBe(1);
  });
});

describe('the rates share deadlines between cases of one local date', () => {
  // Each case answered exactly at the end of its own response deadline, minus or plus a minute: only a
  // deadline computed for the case's own local date counts the two alike in every zone.
  it.each(['Asia/Kathmandu', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Shanghai'])(
    'counts each case by its own deadline around midnight and clock changes in %s',
    (timeZone) => {
      const calendar = workingCalendar(timeZone);
      const limits = { respond: 1, resolve: 3 };
      const from = new Date('2026-03-06T00:00:00Z');
      const to = new Date('2026-03-10T00:00:00Z');
      const history: CaseHistory[] = [];
      for (let at = from.getTime(), i = 0; at < to.getTime(); at += 7 * 60_000, i++) {
        const createdAt = new Date(at);
        const due = caseDeadlines(createdAt, limits, calendar).respondBy.endsAt.getTime();
        const answered = new Date(due + (i % 2 === 0 ? -60_000 : 60_000));
        history.push({ category: 'cmp.noise', createdAt, events: [{ type: 'responded', at: answered }] });
      }
      const report = computeRates(history, {
        period: { from, to },
        now: new Date('2026-04-01T00:00:00Z'),
        calendar,
        limitsOf: () => limits,
      });
      expect(report.total.response.of).toBe(history.length);
      expect(report.total.response.count).toBe(Math.ceil(history.length / 2));
    },
  );
});
