import type { IntentGrammar } from './grammar';
import type { Hit } from './hits';
import { type Token, tokenise } from './normalise';

/*
 * Where a story happens is not what it is about. Residents place their trouble: "the lights in the car
 * park aren't working", "the passage by the lifts is thick with cigarette ends", "plant a few trees along
 * the road". The place names a category of its own (the car park is the property's, the lifts are
 * facilities), but the story — a thing with its trouble (situations.ts) — says what the complaint is.
 * A category word said right after a word of place (`situations.where`: "in the", "by the", "outside
 * the") weighs as a hint, no more, when a story told beside it points elsewhere. Said alone it still
 * counts ("something about the car park").
 */

const compiled = new WeakMap<IntentGrammar, { before: string[][]; after: string[][] }>();

function wordsOfPlace(grammar: IntentGrammar): { before: string[][]; after: string[][] } {
  let out = compiled.get(grammar);
  if (out === undefined) {
    const words = (list: string[] | undefined) => (list ?? []).map((w) => tokenise(w).map((t) => t.text));
    out = { before: words(grammar.situations?.where), after: words(grammar.situations?.whereAfter) };
    compiled.set(grammar, out);
  }
  return out;
}

const categoriesOf = (h: Hit) => h.phrase.meanings.flatMap((m) => (m.slot === 'category' ? [m.value] : []));

/**
 * The category words said as where a story happens: right after a word of place, naming none of the
 * categories the story's thing and trouble point to (`story`: situationsOf's hits).
 */
export function placedHits(
  grammar: IntentGrammar,
  tokens: readonly Token[],
  naming: readonly Hit[],
  story: readonly Hit[],
): Set<Hit> {
  const out = new Set<Hit>();
  const { before: places, after } = wordsOfPlace(grammar);
  // Chinese says the place first (单元门口的垃圾, 電梯旁邊嘅垃圾): a category word right before a word of place,
  // with another category named after it, is where that thing is — a hint, story or none.
  for (const h of naming) {
    const codes = categoriesOf(h);
    const at = after.find((p) => p.every((w, k) => tokens[h.end + k]?.text === w));
    if (codes.length === 0 || at === undefined) continue;
    const end = h.end + at.length;
    if (naming.some((o) => o.start >= end && categoriesOf(o).some((c) => !codes.includes(c)))) out.add(h);
  }
  const told = new Set(story.filter((h) => h.quality === 1).flatMap(categoriesOf));
  if (told.size === 0) return out;
  for (const h of naming) {
    const codes = categoriesOf(h);
    if (codes.length === 0 || codes.some((c) => told.has(c))) continue;
    // Right after the word of place, or one word later ("by the back stairs", "in the main car park").
    const placed = [h.start, h.start - 1].some(
      (end) =>
        (end === h.start || !naming.some((o) => o.start <= end && o.end > end)) &&
        places.some((p) => p.length <= end && p.every((w, k) => tokens[end - p.length + k]?.text === w)),
    );
    if (placed) out.add(h);
  }
  return out;
}
