// How the staff console shows the timestamps the store keeps, ISO 8601 in the kiosk's local time with its
// offset ("2026-12-02T17:52:11.123+08:00", main/clock.ts): in the console's language (Intl.DateTimeFormat),
// and always at the kiosk's wall-clock time, whatever time zone the browser showing the console is in — a
// call "at 17:52" must mean 17:52 on the clock in the centre.
import type { Language } from '../../app/i18n/languages';

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/;

/** The stored wall-clock time as a Date read in UTC, so formatting in UTC shows the same numbers. */
function wallClock(iso: string): Date | null {
  const m = WALL_CLOCK.exec(iso);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((part) => Number(part ?? 0));
  return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(language: Language, key: string, options: Intl.DateTimeFormatOptions) {
  const id = `${language}|${key}`;
  let found = formats.get(id);
  if (!found) {
    found = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC', hourCycle: 'h23' });
    formats.set(id, found);
  }
  return found;
}

// A stored value that is not a timestamp is shown as it is rather than hidden: staff can still read it.
const shown = (iso: string, language: Language, key: string, options: Intl.DateTimeFormatOptions) => {
  const at = wallClock(iso);
  return at ? format(language, key, options).format(at) : iso;
};

const DAY = { year: 'numeric', month: 'short', day: 'numeric' } as const;

/** "2026年12月2日 17:52:11": to the second, where the exact moment matters (the audit log, a submission). */
export const toSecond = (iso: string, language: Language): string =>
  shown(iso, language, 'second', { ...DAY, hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** "2026年12月2日 17:52": to the minute, for lists and a submission's history. */
export const toMinute = (iso: string, language: Language): string =>
  shown(iso, language, 'minute', { ...DAY, hour: '2-digit', minute: '2-digit' });

/** "17:52": the time of day alone, for today's staff calls. */
export const timeOfDay = (iso: string, language: Language): string =>
  shown(iso, language, 'time', { hour: '2-digit', minute: '2-digit' });
