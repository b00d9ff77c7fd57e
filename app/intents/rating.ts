import type { Rating } from '../cases/lifecycle';
import { wordsSaid } from './choices';
import { type Hit, span } from './hits';
import { hasCue } from './understand';

/**
 * The verdict said: its phrases, longest first (不太满意 over 满意). Thinking
 * aloud is no verdict ("我想想", "maybe"); two verdicts at odds count only when
 * a correction comes between them ("满意，不对，不满意" is 不满意). A 满意 is
 * never taken when it is negated (see `turnedAround`), nor when the same words
 * also sound like a different verdict (布满意 is what a recogniser makes of 不满意).
 */
export function ratingOf(
  found: readonly Hit[],
  chosen: readonly Hit[],
  owner: readonly (Hit | null)[],
  clause: readonly number[],
  hedged: boolean,
): { rating: Rating; sure: number } | null {
  if (hedged) return null;
  const said = chosen.filter((h) => ratingIn(h) !== undefined);
  const first = said[0];
  if (first === undefined) return null;
  if (said.some((h) => soundsLikeAnother(h, found))) return null;
  const heard = (h: Hit): Rating => (turnedAround(h, chosen, owner, clause) ? 'unsatisfied' : ratingIn(h)!);
  const last = said.at(-1)!;
  if (said.every((h) => heard(h) === heard(first))) return { rating: heard(first), sure: 0.9 * first.quality };
  const corrected = chosen.some((h) => h.start > first.start && h.start < last.start && hasCue(h, 'correction'));
  return corrected ? { rating: heard(last), sure: 0.8 * last.quality } : null;
}

const ratingIn = (h: Hit) => h.phrase.meanings.find((m) => m.slot === 'rating')?.value as Rating | undefined;

/**
 * A 满意 or 基本满意 negated in its own clause: after a negator ("谈不上满意",
 * "not so satisfied", "I wouldn't say satisfied") or after a 不满意 phrase
 * ("not at all satisfied"), with at most two words between. It is heard as
 * 不满意: a resident who is not satisfied must never close their own case.
 */
function turnedAround(h: Hit, chosen: readonly Hit[], owner: readonly (Hit | null)[], clause: readonly number[]) {
  if (ratingIn(h) === 'unsatisfied') return false;
  const index = chosen.indexOf(h);
  for (let j = index - 1; j >= 0; j--) {
    const before = chosen[j]!;
    if (clause[before.start] !== clause[h.start]) return false;
    const negates = hasCue(before, 'negator') || hasCue(before, 'verbNegator') || ratingIn(before) === 'unsatisfied';
    if (negates && wordsSaid(owner, before.end, h.start) <= 2) return true;
  }
  return false;
}

/** A verdict said exactly whose words also hold a longer verdict found only by sound, of another meaning. */
function soundsLikeAnother(h: Hit, found: readonly Hit[]): boolean {
  return found.some(
    (other) =>
      other.quality < 1 &&
      other.start <= h.start &&
      other.end >= h.end &&
      span(other) > span(h) &&
      ratingIn(other) !== undefined &&
      ratingIn(other) !== ratingIn(h),
  );
}
