// The plain constants of a submission, apart from its zod schemas (submission.ts): the page needs
// only these, and keeping zod out of its JavaScript makes every start quicker (issue 7, cold start).

/** Limits a resident can reach; the screens show them and the API enforces them. */
export const LIMITS = {
  description: 4000,
  location: 200,
  name: 50,
  phone: 20,
} as const;

export const INPUT_MODES = ['touch', 'keypad', 'voice'] as const;
export type InputMode = (typeof INPUT_MODES)[number];

export const STATUSES = ['queued', 'collected', 'forwarded', 'closed'] as const;
export type Status = (typeof STATUSES)[number];
