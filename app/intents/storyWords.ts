import type { Category } from '../domain/catalogue';
import type { Kind } from '../domain/kinds';
import { type Hit, names } from './hits';
import type { ShapeFound } from './shapes';
import type { Situation } from './situations';
import { hasCue } from './understand';

/*
 * What is said around a story (situations.ts) that belongs to it: the question that asks what to do about it,
 * the condition that fears it, a sound-alike inside its words, and a category word that is its own thing or
 * trouble. match.ts weighs what is left.
 */

/**
 * "What should I do" (我该怎么办, 我應該點做) said after a story told with its thing and trouble in another
 * clause (有人打电话让我转钱，我该怎么办) asks what to do about the story, not how to use the kiosk.
 */
export function asksWhatToDo(h: Hit | ShapeFound, story: Situation, clause: readonly number[]): boolean {
  const help =
    'phrase' in h ? h.phrase.meanings.some((m) => m.slot === 'command' && m.value === 'help') : h.command === 'help';
  // Or said after the story in its own unpunctuated clause ("…and now four thousand dollars is gone what do I do"):
  // a story told in full before it is what they ask about (round twenty-four).
  return (
    help && story.tells?.quality === 1 && (clause[story.tells.start] !== clause[h.start] || story.tells.end <= h.start)
  );
}

/**
 * The phrases that still count beside a story: a condition whose clause tells a trouble (这要是再有人摔了谁负责,
 * "if someone falls again") is a fear or a threat, not a wish, and its hint of a suggestion goes (one
 * character, 吓 in 巡吓, says too little); a word heard only by its sound inside the story's own words (一见 in
 * 一见人就扑 sounds like 意见) is the story's.
 */
export function heardBeside(
  said: readonly Hit[],
  story: Situation,
  clause: readonly number[],
  /** Every phrase chosen: a condition that names nothing (万一, "what if") still fears what follows it. */
  chosen: readonly Hit[] = said,
): Hit[] {
  const feared = fearedBy(story, clause);
  const fears = fearsIn(chosen, story, clause);
  // What the condition fears (火燭 in 如果真係有火燭點走, "what happens if there's a fire") is the fear, not what
  // they came for: a category word on the feared trouble itself goes with the condition.
  const fearedWords = fears.flatMap(feared);
  const fearedWord = (h: Hit) =>
    h.phrase.meanings.every((m) => m.slot === 'category') &&
    fearedWords.some((t) => t.start < h.end && h.start < t.end);
  const misheard = (h: Hit) => h.quality < 1 && story.words.some((w) => w.start <= h.start && h.end <= w.end);
  return said.filter((h) => !fears.includes(h) && !fearedWord(h) && !misheard(h));
}

const fearedBy = (story: Situation, clause: readonly number[]) => (h: Hit) =>
  story.troubles.filter((t) => t.end - t.start >= 2 && t.start >= h.end && clause[t.start] === clause[h.start]);

/**
 * The conditions said that fear a trouble of the story (万一着火, 如果再有人摔了, "if someone falls again"): one
 * that names nothing (万一, "what if") only after a story told with its thing and trouble ("it'd be lovely if
 * somebody could help with the forms" fears nothing).
 */
export function fearsIn(said: readonly Hit[], story: Situation, clause: readonly number[]): Hit[] {
  const feared = fearedBy(story, clause);
  const told = story.tells?.quality === 1;
  return said.filter((h) => hasCue(h, 'wish') && (told || names(h)) && feared(h).length > 0);
}

/**
 * Whether a phrase that names only categories is one of a story's own words — it shares words with a thing or
 * a trouble paired in a reading — and gives way to the story, which stands for it:
 * - a suggestion's word in a story that tells a complaint or a service (with no suggestion chosen): 门卫 in
 *   门卫老在传达室睡觉 (the estate's guard, not a safety wish), 好黑 in 樓梯好黑 (a trouble told);
 * - a word of another kind than the story tells (or the kind chosen), that no pair it is in points to:
 *   广场舞 in 想学跳广场舞 (a pastime to learn, not the noise of one).
 * - a word inside a longer thing or trouble whose readings point elsewhere ("light" in "lights incense").
 * A word of the story's kind (業主 is legal advice, 加租 a home to find) is weighed as it is, and asked back
 * when the story disagrees (storyDisagrees).
 */
export function storyWord(h: Hit, story: Situation, catalogue: readonly Category[], known?: Kind): boolean {
  const told = story.tells?.kind;
  const categories = h.phrase.meanings.filter((m) => m.slot === 'category').map((m) => m.value);
  if (told === undefined || categories.length === 0 || h.phrase.meanings.some((m) => m.slot === 'kind')) return false;
  // A word inside a longer thing or trouble of the story ("light" in "lights incense"), none of whose readings
  // points to its category, is part of that word, whatever its kind.
  const longer = (w: { start: number; end: number }) =>
    w.start <= h.start && h.end <= w.end && w.end - w.start > h.end - h.start;
  const inside = story.words.filter(longer);
  if (inside.length > 0 && inside.every((w) => categories.every((c) => !w.to.includes(c)))) return true;
  // So is one inside a trouble told alone ("lift" in "can't lift him") that no reading of the story points to.
  const pointed = (c: string) =>
    story.hits.some(
      (s) =>
        s.start <= h.start && h.end <= s.end && s.phrase.meanings.some((m) => m.slot === 'category' && m.value === c),
    );
  if (inside.length === 0 && story.troubles.some(longer) && categories.every((c) => !pointed(c))) return true;
  // A catch-all word among the story's own words (户口 and 开个证明 in a grandson's school place, the default
  // catalogue's `.other` codes) gives way to what the story reads: the papers are the school's.
  const catchAll = categories.every((c) => c.endsWith(OTHER));
  if (
    catchAll &&
    story.tells?.quality === 1 &&
    story.words.some((w) => w.start < h.end && h.start < w.end && !w.to.some((c) => c.endsWith(OTHER)))
  )
    return true;
  const kinds = categories.map((c) => catalogue.find((k) => k.code === c)?.kind);
  if (kinds.some((k) => k === told || (known !== undefined && k === known))) return false;
  const within = story.words.filter((w) => w.start < h.end && h.start < w.end);
  if (within.length === 0) return false;
  if (told !== 'suggestion' && kinds.every((k) => k === 'suggestion')) return true;
  return within.every((w) => categories.every((c) => !w.to.includes(c)));
}

/** The default catalogue's catch-all categories (svc.other, cmp.other, sug.other) end so. */
const OTHER = '.other';

/**
 * The phrases said, less each hint of a category (修 or 冇人理's half-weighed 物業) that is a word of a trouble
 * told alone which the story already reads as that category (没人修: left unmended, the estate's neglect),
 * while the story pairs a thing with its trouble elsewhere (长椅 砸烂了: a bench smashed, a facility): the thing
 * that is broken decides, and the unmended word is not weighed a second time to outweigh it. A kind the
 * phrase names (冇人理 is a complaint) still counts.
 */
export function withoutEchoes(said: readonly Hit[], story: Situation, storyHits: readonly Hit[]): Hit[] {
  const reads = (s: Hit, code: string) => s.phrase.meanings.some((m) => m.slot === 'category' && m.value === code);
  const echoed = (h: Hit, code: string) =>
    storyHits.some((s) => s.quality < 1 && s.start <= h.start && h.end <= s.end && reads(s, code)) &&
    storyHits.some((s) => s.quality === 1 && !reads(s, code));
  return said.flatMap((h) => {
    if (!story.troubles.some((t) => t.start <= h.start && h.end <= t.end)) return [h];
    const meanings = h.phrase.meanings.filter((m) => m.slot !== 'category' || m.weight >= 1 || !echoed(h, m.value));
    if (meanings.length === h.phrase.meanings.length) return [h];
    return meanings.some((m) => m.slot === 'kind' || m.slot === 'category')
      ? [{ ...h, phrase: { ...h.phrase, meanings } }]
      : [];
  });
}

/**
 * The phrases said, less the word for a neighbour who only fell or was hurt (隔籬屋 in 隔籬屋阿婆踢到跌低, "my
 * neighbour" in "my neighbour slipped in the underpass"), when the story pairs a thing with its trouble that
 * points elsewhere (地磚爆咗: the lobby floor, a facility): the thing that is broken decides, not the person hurt.
 */
export function withoutWhoWasHurt(said: readonly Hit[], story: Situation, storyHits: readonly Hit[]): Hit[] {
  const hurt = story.hurt ?? [];
  if (hurt.length === 0) return [...said];
  const reads = (code: string) =>
    storyHits.some((s) => s.quality === 1 && s.phrase.meanings.some((m) => m.slot === 'category' && m.value === code));
  const elsewhere = storyHits.some((s) => s.quality === 1);
  return said.filter(
    (h) =>
      !elsewhere ||
      h.phrase.meanings.some((m) => m.slot !== 'category' && m.slot !== 'filler') ||
      !hurt.some((w) => h.start < w.end && w.start < h.end) ||
      h.phrase.meanings.some((m) => m.slot === 'category' && reads(m.value)),
  );
}

/**
 * The story less what is said inside thinking aloud ("it's slipped my mind", "on the tip of my tongue"): a
 * trouble's word within a hedge's words is the hedge's, no trouble told.
 */
export function beyondHedges(story: Situation, chosen: readonly Hit[]): Situation {
  const hedges = chosen.filter((h) => hasCue(h, 'hedge'));
  const inside = (s: { start: number; end: number }) => hedges.some((h) => h.start <= s.start && s.end <= h.end);
  if (!story.troubles.some(inside)) return story;
  return {
    ...story,
    hits: story.hits.filter((h) => !inside(h)),
    words: story.words.filter((w) => !inside(w)),
    troubles: story.troubles.filter((t) => !inside(t)),
    tells: story.tells !== null && inside(story.tells) ? null : story.tells,
  };
}

/**
 * The phrases said, less the categories of a fault's own words (楼道灯 坏了 as facilities, "coming through my
 * ceiling" as a neighbour's) when the story reads who is to answer for it (a fee paid for the estate's upkeep
 * and the fault left: the property company) — the kind stays, and so does the category of who answers.
 */
export function withoutOverruled(said: readonly Hit[], story: Situation, catalogue: readonly Category[]): Hit[] {
  const overrules = story.overrules ?? [];
  if (overrules.length === 0) return [...said];
  const kindOf = (code: string) => catalogue.find((c) => c.code === code)?.kind;
  const kinds = new Set(overrules.map(kindOf));
  const onFault = (h: Hit) => story.words.some((w) => h.start < w.end && w.start < h.end);
  return said.flatMap((h) => {
    if (!onFault(h)) return [h];
    const meanings = h.phrase.meanings.filter(
      (m) => m.slot !== 'category' || overrules.includes(m.value) || !kinds.has(kindOf(m.value)),
    );
    if (meanings.length === h.phrase.meanings.length) return [h];
    return meanings.some((m) => m.slot === 'kind' || m.slot === 'category')
      ? [{ ...h, phrase: { ...h.phrase, meanings } }]
      : [];
  });
}

/**
 * Whether talk that would be off-topic (行過, "walking past") is said in the clause of the story itself: of a
 * thing and its trouble paired (打電話嚟 … 要我過數: the call was the scam; 以前個站喺街市門口: where the stop was),
 * or beside a trouble that tells alone (行過都要揞住個鼻: walking past is where the stink is met) — not the talk
 * itself read as a trouble (歇歇脚).
 */
export function toldInStory(h: Hit, story: Situation, clause: readonly number[]): boolean {
  return (
    story.words.some((w) => clause[w.start] === clause[h.start]) ||
    story.hits.some(
      (s) => s.quality < 1 && clause[s.start] === clause[h.start] && (s.end <= h.start || h.end <= s.start),
    )
  );
}

/** Where a crime told is reported: the catalogue's own category for the police. */
const POLICE = 'svc.public-safety';

/**
 * The phrases said, with a report word's complaint (举报, 舉報, "I want to report it") read as a service when the
 * story's strongest reading is a crime told with its thing (a call that asked for money, a theft): the report goes
 * to the police. Beside a fault or a nuisance ("I want to report the broken lift") it stays a complaint.
 */
export function reportedToThePolice(said: readonly Hit[], story: Situation): Hit[] {
  const tells = story.tells;
  if (tells === null || tells.quality < 1 || tells.kind !== 'service' || !tells.to.includes(POLICE)) return [...said];
  return said.map((h) => {
    if (!hasCue(h, 'report')) return h;
    const meanings = h.phrase.meanings.map((m) =>
      m.slot === 'kind' && m.value === 'complaint' ? { ...m, value: 'service' as const } : m,
    );
    return { ...h, phrase: { ...h.phrase, meanings } };
  });
}

/**
 * The phrases said, less a suggestion only hinted (能不能在, 可唔可以) right after a trouble of the story told in
 * its clause (不知道能不能在这上学, 唔知可唔可以喺度讀書, "don't know if he can go to school here"): whether they
 * can is the resident's own question about the story, a service asked, not a wish for the centre. `story` is the
 * story as told, its doubt (不知道) still among its troubles.
 */
export function withoutWhetherAsked(said: readonly Hit[], story: Situation, clause: readonly number[]): Hit[] {
  if (story.tells === null || story.tells.quality < 1 || story.tells.kind !== 'service') return [...said];
  const hinted = (h: Hit) =>
    h.phrase.meanings.every((m) => m.slot !== 'category') &&
    h.phrase.meanings.some((m) => m.slot === 'kind') &&
    h.phrase.meanings.every((m) => m.slot !== 'kind' || (m.value === 'suggestion' && m.weight < 1));
  return said.filter(
    (h) => !hinted(h) || !story.troubles.some((t) => t.end === h.start && clause[t.start] === clause[h.start]),
  );
}
