// The plain constants of a submission live apart from its zod schemas (submission.ts): the page needs
// only the constants, and keeping zod out of the page's JavaScript makes every start quicker.

/** Limits a resident can reach; the screens show them and the API enforces them. */
export const LIMITS = {
  description: 4000,
  location: 200,
  name: 50,
  phone: 20,
} as const;
