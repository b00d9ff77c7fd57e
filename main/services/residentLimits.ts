import { ApiError } from '../../app/contract/errors';
import type { Clock } from '../clock';
import type { ResidentLimitsConfig } from '../config/residentLimits';
import { GrowingDelay, retryAfterSeconds, type Verdict, WindowLimit } from './rateLimit';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Longer than any visit (idle time, warning, the wait for staff), so a visit's count is never forgotten mid-visit. */
const VISIT_WINDOW = 2 * HOUR;
const FIRST_LOOKUP_DELAY = 1000;

function refuse(verdict: Verdict, what: string): void {
  if (verdict.allowed) return;
  const seconds = retryAfterSeconds(verdict.retryAfterMs);
  const wait = seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  throw new ApiError(
    'rate-limited',
    `Too many ${what} from this kiosk just now: try again in ${wait}`,
    undefined,
    seconds,
  );
}

/** Checks every limit first and counts the call in all of them only when none refuses. */
function admit(limits: [WindowLimit, string][], what: string): void {
  for (const [limit, key] of limits) refuse(limit.check(key), what);
  for (const [limit, key] of limits) limit.commit(key);
}

/**
 * The residents' channels' limits, per source (CallContext.source) and per
 * visit: what the handlers ask before they store a submission, record a call
 * for staff or look a reference up. Refusals are 'rate-limited' ApiErrors
 * carrying Retry-After. A script can leave out or change the visit it names,
 * so the per-source figures are the defence; the per-visit ones catch a
 * resident's repeated taps.
 */
export function createResidentLimits(limits: ResidentLimitsConfig, now: Clock) {
  const ms = () => now().getTime();
  const window = (max: number, windowMs: number) => new WindowLimit({ max, windowMs, now: ms });
  const submitsPerMinute = window(limits.submitsPerMinute, MINUTE);
  const submitsPerHour = window(limits.submitsPerHour, HOUR);
  const submitsPerVisit = window(limits.submitsPerVisit, VISIT_WINDOW);
  const callsPerMinute = window(limits.staffCallsPerMinute, MINUTE);
  const callsPerVisit = window(limits.staffCallsPerVisit, VISIT_WINDOW);
  const similarPerMinute = window(limits.similarSearchesPerMinute, MINUTE);
  const maxDelayMs = limits.lookupMaxDelaySeconds * 1000;
  const lookups = new GrowingDelay({
    free: limits.lookupsPerMinute,
    windowMs: MINUTE,
    firstDelayMs: FIRST_LOOKUP_DELAY,
    maxDelayMs,
    // Longer than the longest delay: a script that waits out each delay never gets its free calls back.
    forgetAfterMs: Math.max(10 * MINUTE, 2 * maxDelayMs),
    now: ms,
  });

  const perVisit = (limit: WindowLimit, source: string, visit: string | undefined): [WindowLimit, string][] =>
    visit === undefined ? [] : [[limit, `${source}|${visit}`]];

  return {
    submit(source: string, visit: string | undefined): void {
      admit(
        [[submitsPerMinute, source], [submitsPerHour, source], ...perVisit(submitsPerVisit, source, visit)],
        'submissions',
      );
    },
    callStaff(source: string, visit: string | undefined): void {
      admit([[callsPerMinute, source], ...perVisit(callsPerVisit, source, visit)], 'calls for staff');
    },
    /** A "me too" search: its own figure, so a kiosk's searches never hold back its lookups or submissions. */
    similar(source: string): void {
      admit([[similarPerMinute, source]], '"me too" searches');
    },
    lookup(source: string): void {
      refuse(lookups.take(source), 'lookups');
    },
  };
}

export type ResidentLimits = ReturnType<typeof createResidentLimits>;
