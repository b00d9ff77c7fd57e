// Kept apart from the zod schemas (submission.ts), like limits.ts, so that the page can use it without loading zod.

/** How a resident gave an answer; a submission records each mode used. */
export const INPUT_MODES = ['touch', 'keypad', 'voice'] as const;
export type InputMode = (typeof INPUT_MODES)[number];
