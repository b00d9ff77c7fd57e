// Kept apart from the zod schemas (submission.ts), like limits.ts, so that the page can use it without loading zod.

/** Where a submission stands, from the kiosk's queue to closed by staff. */
export const STATUSES = ['queued', 'collected', 'forwarded', 'closed'] as const;
export type Status = (typeof STATUSES)[number];
