import type { IntentGrammar } from './grammar';
import { type Hit, means } from './hits';
import type { Token } from './normalise';
import { aNotAAt } from './questions';
import { spansOf } from './scopes';
import { hasCue, type Rejected } from './understand';

/*
 * A kind weighed in doubt (不知道该算哪一种, 唔肯定算唔算投訴 可能係建議, "sort of a complaint but also kind
 * of not"): the resident is still choosing. Read back as "did you mean a complaint?" it would put words in
 * their mouth; the kind is asked again instead.
 */

const kindsOf = (h: Hit) => h.phrase.meanings.flatMap((m) => (m.slot === 'kind' && m.weight >= 1 ? [m.value] : []));

/**
 * Whether the resident weighs which kind it is rather than says one: a kind named, then weighed against
 * letting it be with no kind after (scope orLetItBe: 还是算了, 定係算數, "or maybe not"); or, while thinking
 * aloud (`hedged`), a kind put as a question of their own (scope orWhat: 还是咋的, 定係咩, "or what"); a
 * "which kind" (scope whichKind: 哪一种, 邊一種, "which kind") asked of themselves; two kinds named, neither
 * denied outright; or a kind named and then denied with nothing after it ("kind of not", 又唔係).
 */
export function kindInDoubt(
  grammar: IntentGrammar,
  said: { tokens: readonly Token[]; owner: readonly (Hit | null)[]; chosen: readonly Hit[]; clause: readonly number[] },
  rejects: Rejected,
  hedged: boolean,
): boolean {
  const { tokens, owner, chosen, clause } = said;
  const naming = besideWhichKind(grammar, tokens, chosen).filter((h) => kindsOf(h).length > 0);
  // 我是想投诉呢 还是算了, 定係算數呢, "or maybe not": the kind weighed against letting it be, no kind after.
  const lastNamed = naming.reduce((end, h) => Math.max(end, h.end), -1);
  if (lastNamed >= 0 && spansOf(grammar, tokens, 'orLetItBe').some((s) => s.start >= lastNamed)) return true;
  if (!hedged) return false;
  // 算办事还是咋的, 算唔算投訴定係咩, "a complaint or what": a kind put as a question of their own, thinking aloud.
  const orWhat = spansOf(grammar, tokens, 'orWhat');
  if (naming.some((h) => orWhat.some((s) => s.start >= h.end && s.start - h.end <= 2))) return true;
  const which = spansOf(grammar, tokens, 'whichKind');
  // A kind said plainly, in a clause with no doubt in it ("I want to make a complaint, which sort is up to
  // you"): chosen; which sort is the category's question.
  const doubted = new Set(chosen.filter((h) => hasCue(h, 'hedge')).map((h) => clause[h.start]!));
  const plainly = naming.some((h) => !rejects.has(h) && !doubted.has(clause[h.start]!));
  if (!plainly && which.length > 0) return true;
  // 算不算投诉, 係唔係投訴: an A-not-A question right before a kind asks whether, it denies nothing.
  const weighed = new Set(
    naming.filter((h) => !rejects.has(h) || aNotAAt(tokens, clause, h.start - 3)).flatMap((h) => kindsOf(h)),
  );
  if (weighed.size >= 2) return true;
  // Denied back: a "not" after the kind, then only fillers and doubt to its clause's end (似投訴又唔係好似投訴:
  // the second 投訴 is the same kind again).
  const plain = (k: number) => owner[k] == null || !(means(owner[k]!, 'filler') || hasCue(owner[k]!, 'hedge'));
  return naming.some((h) =>
    chosen.some((n) => {
      if (n.start < h.end || !(hasCue(n, 'negator') || hasCue(n, 'verbNegator'))) return false;
      for (let k = n.end; k < tokens.length && clause[k] === clause[n.start]; k++) {
        const o = owner[k];
        if (o != null && kindsOf(o).some((v) => kindsOf(h).includes(v))) return true;
        if (plain(k)) return false;
      }
      return true;
    }),
  );
}

/**
 * The hits but a kind's words inside the resident's own question of which kind it is ("not sure which it would
 * be": "it would be" is a suggestion's words there): the question names no kind.
 */
export function besideWhichKind(grammar: IntentGrammar, tokens: readonly Token[], hits: readonly Hit[]): Hit[] {
  const which = spansOf(grammar, tokens, 'whichKind');
  if (which.length === 0) return [...hits];
  return hits.filter((h) => !(means(h, 'kind') && which.some((s) => s.start <= h.start && h.end <= s.end)));
}
