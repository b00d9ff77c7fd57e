/**
 * Reference numbers: seven digits — six random digits and a Damm check digit —
 * so they are short, all digits (easy to say in any language and to type on
 * the keypad), and a single mistyped or swapped digit is caught. Shown and
 * spoken grouped as "123 4567". Uniqueness per kiosk is the store's unique
 * index; the generator only proposes.
 */
const DAMM: readonly (readonly number[])[] = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

export const REF_LENGTH = 7;

export function dammDigit(digits: string): number {
  let interim = 0;
  for (const ch of digits) interim = DAMM[interim]![Number(ch)]!;
  return interim;
}

/** A new candidate from a random source returning integers in [0, 1). */
export function proposeReference(random: () => number): string {
  // The first digit is never 0, so the number reads the same with or without it.
  const body = String(100000 + Math.floor(random() * 900000));
  return body + String(dammDigit(body));
}

/** Strips spaces and dashes a resident or staff member may type. */
export function normaliseReference(input: string): string {
  return input.replace(/[\s-]/g, '');
}

export function isValidReference(input: string): boolean {
  const ref = normaliseReference(input);
  return /^[1-9]\d{6}$/.test(ref) && dammDigit(ref) === 0;
}

/** "1234567" → "123 4567", as shown on the receipt. */
export function formatReference(ref: string): string {
  return `${ref.slice(0, 3)} ${ref.slice(3)}`;
}

/** What can be wrong with a reference number as typed; each is told to the resident in its own words. */
export const REFERENCE_PROBLEMS = ['empty', 'tooShort', 'tooLong', 'mistyped'] as const;
export type ReferenceProblem = (typeof REFERENCE_PROBLEMS)[number];

/**
 * Why `input` cannot be a reference number, or null when it can. A wrong
 * check digit, a leading 0 or a stray character are all "mistyped": the
 * resident has the right number of digits and one of them is wrong.
 */
export function referenceProblem(input: string): ReferenceProblem | null {
  const ref = normaliseReference(input);
  if (ref === '') return 'empty';
  if (!/^\d+$/.test(ref)) return 'mistyped';
  if (ref.length < REF_LENGTH) return 'tooShort';
  if (ref.length > REF_LENGTH) return 'tooLong';
  return isValidReference(ref) ? null : 'mistyped';
}
