import type { Category } from '../domain/catalogue';
import type { Kind } from '../domain/kinds';
import { wordsSaid } from './choices';
import { counterpartsIn } from './counterparts';
import type { Meaning } from './grammar';
import { type Hit, isFiller, names } from './hits';
import type { Expect, IntentResult } from './types';
import { hasCue, type Rejected } from './understand';

// ---- weighing kinds and categories ----

interface Scored<T> {
  value: T;
  score: number;
  /** Where its last mention ends: on a tie the later one wins (楼上邻居半夜噪音 is about the noise). */
  last: number;
  quality: number;
  named: boolean;
  /** Said beside a topic word ("it's about my pension"): what they came for, not a word in a story. */
  topic?: boolean;
}

function weigh<T extends string>(
  hits: readonly Hit[],
  slot: 'kind' | 'category',
  allowed: (v: string) => boolean,
  rejects: Rejected,
  topical: ReadonlySet<Hit>,
  placed: ReadonlySet<Hit> = new Set(),
) {
  const scores = new Map<T, Scored<T>>();
  for (const h of hits) {
    const rejection = rejects.get(h);
    if (rejection === 'all' || (rejection === 'kind' && slot === 'kind')) continue;
    const meanings = h.phrase.meanings;
    for (let i = 0; i < meanings.length; i++) {
      const m = meanings[i]!;
      if (m.slot !== slot || !allowed(m.value) || outweighed(meanings, i)) continue;
      const value = m.value as T;
      // Where a story happens ("the lights in the car park"), not what it is about: a hint (places.ts).
      const weight = placed.has(h) ? Math.min(m.weight, 0.5) : m.weight;
      const s = scores.get(value) ?? { value, score: 0, last: 0, quality: 0, named: false };
      // Named as the topic (卫生方面, "something about hygiene"): said outright, whatever else it may hint at.
      const topic = topical.has(h);
      s.score += h.mass * (topic ? 2 : weight) * h.quality;
      s.last = Math.max(s.last, h.end);
      s.quality = Math.max(s.quality, h.quality);
      s.named ||= weight === 1 || topic;
      s.topic ||= topic;
      scores.set(value, s);
    }
  }
  // On a tie a thing named outright beats one only hinted at (drilling beats "next door": the noise is the
  // complaint, the neighbour only where it comes from); then the later one wins.
  return [...scores.values()].sort(
    (a, b) =>
      Number(b.topic === true) - Number(a.topic === true) ||
      b.score - a.score ||
      Number(b.named) - Number(a.named) ||
      b.last - a.last,
  );
}

/**
 * A phrase listed both as a name and as a hint (隔籬屋) counts once, at its strongest: whether another
 * meaning of the phrase gives the same slot and value more weight, or as much and comes first.
 */
function outweighed(meanings: readonly Meaning[], i: number): boolean {
  const m = meanings[i]!;
  if (m.slot !== 'kind' && m.slot !== 'category') return false;
  for (let j = 0; j < meanings.length; j++) {
    const o = meanings[j]!;
    if (j === i || o.slot !== m.slot || o.value !== m.value) continue;
    if (o.weight > m.weight || (o.weight === m.weight && j < i)) return true;
  }
  return false;
}

/** The best, unless two are equal in every way (其他 with no kind to tell which). */
function best<T>(ranked: readonly Scored<T>[]): { top: Scored<T>; runnerUp: number } | null {
  const [top, second] = ranked;
  if (top === undefined) return null;
  if (second !== undefined && second.score === top.score && second.named === top.named && second.last === top.last)
    return null;
  return { top, runnerUp: second === undefined ? 0 : second.score / top.score };
}

export function fillKindAndCategory(
  result: IntentResult,
  confidence: Partial<Record<keyof IntentResult, number>>,
  hits: readonly Hit[],
  catalogue: readonly Category[],
  knownKind: Kind | undefined,
  rejects: Rejected,
  context: {
    asked: Expect;
    offTopic: boolean;
    /** Whether the clause of a token holds talk not meant for the kiosk. */
    offTopicAt: (token: number) => boolean;
    hedged: boolean;
    topical: ReadonlySet<Hit>;
    /** Category words said as where a story happens (places.ts). */
    placed?: ReadonlySet<Hit>;
    /** The kind a story tells with a thing and its trouble (situations.ts), if one does. */
    storyKind?: Kind;
    /** Whether a condition fears the story's trouble (万一着火我们往哪跑): the story is a complaint of a hazard. */
    fears?: boolean;
  },
) {
  const kindOf = new Map(catalogue.map((c) => [c.code, c.kind]));
  const kinds = weigh<Kind>(hits, 'kind', () => true, rejects, context.topical);
  // Unsure between two kinds it names ("我也不知道这算投诉还是算建议", "I don't know if it's a complaint
  // or a suggestion"): the resident has not chosen, so neither is taken.
  if (context.hedged && knownKind === undefined && kinds.length >= 2 && kinds.some((k) => k.named)) return;
  let said = best(kinds);
  let categories = weigh<string>(
    hits,
    'category',
    (code) => kindOf.has(code),
    rejects,
    context.topical,
    context.placed,
  );
  // A kind only hinted at (能不能在…) gives way to a category named outright, and more often, of another kind.
  const named = categories.find((c) => c.named);
  // Unless the thing named has a like in the hinted kind: 不如搞個太極班 asks for an activity, it does not book one.
  // A kind a story tells is backed by the story's category too (饭馆的排风扇轰隆轰隆: noise, for a complaint).
  const backing = (kind: Kind) =>
    Math.max(0, ...categories.filter((c) => kindOf.get(c.value) === kind).map((c) => c.score));
  // A story's kind outweighed only by a suggestion's word with no wish (啲老人家行唔到: who suffers, not what is
  // asked) stands, and is asked back: the word may be a wish said in words no frame holds.
  let overruled = false;
  if (said !== null && !said.top.named && named !== undefined && named.score > said.top.score)
    if (
      kindOf.get(named.value) !== said.top.value &&
      counterpartsIn([named], said.top.value, kindOf).length === 0 &&
      !(
        context.storyKind === said.top.value &&
        (backing(said.top.value) >= named.score || (context.fears === true && said.top.value === 'complaint'))
      )
    ) {
      if (context.storyKind === said.top.value && kindOf.get(named.value) === 'suggestion' && knownKind === undefined)
        overruled = true;
      else said = null;
    }
  // Asked what they came for, a resident who names no kind must name a category outright: a stray word
  // ("my son works nights") or talk meant for someone else (我在等我老伴) is no request. A topic of a
  // suggestion (看了场电影) is no suggestion either until they ask for something.
  if (said === null && knownKind === undefined && context.asked !== 'category') {
    categories = context.offTopic
      ? []
      : categories.filter((c) => c.named && kindOf.get(c.value) !== 'suggestion' && c.score >= 1);
  }
  const within = (kind: Kind) => categories.filter((c) => kindOf.get(c.value) === kind);
  let pick: ReturnType<typeof best<string>>;
  // On the category step the kind is settled: "services" there is a suggestion's category, not a new kind.
  let borrowed = false;
  if (knownKind !== undefined && context.asked === 'category') {
    pick = best(within(knownKind));
    // Nothing of the kind chosen, but the like of it in another kind (防火 is public safety, said while
    // making a suggestion): its counterpart here, asked about before it is taken.
    if (pick === null && within(knownKind).length === 0) {
      pick = best(counterpartsIn(categories, knownKind, kindOf));
      borrowed = pick !== null;
    }
  } else if (said !== null) {
    pick = best(within(said.top.value));
    if (pick === null && within(said.top.value).length === 0) {
      pick = best(counterpartsIn(categories, said.top.value, kindOf));
      borrowed = pick !== null;
    }
  } else if (knownKind !== undefined && within(knownKind).length > 0) pick = best(within(knownKind));
  else pick = best(categories);

  // On the category step too, talk not meant for the kiosk ("my son works at the job centre actually")
  // with only one short thing named in its clause and no request (就好啦, "could you") chooses nothing: a stray
  // word, not the category.
  if (
    pick !== null &&
    kinds.length === 0 &&
    context.offTopicAt(pick.top.last - 1) &&
    pick.top.score < STORY_WEIGHT &&
    pick.top.topic !== true
  )
    pick = null;
  // Asked to have a quarrel settled (找个人给我们说和, 幫我哋兩個傾掂佢, "someone to sort it out between us")
  // after telling what it is about (押金, 房东): the settling is what they came for, the quarrel the story.
  const settle = pick === null ? undefined : categories.find((c) => SETTLING.has(c.value) && c.named);
  if (
    pick !== null &&
    settle !== undefined &&
    settle.last > pick.top.last &&
    kindOf.get(settle.value) === kindOf.get(pick.top.value)
  )
    pick = { top: settle, runnerUp: 0 };
  if (pick !== null) {
    result.category = pick.top.value;
    confidence.category =
      pick.top.quality * (pick.top.named ? 0.9 : 0.65) * (1 - 0.3 * pick.runnerUp) * (borrowed ? 0.65 : 1);
  }
  if (said !== null) {
    result.kind = said.top.value;
    confidence.kind = said.top.quality * (said.top.named ? 0.95 : 0.7) * (1 - 0.3 * said.runnerUp);
    // A kind only hinted at, with nothing named (如果聽日天氣好就去飲茶: 如果 alone), may be talk: asked back.
    if (!said.top.named && result.category === null && knownKind === undefined)
      confidence.kind = Math.min(confidence.kind, UNSURE);
  } else if (result.category !== null) {
    result.kind = kindOf.get(result.category)!;
    confidence.kind = confidence.category! * 0.95;
    // Asked what they came for, a resident who names no kind and only one short thing (电梯, "the
    // hospital") may be talking about their day ("这电梯人真多", "my daughter's a nurse at the hospital"):
    // asked before it is taken, never acted on as it is.
    if (
      knownKind === undefined &&
      context.asked !== 'category' &&
      pick !== null &&
      pick.top.score < STORY_WEIGHT &&
      pick.top.topic !== true
    ) {
      confidence.kind = Math.min(confidence.kind, UNSURE);
      confidence.category = Math.min(confidence.category!, UNSURE);
    }
  }
  if (overruled) {
    if (confidence.kind !== undefined) confidence.kind = Math.min(confidence.kind, UNSURE);
    if (confidence.category !== undefined) confidence.category = Math.min(confidence.category, UNSURE);
  }
}

/** Categories said right beside a topic word: 卫生方面, 关于安全, "something about safety". */
export function topicalOf(chosen: readonly Hit[], owner: readonly (Hit | null)[]): Set<Hit> {
  const out = new Set<Hit>();
  chosen.forEach((h, i) => {
    const after = chosen.slice(i + 1).find((n) => !isFiller(n));
    // A correction of something said before ("not activities, I mean safety", 不是噪音，我是说卫生) names what
    // was meant right after it: the topic too. With nothing said before, "wait" is only waiting.
    const corrects = chosen.slice(0, i).some((b) => names(b) || hasCue(b, 'negator') || hasCue(b, 'verbNegator'));
    if (hasCue(h, 'correction') && !hasCue(h, 'topic')) {
      if (!corrects) return;
      if (after !== undefined && names(after) && wordsSaid(owner, h.end, after.start) === 0) out.add(after);
      return;
    }
    if (!hasCue(h, 'topic')) return;
    const before = chosen.slice(0, i).findLast((n) => !isFiller(n));
    // The topic is what follows the word when something does ("a letter about my rent" is about the rent);
    // what precedes it only when nothing follows (卫生方面, "hygiene-wise").
    if (after !== undefined && names(after) && wordsSaid(owner, h.end, after.start) === 0) out.add(after);
    else if (before !== undefined && names(before) && wordsSaid(owner, before.end, h.start) === 0) out.add(before);
  });
  return out;
}

/** The default catalogue's ways of settling a quarrel between two parties. */
const SETTLING = new Set(['svc.mediation']);

/** How much a category must be said, with no kind, to be taken without asking: more than one short word. */
const STORY_WEIGHT = 3;
/** Below the dialog's default confirmation threshold (0.6): the kiosk asks "did you say …?". */
export const UNSURE = 0.55;

/** Takes back a kind and category weighed and set aside: nothing is taken, and the kiosk asks again. */
export function forgetKindAndCategory(
  result: IntentResult,
  confidence: Partial<Record<keyof IntentResult, number>>,
): void {
  result.kind = null;
  result.category = null;
  delete confidence.kind;
  delete confidence.category;
}
