import { describe, expect, it } from 'vitest';
import {
  dammDigit,
  formatReference,
  isValidReference,
  normaliseReference,
  proposeReference,
  referenceProblem,
} from '../../../../app/domain/referenceNumber';

describe('reference numbers', () => {
  it('are seven digits, never starting with 0, ending in a check digit', () => {
    for (const r of [0, 0.5, 0.999999]) {
      const ref = proposeReference(() => r);
      expect(ref).toMatch(/^[1-9]\d{6}$/);
      expect(dammDigit(ref)).toBe(0);
      expect(isValidReference(ref)).toBe(true);
    }
  });

  it('catch any single mistyped digit and any swap of neighbouring digits', () => {
    const ref = proposeReference(() => 0.4242);
    for (let i = 0; i < ref.length; i++) {
      for (let d = 0; d < 10; d++) {
        const typo = ref.slice(0, i) + d + ref.slice(i + 1);
        if (typo !== ref && /^[1-9]/.test(typo)) expect(isValidReference(typo), typo).toBe(false);
      }
      if (i < ref.length - 1 && ref[i] !== ref[i + 1]) {
        const swapped = ref.slice(0, i) + ref[i + 1] + ref[i] + ref.slice(i + 2);
        expect(isValidReference(swapped), swapped).toBe(false);
      }
    }
  });

  it('read the same with the spaces and dashes people type', () => {
    const ref = proposeReference(() => 0.1234);
    expect(formatReference(ref)).toBe(`${ref.slice(0, 3)} ${ref.slice(3)}`);
    expect(normaliseReference(formatReference(ref))).toBe(ref);
    expect(isValidReference(`${ref.slice(0, 3)}-${ref.slice(3)}`)).toBe(true);
  });

  it('are spread over the whole range', () => {
    const seen = new Set(Array.from({ length: 1000 }, (_, i) => proposeReference(() => i / 1000)));
    expect(seen.size).toBe(1000);
  });

  it('says what is wrong with a typed reference: nothing, too few or too many digits, or a digit wrong', () => {
    const ref = proposeReference(() => 0.42);
    const wrongLast = ref.slice(0, 6) + String((Number(ref[6]) + 1) % 10);
    const swapped = ref[0]! + ref[2]! + ref[1]! + ref.slice(3);
    expect(referenceProblem(ref)).toBeNull();
    expect(referenceProblem(` ${formatReference(ref)} `)).toBeNull();
    expect(referenceProblem('')).toBe('empty');
    expect(referenceProblem(' - ')).toBe('empty');
    expect(referenceProblem(ref.slice(0, 6))).toBe('tooShort');
    expect(referenceProblem('1')).toBe('tooShort');
    expect(referenceProblem(`${ref}0`)).toBe('tooLong');
    expect(referenceProblem(wrongLast)).toBe('mistyped');
    if (swapped !== ref) expect(referenceProblem(swapped)).toBe('mistyped');
    // A leading 0 keeps the check digit right, but no reference starts with one.
    expect(referenceProblem(`0${ref.slice(1, 6)}${dammDigit(`0${ref.slice(1, 6)}`)}`)).toBe('mistyped');
    expect(referenceProblem('12a4567')).toBe('mistyped');
  });
});
