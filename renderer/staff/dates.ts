// How the staff console shows the ISO 8601 UTC timestamps the store keeps ("2026-12-02T09:52:11.123Z"):
// cut to the part staff need, with the "T" made a space. One place, so that when dates are shown in
// the staff member's language and time zone only this file changes.

/** "2026-12-02 09:52:11": to the second, where the exact moment matters (the audit log, a submission). */
export const toSecond = (iso: string): string => iso.replace('T', ' ').slice(0, 19);

/** "2026-12-02 09:52": to the minute, for lists and a submission's history. */
export const toMinute = (iso: string): string => iso.replace('T', ' ').slice(0, 16);

/** "09:52": the time of day alone, for today's staff calls. */
export const timeOfDay = (iso: string): string => iso.slice(11, 16);
