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

const compiled = new WeakMap<IntentGrammar, string[][]>();

function wordsOfPlace(grammar: IntentGrammar): string[][] {
  let out = compiled.get(grammar);
  if (out === undefined) {
    out = (grammar.situations?.where ?? []).map((w) => tokenise(w).map((t) => t.text));
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
  const told = new Set(story.filter((h) => h.quality === 1).flatMap(categoriesOf));
  if (told.size === 0) return out;
  const places = wordsOfPlace(grammar);
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
