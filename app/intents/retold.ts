/*
 * A number said whole and then said again to confirm it (九八七六五四三二 我再講多次 九八七六五四三二, "… that's nine
 * three four four…", 係 / 即係 / 就是 …): the two tellings are one number, not one number twice as long.
 */

/** The shortest telling taken for a whole number: no phone or reference number is two tellings of fewer. */
const WHOLE = 6;

/** Where in a run of digits a telling may start again: after a pause, or after words of the resident's own. */
export interface Break {
  at: number;
  afterWord: boolean;
}

/** A number told twice, and whether the two tellings agree. */
export interface Retelling {
  /** The number once: the later telling, the one given as the confirmation. */
  digits: string;
  /** The tellings differ: which is meant is a guess, read back as a question. */
  differs: boolean;
}

/**
 * Two tellings of at least six digits each, of the same length give or take one, are the number told
 * twice when they agree, or differ only as a slip does (starting alike, or two digits apart at most), or
 * have words of the resident's own between them (係, "so that's"): no phone number is one number said
 * twice, nor two numbers joined by words. Two that agree are taken as they are; two that differ (a slip, or
 * two numbers given: mobile and home) are read back as a question, the later one first.
 */
export function retelling(digits: string, breaks: readonly Break[]): Retelling | null {
  for (const { at, afterWord } of breaks) {
    const first = digits.slice(0, at);
    const again = digits.slice(at);
    if (first.length < WHOLE || again.length < WHOLE || Math.abs(first.length - again.length) > 1) continue;
    if (first === again) return { digits: again, differs: false };
    if (afterWord || alike(first, again)) return { digits: again, differs: true };
  }
  return null;
}

/** Told alike but for a slip: the first three digits the same, or at most two apart at the same length. */
function alike(a: string, b: string): boolean {
  if (a.slice(0, 3) === b.slice(0, 3)) return true;
  if (a.length !== b.length) return false;
  let apart = 0;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) apart++;
  return apart <= 2;
}
