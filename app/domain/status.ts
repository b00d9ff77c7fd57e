// Kept apart from the zod schemas (submission.ts), like limits.ts, so that the page can use it without loading zod.
import { CASE_STATUSES } from '../cases/lifecycle';

/**
 * Where a submission stands, from the kiosk's queue to closed by staff; case
 * handling adds `assigned`, `resolved` (awaiting the resident's verdict) and
 * `reopened` (app/cases/lifecycle.ts says which may follow which).
 */
export const STATUSES = CASE_STATUSES;
export type Status = (typeof STATUSES)[number];
