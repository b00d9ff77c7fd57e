import { askingClauses } from './family';
import type { Hit } from './hits';
import type { Token } from './normalise';
import { hasCue } from './understand';

/*
 * Praise is no request. Residents chat: "the park looked lovely this morning", "my son-in-law's a
 * plumber, he's ever so good", "the doctor says my blood pressure's fine". The park, the plumber and the
 * doctor name categories, but an utterance that calls something good (`cues.good`: "lovely", "fine",
 * "great"), with no wish, request or provision anywhere (no `wish`, `ask` or `provide`, no "I want" / "can I"), no kind
 * said and no trouble told, tells of the resident's day: it chooses nothing. "Not good" is no praise; a wish
 * ("it would be lovely if…") is a suggestion (frames.ts) and never reaches here.
 */

/** The clauses that only praise: a `good` word not denied, and nothing asked in the utterance. */
export function praisingClauses(
  chosen: readonly Hit[],
  tokens: readonly Token[],
  clause: readonly number[],
): Set<number> {
  const out = new Set<number>();
  // Something provided beside the praise ("better have a dance class", "a godsend to have seats") is a wish.
  if (chosen.some((h) => hasCue(h, 'wish') || hasCue(h, 'ask') || hasCue(h, 'provide'))) return out;
  if (askingClauses(tokens, clause).size > 0) return out;
  for (const h of chosen) {
    if (h.quality !== 1 || !hasCue(h, 'good')) continue;
    // "not good", "no good", "never lovely": a word of denial just before it, in its clause.
    const denied = chosen.some(
      (n) =>
        n !== h &&
        (hasCue(n, 'negator') || hasCue(n, 'verbNegator')) &&
        n.end <= h.start &&
        h.start - n.end <= 1 &&
        clause[n.start] === clause[h.start],
    );
    if (!denied) out.add(clause[h.start]!);
  }
  return out;
}
