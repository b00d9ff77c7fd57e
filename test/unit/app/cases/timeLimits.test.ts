import { describe, expect, it } from 'vitest';
import {
  calendarOf,
  DEFAULT_TIME_LIMITS,
  limitsFor,
  parseTimeLimits,
  TimeLimitsError,
  timeLimitsSchema,
} from '../../../../app/cases/timeLimits';
import { isWorkingDay } from '../../../../app/cases/workingDays';
import type { Category } from '../../../../app/domain/catalogue';

function refusal(raw: unknown, catalogue?: readonly Category[]): TimeLimitsError {
  try {
    parseTimeLimits(raw, catalogue);
  } catch (error) {
    if (error instanceof TimeLimitsError) return error;
    throw error;
  }
  throw new Error('the config was accepted');
}

describe('case time limits config', () => {
  it('gives every category its kind default when nothing is configured', () => {
    const config = parseTimeLimits(undefined);
    expect(config.timeZone).toBe('Asia/Shanghai');
    expect(limitsFor(config, 'cmp.noise')).toEqual({ respond: 1, resolve: 5 });
    expect(limitsFor(config, 'svc.health')).toEqual({ respond: 1, resolve: 5 });
    expect(limitsFor(config, 'sug.elderly')).toEqual({ respond: 2, resolve: 10 });
    expect(DEFAULT_TIME_LIMITS.suggestion).toEqual({ respond: 2, resolve: 10 });
  });

  it('lets a centre change a kind default and override one figure of one category', () => {
    const config = parseTimeLimits({
      timeZone: 'Asia/Hong_Kong',
      defaults: { complaint: { resolve: 7 } },
      categories: { 'cmp.noise': { respond: 0 }, 'sug.safety': { resolve: 3 } },
    });
    expect(limitsFor(config, 'cmp.noise')).toEqual({ respond: 0, resolve: 7 });
    expect(limitsFor(config, 'cmp.property')).toEqual({ respond: 1, resolve: 7 });
    expect(limitsFor(config, 'sug.safety')).toEqual({ respond: 2, resolve: 3 });
    expect(limitsFor(config, 'svc.legal')).toEqual({ respond: 1, resolve: 5 });
  });

  it('builds the working calendar from the configured holidays and make-up days', () => {
    const calendar = calendarOf(parseTimeLimits({ holidays: ['2025-10-01'], makeUpDays: ['2025-10-11'] }));
    expect(calendar.timeZone).toBe('Asia/Shanghai');
    expect(isWorkingDay('2025-10-01', calendar)).toBe(false);
    expect(isWorkingDay('2025-10-11', calendar)).toBe(true);
  });

  it('is a zod schema that can sit inside a larger config', () => {
    const parsed = timeLimitsSchema().safeParse({ categories: { 'cmp.noise': { resolve: 2 } } });
    expect(parsed.success).toBe(true);
  });

  it.each([
    [{ defaults: { complaint: { respond: -1 } } }, 'negative', 'defaults.complaint.respond'],
    [{ categories: { 'cmp.noise': { resolve: 2.5 } } }, 'not-whole', 'categories.cmp.noise.resolve'],
    [{ categories: { 'cmp.noise': { resolve: 400 } } }, 'too-long', 'categories.cmp.noise.resolve'],
    [{ categories: { 'cmp.noise': { resolve: 'five' } } }, 'invalid', 'categories.cmp.noise.resolve'],
    [{ categories: { 'cmp.noise': { resovle: 2 } } }, 'unknown-field', 'categories.cmp.noise'],
    [{ deadlines: {} }, 'unknown-field', ''],
    [{ categories: { 'cmp.karaoke': { resolve: 2 } } }, 'unknown-category', 'categories.cmp.karaoke'],
    [{ categories: { 'cmp.noise': { respond: 3, resolve: 2 } } }, 'resolve-before-respond', 'categories.cmp.noise'],
    [{ categories: { 'sug.other': { resolve: 1 } } }, 'resolve-before-respond', 'categories.sug.other'],
    [{ defaults: { suggestion: { resolve: 1 } } }, 'resolve-before-respond', 'defaults.suggestion'],
    [{ timeZone: 'Asia/Beijing' }, 'unknown-time-zone', 'timeZone'],
    [{ holidays: ['2026-10-1'] }, 'malformed-date', 'holidays.0'],
    [{ holidays: ['2026-01-01', '2026-02-30'] }, 'malformed-date', 'holidays.1'],
    [{ makeUpDays: ['2025/09/28'] }, 'malformed-date', 'makeUpDays.0'],
    [{ makeUpDays: ['2025-09-29'] }, 'make-up-not-weekend', 'makeUpDays.0'],
    [{ holidays: ['2025-10-11'], makeUpDays: ['2025-10-11'] }, 'holiday-and-make-up', 'makeUpDays.0'],
    [{ holidays: '2026-01-01' }, 'invalid', 'holidays'],
  ])('refuses %j as %s at %j', (raw, reason, field) => {
    const error = refusal(raw);
    expect(error.reason).toBe(reason);
    expect(error.field).toBe(field);
    expect(error.message).toContain(field === '' ? 'caseTimeLimits' : `caseTimeLimits.${field}`);
  });

  it('says what the number was when it refuses one', () => {
    expect(refusal({ defaults: { service: { resolve: -3 } } }).message).toMatch(/negative.*-3/);
  });

  it('checks overrides against the centre’s own catalogue', () => {
    const own: Category[] = [{ code: 'cmp.parking', kind: 'complaint', asksLocation: true }];
    expect(
      limitsFor(parseTimeLimits({ categories: { 'cmp.parking': { resolve: 3 } } }, own), 'cmp.parking', own),
    ).toEqual({
      respond: 1,
      resolve: 3,
    });
    expect(refusal({ categories: { 'cmp.noise': { resolve: 3 } } }, own).reason).toBe('unknown-category');
  });

  it('refuses to give limits for a category that does not exist', () => {
    const config = parseTimeLimits({});
    expect(() => limitsFor(config, 'cmp.karaoke')).toThrow(TimeLimitsError);
    expect(() => limitsFor(config, 'cmp.karaoke')).toThrow(/cmp\.karaoke/);
  });
});
