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
  /** The kind of each category: a thing placed is one of the place's own kind (a relative at the hospital is not). */
  kindOf: (code: string) => string | undefined = () => undefined,
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
  // English says the thing first ("more activities like tai chi in the park", "the bins in the car park"): a
  // category word right after a word of place, with another category named outright just before the place, is
  // where that thing is — a hint, story or none (round twenty-three).
  for (const h of naming) {
    const codes = categoriesOf(h);
    const place = placeBefore(h, tokens, naming, places);
    if (codes.length === 0 || place === undefined || !AROUND.has(tokens[place]?.text ?? '')) continue;
    // The nearest thing named before the place, not any: "my sister's a nurse at the hospital" places the nurse.
    const thing = naming.findLast((o) => o.end <= place && categoriesOf(o).length > 0);
    const another =
      thing !== undefined &&
      place - thing.end <= THING_REACH &&
      thing.phrase.meanings.some(
        (m) =>
          m.slot === 'category' &&
          m.weight >= 1 &&
          !codes.includes(m.value) &&
          codes.some((c) => kindOf(c) !== undefined && kindOf(c) === kindOf(m.value)),
      );
    if (another) out.add(h);
  }
  const told = new Set(story.filter((h) => h.quality === 1).flatMap(categoriesOf));
  if (told.size === 0) return out;
  for (const h of naming) {
    const codes = categoriesOf(h);
    if (codes.length === 0 || codes.some((c) => told.has(c))) continue;
    // Right after the word of place, or one word later ("by the back stairs", "in the main car park").
    if (placeBefore(h, tokens, naming, places) !== undefined) out.add(h);
  }
  return out;
}

/**
 * Words of place that put a thing somewhere (in, at, by, near, outside, behind, next to, along): "on the" and
 * "from the" say who or what is acted on or where it comes from ("looked in on the old people") as often.
 */
const AROUND = new Set(['in', 'at', 'by', 'near', 'outside', 'behind', 'next', 'along']);

/** How many words may stand between a thing and the word of place after it ("activities like tai chi in the"). */
const THING_REACH = 4;

/**
 * Where the word of place before a category word starts: right before it, or one word earlier ("by the back
 * stairs", "in the main car park").
 */
function placeBefore(
  h: Hit,
  tokens: readonly Token[],
  naming: readonly Hit[],
  places: readonly string[][],
): number | undefined {
  for (const end of [h.start, h.start - 1]) {
    if (end !== h.start && naming.some((o) => o.start <= end && o.end > end)) continue;
    const p = places.find((p) => p.length <= end && p.every((w, k) => tokens[end - p.length + k]?.text === w));
    if (p !== undefined) return end - p.length;
  }
  return undefined;
}
