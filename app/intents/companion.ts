import type { IntentGrammar } from './grammar';
import { type Hit, means } from './hits';
import type { Token } from './normalise';
import { spansOf } from './scopes';

/*
 * Talk to a companion beside the kiosk (小宝 别摸那个屏幕 奶奶这儿办事呢, 婆婆喺度辦緊嘢, "nana's sorting
 * something out here"): a grandparent naming themselves as the child calls them (scope selfAsKin: 奶奶, 婆婆,
 * "nana") opens a clause and says they are busy here (scope busyHere: 这儿, 喺度, "here"). The business named
 * in that clause is told to the child, not asked of the kiosk.
 */

/** Whether every phrase naming a kind or category sits in such a clause: a request said elsewhere still counts. */
export function toldToCompanion(
  grammar: IntentGrammar,
  said: { tokens: readonly Token[]; owner: readonly (Hit | null)[]; chosen: readonly Hit[]; clause: readonly number[] },
): boolean {
  const { tokens, owner, chosen, clause } = said;
  const selves = spansOf(grammar, tokens, 'selfAsKin');
  if (selves.length === 0) return false;
  const here = spansOf(grammar, tokens, 'busyHere');
  // Only fillers before it in its clause: the kin word is the clause's subject, not someone spoken of.
  const opens = (start: number) => {
    for (let k = start - 1; k >= 0 && clause[k] === clause[start]; k--)
      if (owner[k] == null || !means(owner[k]!, 'filler')) return false;
    return true;
  };
  const busy = new Set(
    selves
      .filter((s) => opens(s.start) && here.some((h) => h.start >= s.end && h.start - s.end <= 1))
      .map((s) => clause[s.start]!),
  );
  if (busy.size === 0) return false;
  const naming = chosen.filter((h) => means(h, 'kind') || means(h, 'category'));
  return naming.length > 0 && naming.every((h) => busy.has(clause[h.start]!));
}
