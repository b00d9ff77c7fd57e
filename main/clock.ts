/** Where the main side gets the time from; tests pass a fake one. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/**
 * ISO 8601 in the kiosk's local time with its offset (`2026-11-26T09:20:00.000+08:00`):
 * staff read these timestamps, and the offset keeps them unambiguous.
 */
export function localIso(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const local =
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
  return `${local}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** Midnight at the start of the local day `daysBack` days before `date` (negative: days after). */
export function startOfLocalDay(date: Date, daysBack = 0): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() - daysBack);
}
