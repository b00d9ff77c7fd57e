import type { Hit } from './hits';
import { means } from './hits';
import { hasCue } from './understand';

/*
 * The resident's point in a long, rambling utterance. Older residents tell
 * the day before the request: "I was at the market, my knee's bad you know,
 * anyway the thing is the lift…", 我啲腳唔好，去咗睇醫生幾次，算啦唔講呢啲，
 * 我想問下綜援點申請. The asides (health, family, the day) name categories
 * too (睇醫生 is health), but the point is where the request is:
 *
 * - a word that turns to the point (`point`: 总之, 說正事, 算啦唔講呢啲,
 *   "anyway", "never mind that", "what I came for") leaves what came before
 *   it an aside, when something is named after it;
 * - a clause about the resident's kin (我儿子在外地打工, "my son works
 *   abroad") before a clause where they ask for something of their own
 *   (我想申请个助餐卡, "I'd like to apply for…"): why they came, not what for;
 * - not a kind word alone: residents end a story with one (我这心脏受不了,
 *   没人管, 冇人理), and the story before it is the point.
 *
 * Only category words are set aside, never a kind: 投诉 in an aside still
 * says what they came for.
 */

const categoryOnly = (h: Hit) => means(h, 'category') && !means(h, 'kind');

/** The hits that still count once the asides before the resident's point are set aside. */
export function onThePoint(
  said: readonly Hit[],
  chosen: readonly Hit[],
  clause: readonly number[],
  /** Read only when a category stands in an earlier clause than another (most utterances: never). */
  family: () => { kin: readonly { start: number; end: number }[]; asking: ReadonlySet<number>; told: ReadonlySet<Hit> },
): Hit[] {
  // A story told (situations.ts: hits with no words of their own): whom it happens to is read apart.
  const story = said.some((h) => h.phrase.texts.length === 0 && means(h, 'category'));
  const weighed = story ? kinAsides(said, family()) : said;
  const clauseOf = (h: Hit) => clause[h.start] ?? 0;
  const namedFrom = (from: number) => weighed.some((h) => categoryOnly(h) && clauseOf(h) >= from);
  let point = -1;
  // The last turn to the point with a category named at or after it.
  for (const h of chosen) if (hasCue(h, 'point') && namedFrom(clauseOf(h))) point = Math.max(point, clauseOf(h));
  // Before the point, only a kind named outright still counts (a complaint said in passing); a hint of one
  // ("I need to rest more": a wish, not a suggestion) is an aside too.
  const outright = (h: Hit) => h.phrase.meanings.some((m) => m.slot === 'kind' && m.weight >= 1);
  const onPoint = weighed.filter((h) => clauseOf(h) >= point || (!categoryOnly(h) && outright(h)));
  const lastClause = clause[clause.length - 1] ?? 0;
  if (!onPoint.some((h) => categoryOnly(h) && clauseOf(h) < lastClause)) return onPoint;
  // A clause about the resident's kin (我儿子在外地打工) before one where they ask for something of their own
  // (我想申请个助餐卡): the son's work is why, not what.
  const { kin, asking, told } = family();
  const lastAsking = Math.max(-1, ...asking);
  // What is asked for decides over an errand told before it (我下午还要去医院量血压，想问问有没有托管班; "I've my
  // physio on Tuesdays, is there an after school club"): when the last clause that asks names a category
  // outright, the words of the clauses before it weigh as hints — the story told there as it is, and a topic
  // told at length before a short request ("the poster about the check up… can I still sign up") still wins.
  const askedFor = onPoint.some(
    (h) =>
      categoryOnly(h) &&
      clauseOf(h) === lastAsking &&
      h.phrase.texts.length > 0 &&
      h.phrase.meanings.some((m) => m.slot === 'category' && m.weight >= 1),
  );

  // A trouble told of them (my husband can't manage the stairs) is the story the request is for: kept.
  const aboutKin = (h: Hit) =>
    !told.has(h) && clauseOf(h) < lastAsking && kin.some((k) => k.start < h.start && clause[k.start] === clauseOf(h));
  // Only when the kind is said apart from them: else the kin's story is all there is to go on.
  const asides = onPoint.filter((h) => !categoryOnly(h) || !aboutKin(h));
  const kept = asides.some((h) => means(h, 'kind')) ? asides : onPoint;
  // Named as the topic ("the poster about the free check up") it is what the request is about: kept.
  const topic = (h: Hit) => chosen.some((c) => hasCue(c, 'topic') && c.end <= h.start && h.start - c.end <= 2);
  const aside = (h: Hit) => categoryOnly(h) && !told.has(h) && clauseOf(h) < lastAsking && !topic(h);
  const weighedKept = askedFor ? kept.map((h) => (aside(h) ? asHint(h) : h)) : kept;
  return withoutReasonsAfter(weighedKept, clause, lastAsking, told);
}

/**
 * The resident's request told as a story in the last clause that asks (我是想问问…能不能找个看大门的活干干: a thing
 * and its trouble there), and what is told after it in clauses that ask nothing (退休金太少了 药又贵, "my pension is
 * too small, the tablets are dear"): why they ask, not what for — the categories named there, and the stories
 * told there, that the request does not point to are set aside.
 */
function withoutReasonsAfter(
  said: readonly Hit[],
  clause: readonly number[],
  lastAsking: number,
  told: ReadonlySet<Hit>,
): Hit[] {
  if (lastAsking < 0) return [...said];
  const clauseOf = (h: Hit) => clause[h.start] ?? 0;
  const codes = (h: Hit) => h.phrase.meanings.flatMap((m) => (m.slot === 'category' ? [m.value] : []));
  // The question may follow the words that announce it (我是想问问 | 能不能找个…活): the clause after them.
  const storyIn = (n: number) =>
    [...told].filter((h) => h.quality === 1 && clauseOf(h) === n && clause[h.end - 1] === n).flatMap(codes);
  const [at, asked] = [lastAsking, lastAsking + 1]
    .map((n) => [n, storyIn(n)] as const)
    .find(([, c]) => c.length > 0) ?? [-1, []];
  if (asked.length === 0) return [...said];
  return said.filter((h) => !categoryOnly(h) || clauseOf(h) <= at || codes(h).some((c) => asked.includes(c)));
}

/** A phrase weighed as a hint of what it names: half a word named outright, at most. */
function asHint(h: Hit): Hit {
  const meanings = h.phrase.meanings.map((m) =>
    m.slot === 'category' || m.slot === 'kind' ? { ...m, weight: Math.min(m.weight, 0.5) } : m,
  );
  return { ...h, phrase: { ...h.phrase, meanings } };
}

/**
 * A kin word that names a category of its own (儿媳妇 is a family matter) in a story whose thing and trouble
 * point elsewhere (the drilling upstairs wakes the baby, 我儿媳妇眼睛都熬红了): the kin is who suffers, not
 * what is wrong. A story that points to the same category (a son who keeps the money) keeps the word.
 */
function kinAsides(
  weighed: readonly Hit[],
  { kin, told }: { kin: readonly { start: number; end: number }[]; told: ReadonlySet<Hit> },
): readonly Hit[] {
  const pointed = new Set<string>();
  for (const h of told) for (const m of h.phrase.meanings) if (m.slot === 'category') pointed.add(m.value);
  const aside = (h: Hit) =>
    categoryOnly(h) &&
    !told.has(h) &&
    kin.some((k) => k.start <= h.start && h.end <= k.end) &&
    h.phrase.meanings.every((m) => m.slot !== 'category' || !pointed.has(m.value));
  return weighed.some(aside) ? weighed.filter((h) => !aside(h)) : weighed;
}
