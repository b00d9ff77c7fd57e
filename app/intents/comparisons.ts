import type { IntentGrammar } from './grammar';
import type { Hit } from './hits';
import type { Token } from './normalise';
import { spansOf } from './scopes';

/*
 * "More" in a comparison is no wish. "More" alone leans to a suggestion (more benches, more classes), but with a
 * "than" a few words on ("I don't use more water than before", "it costs more than it did") it measures what the
 * resident tells of — a bill gone up, a cost beyond them — and wishes nothing, so a story's own kind (a bill
 * doubled: a complaint) still stands. The "than" words are the grammar's scope `than`; a language without them
 * (Chinese says 比…多, where 多 follows the comparison) keeps every "more".
 */

/** How many words may stand between "more" and its "than" ("more of the water than"). */
const REACH = 4;

/** The hits naming, less those that only hint at a suggestion and stand before a "than" in their clause. */
export function withoutComparedMore(
  grammar: IntentGrammar,
  naming: readonly Hit[],
  tokens: readonly Token[],
  clause: readonly number[],
): readonly Hit[] {
  const thans = spansOf(grammar, tokens, 'than');
  if (thans.length === 0) return naming;
  const onlyHint = (h: Hit) =>
    h.phrase.meanings.some((m) => m.slot === 'kind' && m.value === 'suggestion' && m.weight < 1) &&
    !h.phrase.meanings.some((m) => m.slot === 'category');
  const compared = (h: Hit) =>
    thans.some((t) => t.start >= h.end && t.start - h.end <= REACH && clause[t.start] === clause[h.start]);
  return naming.filter((h) => !(onlyHint(h) && compared(h)));
}
