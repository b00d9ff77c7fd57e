import { STATUSES, type Status } from '../../../../app/domain/status';

/** Every status at zero: the queue's counts per status, before any case is in it. */
export const NO_CASES = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
