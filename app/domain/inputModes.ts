// Kept apart from the zod schemas (submission.ts), like limits.ts, so that the page can use it without loading zod.

/** How a resident gave an answer; a submission records each mode used. */
export const INPUT_MODES = ['touch', 'keypad', 'voice'] as const;
export type InputMode = (typeof INPUT_MODES)[number];

/**
 * What a stored submission may record: a resident's modes, or `staff` for one a member of staff entered on a
 * resident's behalf (代办, `submitOnBehalf`). Only stored, never accepted from `submit`: a resident cannot
 * claim to be staff.
 */
export const STORED_INPUT_MODES = [...INPUT_MODES, 'staff'] as const;
export type StoredInputMode = (typeof STORED_INPUT_MODES)[number];

/** The ways a member of staff took a request for a resident: a phone call, or a visit to the centre's desk. */
export const ON_BEHALF_CHANNELS = ['phone', 'walk-in'] as const;
export type OnBehalfChannel = (typeof ON_BEHALF_CHANNELS)[number];
