import * as z from 'zod';

const count = (max: number, fallback: number) => z.number().int().min(1).max(max).default(fallback);

/** The most a source may be allowed: a browser host behind a proxy serving many thin clients, or a load test. */
const UNBOUNDED = 100_000_000;

/**
 * `residentLimits` in config.json: how much one source (the kiosk's own
 * window, or one network address) may ask of the residents' channels. The
 * defaults are far above what residents do — one resident submits once,
 * maybe twice, and a busy kiosk sees a submission every minute or two — and
 * far below what a script does (README, "Limits for residents' channels").
 * A browser host behind a proxy sees all its thin clients as one address:
 * raise the per-minute and per-hour figures there.
 */
export const ResidentLimitsConfig = z
  .object({
    /** Submissions per source in any minute. */
    submitsPerMinute: count(UNBOUNDED, 20),
    /** Submissions per source in any hour: a script kept just under the minute's figure still stops here. */
    submitsPerHour: count(UNBOUNDED, 200),
    /** Submissions in one visit (welcome to reset): a resident's double tap or second thought, not more. */
    submitsPerVisit: count(1000, 3),
    /** Calls for staff per source in any minute (repeated calls only add to the pending one's count). */
    staffCallsPerMinute: count(UNBOUNDED, 30),
    /** Calls for staff in one visit. */
    staffCallsPerVisit: count(1000, 10),
    /** "Me too" searches (findSimilar) per source in any minute: one per complaint a resident confirms. */
    similarSearchesPerMinute: count(UNBOUNDED, 20),
    /** Reference lookups per source in any minute before each further one must wait longer. */
    lookupsPerMinute: count(UNBOUNDED, 10),
    /** The longest wait between lookups from a source that keeps going (the waits double up to it). */
    lookupMaxDelaySeconds: count(86_400, 600),
    /** Wrong phone digits for one reference from one source before that source must wait (15 minutes). */
    lookupGuessesPerSource: count(100, 5),
    /** Wrong phone digits for one reference from all network sources together (the kiosk's own window is never held back by others). */
    lookupGuessesPerReference: count(10_000, 30),
  })
  .strict()
  .refine((l) => l.submitsPerHour >= l.submitsPerMinute, {
    message: 'submitsPerHour must be at least submitsPerMinute',
    path: ['submitsPerHour'],
  })
  .refine((l) => l.lookupGuessesPerReference >= l.lookupGuessesPerSource, {
    message: 'lookupGuessesPerReference must be at least lookupGuessesPerSource',
    path: ['lookupGuessesPerReference'],
  });
export type ResidentLimitsConfig = z.output<typeof ResidentLimitsConfig>;

/**
 * `queueWatch` in config.json: staff are warned (console banner, audit log)
 * while free space on the data folder's disk is below `minFreeMegabytes`, or
 * the database (with its WAL) is above `maxDatabaseMegabytes`: at the largest
 * submission size, 1 GB is still some 40,000 submissions away from a full disk.
 */
export const QueueWatchConfig = z
  .object({
    minFreeMegabytes: z.number().int().min(1).max(10_000_000).default(1024),
    maxDatabaseMegabytes: z.number().int().min(1).max(10_000_000).default(4096),
  })
  .strict();
export type QueueWatchConfig = z.output<typeof QueueWatchConfig>;

/**
 * `meToo` in config.json: before a complaint is submitted, the kiosk offers
 * the open cases of the same category reported in the last `days` days that
 * look like the same problem (已经有人反映过这个问题). 0 turns it off.
 */
export const MeTooConfig = z
  .object({
    days: z
      .number({ error: 'must be a whole number of days (0 turns "me too" off)' })
      .int('must be a whole number of days (0 turns "me too" off)')
      .min(0, 'must be 0 (off) or more')
      .max(90, 'must be at most 90: an older problem deserves a fresh report')
      .default(14),
  })
  .strict()
  .prefault({});
export type MeTooConfig = z.output<typeof MeTooConfig>;
