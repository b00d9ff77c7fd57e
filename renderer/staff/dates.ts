// How the staff console shows the timestamps the store keeps, ISO 8601 in the kiosk's local time with its
// offset ("2026-12-02T17:52:11.123+08:00", main/clock.ts): cut to the part staff need, with the "T" made a
// space, so the kiosk's local time is what is shown. One place, so that when dates are shown in the staff
// member's language only this file changes.

/** "2026-12-02 17:52:11": to the second, where the exact moment matters (the audit log, a submission). */
export const toSecond = (iso: string): string => iso.replace('T', ' ').slice(0, 19);

/** "2026-12-02 17:52": to the minute, for lists and a submission's history. */
export const toMinute = (iso: string): string => iso.replace('T', ' ').slice(0, 16);

/** "17:52": the time of day alone, for today's staff calls. */
export const timeOfDay = (iso: string): string => iso.slice(11, 16);
