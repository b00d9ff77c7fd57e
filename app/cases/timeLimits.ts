import { z } from 'zod';
import { type Category, DEFAULT_CATALOGUE, findCategory } from '../domain/catalogue';
import { KINDS, type Kind } from '../domain/kinds';
import {
  isKnownTimeZone,
  isLocalDate,
  type LocalDate,
  type WorkingCalendar,
  weekdayOf,
  workingCalendar,
} from './workingDays';

/** How many working days a case of one category has to be answered, and to be solved. */
export interface TimeLimit {
  respond: number;
  resolve: number;
}

/**
 * Defaults per kind, in working days. Every kind is answered within one
 * working day: a resident who took the trouble to come should hear back the
 * next working day, whatever they asked (the common 12345 promise). Complaints
 * and service requests are solved within five, a working week, as the
 * 接诉即办 practice asks of ordinary (non-urgent) requests. Suggestions get
 * two days for a first answer and ten to settle, because they are seldom
 * urgent and often wait for a residents' meeting or the committee's fortnightly
 * session before anything can be promised.
 */
export const DEFAULT_TIME_LIMITS: Readonly<Record<Kind, TimeLimit>> = {
  service: { respond: 1, resolve: 5 },
  complaint: { respond: 1, resolve: 5 },
  suggestion: { respond: 2, resolve: 10 },
};

/** No case should wait a quarter of a year; a larger figure is a typing slip. */
export const MAX_WORKING_DAYS = 60;

/** The default zone: the product is for mainland community centres first. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** Why a time-limit config was refused; each has a clear message and the field it concerns. */
export const TIME_LIMIT_ERRORS = [
  'invalid', // wrong shape or type (a text where a number belongs, a list where an object belongs)
  'unknown-field', // a key the config does not have, most often a misspelling ("resovle")
  'negative',
  'not-whole',
  'too-long',
  'resolve-before-respond',
  'unknown-category',
  'unknown-time-zone',
  'malformed-date',
  'make-up-not-weekend',
  'holiday-and-make-up',
] as const;
export type TimeLimitErrorReason = (typeof TIME_LIMIT_ERRORS)[number];

/** Thrown for a config that cannot be used; `field` is the dotted path ("categories.cmp.noise.resolve"). */
export class TimeLimitsError extends Error {
  constructor(
    readonly reason: TimeLimitErrorReason,
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'TimeLimitsError';
  }
}

type Ctx = z.RefinementCtx;
const fail = (ctx: Ctx, reason: TimeLimitErrorReason, message: string, path: (string | number)[] = []) =>
  ctx.addIssue({ code: 'custom', message, path, params: { reason } });

const workingDays = z.number().superRefine((n, ctx) => {
  if (n < 0) fail(ctx, 'negative', `working days cannot be negative (got ${n})`);
  else if (!Number.isInteger(n)) fail(ctx, 'not-whole', `working days are counted whole (got ${n})`);
  else if (n > MAX_WORKING_DAYS) fail(ctx, 'too-long', `at most ${MAX_WORKING_DAYS} working days (got ${n})`);
});

const limitOverride = z.strictObject({ respond: workingDays.optional(), resolve: workingDays.optional() });

const localDate = z.string().superRefine((text, ctx) => {
  if (!isLocalDate(text)) fail(ctx, 'malformed-date', `not a date written YYYY-MM-DD: ${JSON.stringify(text)}`);
});

const rawShape = z.strictObject({
  timeZone: z.string().default(DEFAULT_TIME_ZONE),
  defaults: z.strictObject(Object.fromEntries(KINDS.map((k) => [k, limitOverride.optional()]))).default({}),
  categories: z.record(z.string(), limitOverride).default({}),
  holidays: z.array(localDate).default([]),
  makeUpDays: z.array(localDate).default([]),
});

/** A centre's case time limits after validation: every kind has both limits. */
export interface CaseTimeLimits {
  timeZone: string;
  defaults: Record<Kind, TimeLimit>;
  /** Overrides per category code; a missing figure falls back to the kind's default. */
  categories: Record<string, Partial<TimeLimit>>;
  holidays: LocalDate[];
  makeUpDays: LocalDate[];
}

function checkMeaning(config: z.infer<typeof rawShape>, catalogue: readonly Category[], ctx: Ctx): void {
  if (!isKnownTimeZone(config.timeZone)) {
    fail(ctx, 'unknown-time-zone', `unknown IANA time zone: ${JSON.stringify(config.timeZone)}`, ['timeZone']);
  }
  const defaults = mergedDefaults(config.defaults);
  for (const kind of KINDS) {
    const d = defaults[kind];
    if (d.resolve < d.respond) {
      fail(ctx, 'resolve-before-respond', `${kind}: resolve (${d.resolve}) is sooner than respond (${d.respond})`, [
        'defaults',
        kind,
      ]);
    }
  }
  for (const [code, override] of Object.entries(config.categories)) {
    const category = findCategory(catalogue, code);
    if (category === undefined) {
      fail(ctx, 'unknown-category', `no category ${JSON.stringify(code)} in the catalogue`, ['categories', code]);
      continue;
    }
    const limit = { ...defaults[category.kind], ...override };
    if (limit.resolve < limit.respond) {
      fail(
        ctx,
        'resolve-before-respond',
        `${code}: resolve (${limit.resolve}) is sooner than respond (${limit.respond})`,
        ['categories', code],
      );
    }
  }
  const holidays = new Set(config.holidays);
  config.makeUpDays.forEach((date, i) => {
    if (!isLocalDate(date)) return; // already reported as malformed
    if (holidays.has(date)) {
      fail(ctx, 'holiday-and-make-up', `${date} is listed both as a holiday and as a make-up working day`, [
        'makeUpDays',
        i,
      ]);
    }
    const weekday = weekdayOf(date);
    if (weekday !== 0 && weekday !== 6) {
      fail(
        ctx,
        'make-up-not-weekend',
        `${date} is a weekday, so it is a working day already; a make-up day is a Saturday or Sunday`,
        ['makeUpDays', i],
      );
    }
  });
}

function mergedDefaults(given: Partial<Record<Kind, Partial<TimeLimit> | undefined>>): Record<Kind, TimeLimit> {
  const out = {} as Record<Kind, TimeLimit>;
  for (const kind of KINDS) out[kind] = { ...DEFAULT_TIME_LIMITS[kind], ...given[kind] };
  return out;
}

/**
 * The zod schema of the `caseTimeLimits` part of a centre's config, checked
 * against its catalogue (an override for a category that does not exist is a
 * mistake worth refusing, not ignoring). Every field is optional.
 */
export function timeLimitsSchema(catalogue: readonly Category[] = DEFAULT_CATALOGUE) {
  return rawShape
    .superRefine((config, ctx) => checkMeaning(config, catalogue, ctx))
    .transform(
      (config): CaseTimeLimits => ({
        timeZone: config.timeZone,
        defaults: mergedDefaults(config.defaults),
        categories: config.categories,
        holidays: config.holidays,
        makeUpDays: config.makeUpDays,
      }),
    );
}

function toError(issue: z.core.$ZodIssue): TimeLimitsError {
  const field = issue.path.map(String).join('.');
  const params = (issue as { params?: { reason?: TimeLimitErrorReason } }).params;
  const reason: TimeLimitErrorReason =
    params?.reason ?? (issue.code === 'unrecognized_keys' ? 'unknown-field' : 'invalid');
  const where = field === '' ? 'caseTimeLimits' : `caseTimeLimits.${field}`;
  return new TimeLimitsError(reason, field, `${where}: ${issue.message}`);
}

/** Validates a raw config; throws a TimeLimitsError naming the first thing wrong. */
export function parseTimeLimits(raw: unknown, catalogue: readonly Category[] = DEFAULT_CATALOGUE): CaseTimeLimits {
  const result = timeLimitsSchema(catalogue).safeParse(raw ?? {});
  if (result.success) return result.data;
  throw toError(result.error.issues[0] as z.core.$ZodIssue);
}

/** The limits of one category: its override, else its kind's default. Unknown codes are refused. */
export function limitsFor(
  config: CaseTimeLimits,
  code: string,
  catalogue: readonly Category[] = DEFAULT_CATALOGUE,
): TimeLimit {
  const category = findCategory(catalogue, code);
  if (category === undefined) {
    throw new TimeLimitsError('unknown-category', 'category', `no category ${JSON.stringify(code)} in the catalogue`);
  }
  return { ...config.defaults[category.kind], ...config.categories[code] };
}

/** The working calendar the config describes. */
export function calendarOf(config: CaseTimeLimits): WorkingCalendar {
  return workingCalendar(config.timeZone, config.holidays, config.makeUpDays);
}
