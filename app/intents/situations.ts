import type { Category } from '../domain/catalogue';
import type { Kind } from '../domain/kinds';
import type { CompiledPhrase, IntentGrammar, Meaning } from './grammar';
import type { Hit } from './hits';
import { type Token, tokenise } from './normalise';

/*
 * Stories without a keyword, read as situations (issue 14, seventh round). Residents tell what happened
 * and what it does to them — "the stairs smell of cat every morning", 楼上小孩天天跑来跑去我头都痛了,
 * 部lift成日停喺半路 — and name no category. A story holds a THING or place (the stairwell, the lift, the
 * neighbour's dog, the landlord) and a TROUBLE (smells, leaks, stuck, lost, can't sleep); a pair of them,
 * or a trouble that alone is telling, points to a category. The words are the grammar's `situations`
 * cue lists, matched as written; the pairs are below, the same in every language.
 *
 * It is a hint, weighed below a category named outright, and a stray word never decides: a thing
 * without a trouble is nothing ("my son works nights"), and so is a trouble of the resident's own life
 * (tired, busy) — no such trouble is listed. A story of trouble told without a request hints at a
 * complaint; one whose only reading is a service (a lost card, unpaid wages) hints at a service.
 */

export const THINGS = [
  'stairs',
  'lift',
  'lights',
  'path',
  'fixture',
  'pipe',
  'bins',
  'animal',
  'neighbour',
  'kin',
  'bill',
  'card',
  'money',
  'job',
  'home',
  'school',
  'gate',
  'place',
  'elders',
  'retired',
  'phone',
  'benefit',
  'medicine',
  'traffic',
  'gas',
] as const;
export type Thing = (typeof THINGS)[number];

export const TROUBLES = [
  'smell',
  'dirt',
  'unemptied',
  'noise',
  'sleepless',
  'leak',
  'broken',
  'stuck',
  'dark',
  'fall',
  'afraid',
  'attack',
  'blocked',
  'unguarded',
  'scam',
  'lost',
  'refused',
  'unpaid',
  'jobless',
  'evicted',
  'mistreat',
  'quarrel',
  'settle',
  'overcharged',
  'neglect',
  'bare',
  'lonely',
  'idle',
  'bereaved',
  'unsure',
  'smoke',
  'throw',
  'stopped',
  'cantget',
  'danger',
  'speeding',
] as const;
export type Trouble = (typeof TROUBLES)[number];

/** A language's situation words (`locales/<lng>/intents.json`, `situations`). */
export interface SituationWords {
  things: Partial<Record<Thing, string[]>>;
  troubles: Partial<Record<Trouble, string[]>>;
}

/**
 * A pair of a thing and a trouble (or a trouble alone, `things: null`) and the categories it points to,
 * one per kind at most; `tells` is the kind the story itself asks for when no kind is said. `strength`
 * orders readings of one story: a person's trouble (a son who won't let them in) outweighs the place's
 * (a flat they cannot enter).
 */
interface Rule {
  things: readonly Thing[] | null;
  troubles: readonly Trouble[];
  to: readonly string[];
  tells?: Kind;
  /** The kind it tells is only a guess: read back, never taken as it is. */
  unsure?: boolean;
  strength?: number;
}

const PLACES: readonly Thing[] = ['stairs', 'bins', 'pipe', 'place', 'path', 'animal', 'gate'];
const FIXED: readonly Thing[] = ['lift', 'lights', 'path', 'fixture', 'gate'];
const SAFETY = ['sug.safety', 'svc.public-safety'];

const RULES: readonly Rule[] = [
  // Rubbish and sanitation.
  { things: PLACES, troubles: ['smell', 'dirt'], to: ['cmp.sanitation', 'sug.environment'], tells: 'complaint' },
  { things: ['bins'], troubles: ['unemptied', 'neglect'], to: ['cmp.sanitation'], tells: 'complaint', strength: 1.5 },
  { things: ['pipe'], troubles: ['blocked'], to: ['cmp.sanitation'], tells: 'complaint' },
  {
    things: null,
    troubles: ['smell', 'dirt', 'unemptied'],
    to: ['cmp.sanitation', 'sug.environment'],
    tells: 'complaint',
  },
  // Noise.
  {
    things: ['neighbour', 'animal', 'place', 'stairs'],
    troubles: ['noise', 'sleepless'],
    to: ['cmp.noise'],
    tells: 'complaint',
  },
  { things: null, troubles: ['noise'], to: ['cmp.noise'], tells: 'complaint' },
  { things: null, troubles: ['sleepless'], to: ['cmp.noise'], tells: 'complaint', strength: 0.7 },
  // Neighbours: what comes from their flat (water, smoke, cooking, their things) is theirs.
  {
    things: ['neighbour'],
    troubles: ['leak', 'blocked', 'attack', 'smell', 'smoke', 'throw'],
    to: ['cmp.neighbour', 'svc.mediation'],
    tells: 'complaint',
    strength: 1.3,
  },
  { things: null, troubles: ['throw'], to: ['cmp.neighbour'], tells: 'complaint' },
  { things: ['animal'], troubles: ['attack', 'afraid'], to: ['cmp.neighbour', 'sug.safety'], tells: 'complaint' },
  { things: ['stairs'], troubles: ['blocked'], to: ['cmp.neighbour', 'svc.public-safety'], tells: 'complaint' },
  { things: ['neighbour'], troubles: ['quarrel', 'settle'], to: ['svc.mediation', 'cmp.neighbour'] },
  { things: null, troubles: ['settle'], to: ['svc.mediation'] },
  // Facilities.
  { things: ['pipe'], troubles: ['leak', 'broken'], to: ['cmp.facilities', 'svc.housing'], tells: 'complaint' },
  {
    things: FIXED,
    troubles: ['broken', 'stuck', 'dark', 'fall', 'danger', 'lost'],
    to: ['cmp.facilities', 'sug.safety'],
    tells: 'complaint',
  },
  { things: ['place', 'stairs'], troubles: ['dark', 'fall'], to: ['cmp.facilities', 'sug.safety'], tells: 'complaint' },
  {
    things: null,
    troubles: ['stuck', 'dark', 'fall'],
    to: ['cmp.facilities', 'sug.safety'],
    tells: 'complaint',
    strength: 0.7,
  },
  { things: ['gas'], troubles: ['smell'], to: [...SAFETY, 'cmp.facilities'], strength: 1.5 },
  // Property management: reported and never mended, whatever broke, or charged for nothing.
  { things: null, troubles: ['neglect'], to: ['cmp.property'], tells: 'complaint', strength: 1.2 },
  {
    things: ['pipe', 'lift', 'lights', 'fixture', 'gate', 'path'],
    troubles: ['neglect'],
    to: ['cmp.property'],
    tells: 'complaint',
    strength: 1.5,
  },
  { things: ['bill'], troubles: ['overcharged', 'neglect'], to: ['cmp.property'], tells: 'complaint', strength: 1.5 },
  // Family.
  { things: ['kin'], troubles: ['mistreat'], to: ['cmp.family', 'svc.mediation'], tells: 'complaint', strength: 2 },
  { things: ['kin'], troubles: ['quarrel'], to: ['cmp.family', 'svc.mediation'], tells: 'complaint', strength: 1.5 },
  // Services a story asks for.
  { things: ['home'], troubles: ['evicted'], to: ['svc.housing', 'cmp.property'], tells: 'service' },
  { things: ['card'], troubles: ['lost', 'refused'], to: ['svc.social-security'], tells: 'service' },
  // A pension or allowance stopped or missing is social security, not wages unpaid.
  {
    things: ['benefit'],
    troubles: ['stopped', 'lost', 'unpaid', 'refused'],
    to: ['svc.social-security'],
    tells: 'service',
    strength: 1.5,
  },
  { things: ['money', 'card', 'benefit'], troubles: ['bereaved'], to: ['svc.social-security'], tells: 'service' },
  { things: ['money', 'job'], troubles: ['unpaid'], to: ['svc.employment'], tells: 'service' },
  { things: null, troubles: ['unpaid', 'jobless'], to: ['svc.employment'], tells: 'service' },
  { things: ['medicine'], troubles: ['cantget', 'refused', 'stopped'], to: ['svc.health'], tells: 'service' },
  { things: ['school'], troubles: ['unsure', 'refused'], to: ['svc.education'], tells: 'service' },
  // Safety.
  { things: ['phone', 'money', 'card'], troubles: ['scam'], to: SAFETY },
  { things: null, troubles: ['scam'], to: SAFETY },
  { things: ['gate', 'place'], troubles: ['unguarded', 'dark', 'afraid'], to: SAFETY },
  { things: null, troubles: ['unguarded'], to: SAFETY },
  { things: ['traffic'], troubles: ['speeding', 'danger', 'fall'], to: SAFETY },
  { things: null, troubles: ['speeding', 'danger'], to: SAFETY },
  // What the community lacks (suggestions).
  { things: null, troubles: ['bare'], to: ['sug.environment'] },
  // Told of others in the community (old folk alone, retired neighbours idle), a lack is a suggestion —
  // asked back, since a resident may be telling of their own life.
  { things: ['elders'], troubles: ['lonely'], to: ['sug.elderly'], tells: 'suggestion', unsure: true },
  { things: null, troubles: ['lonely'], to: ['sug.elderly'] },
  { things: null, troubles: ['idle'], to: ['sug.activities', 'svc.culture-sports'] },
  {
    things: ['retired', 'elders'],
    troubles: ['idle'],
    to: ['sug.activities', 'svc.culture-sports'],
    tells: 'suggestion',
    unsure: true,
  },
];

interface Cue<T> {
  /** A word may belong to more than one class (不给钱: unpaid wages, or a son who keeps his mother short). */
  whats: T[];
  texts: string[];
}
interface Compiled {
  /** By the first token of each word, longest first. */
  things: Map<string, Cue<Thing>[]>;
  troubles: Map<string, Cue<Trouble>[]>;
  /** Negators as tokens, by their last: a trouble said right after one ("the lift isn't broken", 电梯没坏) is none. */
  negators: Map<string, string[][]>;
}

const compiledWords = new WeakMap<IntentGrammar, Compiled>();

function byLast(words: string[][]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const w of words) {
    const last = w[w.length - 1];
    if (last !== undefined) out.set(last, [...(out.get(last) ?? []), w]);
  }
  return out;
}

/** The rules each trouble takes part in, so a story costs its own troubles' rules, not the whole table. */
const RULES_BY_TROUBLE = new Map<Trouble, Rule[]>();
for (const rule of RULES)
  for (const t of rule.troubles) RULES_BY_TROUBLE.set(t, [...(RULES_BY_TROUBLE.get(t) ?? []), rule]);

function index<T extends string>(table: Partial<Record<T, string[]>>): Map<string, Cue<T>[]> {
  const out = new Map<string, Cue<T>[]>();
  for (const [what, words] of Object.entries(table) as [T, string[]][]) {
    for (const word of words) {
      const texts = tokenise(word).map((t) => t.text);
      const first = texts[0];
      if (first === undefined) continue;
      const list = out.get(first) ?? [];
      const same = list.find((c) => c.texts.join(' ') === texts.join(' '));
      if (same === undefined) out.set(first, [...list, { whats: [what], texts }]);
      else if (!same.whats.includes(what)) same.whats.push(what);
    }
  }
  for (const list of out.values()) list.sort((a, b) => b.texts.length - a.texts.length);
  return out;
}

function compiledFor(grammar: IntentGrammar): Compiled {
  let out = compiledWords.get(grammar);
  if (out === undefined) {
    const words = grammar.situations ?? { things: {}, troubles: {} };
    out = {
      things: index(words.things),
      troubles: index(words.troubles),
      negators: byLast(
        [...grammar.cues.negator, ...grammar.cues.verbNegator].map((n) => tokenise(n).map((t) => t.text)),
      ),
    };
    compiledWords.set(grammar, out);
  }
  return out;
}

interface Found<T> {
  whats: readonly T[];
  start: number;
  end: number;
}

/** Leftmost-longest words of one table, without overlaps. */
function scan<T>(tokens: readonly Token[], table: Map<string, Cue<T>[]>): Found<T>[] {
  const out: Found<T>[] = [];
  for (let i = 0; i < tokens.length; ) {
    const cue = table.get(tokens[i]!.text)?.find((c) => c.texts.every((t, k) => tokens[i + k]?.text === t));
    if (cue === undefined) i++;
    else {
      out.push({ whats: cue.whats, start: i, end: i + cue.texts.length });
      i += cue.texts.length;
    }
  }
  return out;
}

/** Whether a negator ends right before `start`, or one word before it (没怎么坏, "isn't really broken"). */
function negated(tokens: readonly Token[], start: number, negators: ReadonlyMap<string, string[][]>): boolean {
  for (const end of [start, start - 1]) {
    const last = tokens[end - 1];
    if (last === undefined) continue;
    for (const n of negators.get(last.text) ?? []) {
      let k = n.length - 1;
      while (k >= 0 && tokens[end - n.length + k]?.text === n[k]) k--;
      if (k < 0) return true;
    }
  }
  return false;
}

/**
 * How much a situation weighs a word: a hint (a category named outright weighs 1 a word), at most three
 * characters' worth — half that in English, where one word names as much as two characters.
 */
const WEIGHT = 0.6;
const MAX_MASS = 3;
/** A trouble alone, with no thing, is read back before it is acted on. */
const ALONE = 0.8;

export interface Situation {
  /** One hint per reading: its categories (a hint each) and, when the story asks for one, its kind. */
  hits: Hit[];
  /** The kind the strongest reading tells, with how sure (1 with a thing, ALONE without), or null. */
  tells: { kind: Kind; quality: number; start: number; end: number } | null;
}

/**
 * The situations an utterance tells, as hits for fillKindAndCategory to weigh beside the phrases found.
 * `clause` keeps a thing and its trouble in one sentence's reach: the same clause or the next.
 */
export function situationsOf(grammar: IntentGrammar, tokens: readonly Token[], clause: readonly number[]): Situation {
  const words = compiledFor(grammar);
  if (words.things.size === 0 && words.troubles.size === 0) return { hits: [], tells: null };
  const troubles = scan(tokens, words.troubles).filter((t) => !negated(tokens, t.start, words.negators));
  if (troubles.length === 0) return { hits: [], tells: null };
  const things = scan(tokens, words.things);
  const english = grammar.language === 'en';
  const hits: Hit[] = [];
  let tells: Situation['tells'] = null;
  let strongest = 0;
  type Best = { raw: number; start: number; end: number; quality: number };
  const bests = new Map<Rule, Best>();
  const consider = (rule: Rule, best: Best) => {
    const before = bests.get(rule);
    if (before === undefined || best.raw > before.raw) bests.set(rule, best);
  };
  for (const trouble of troubles) {
    const span = trouble.end - trouble.start;
    for (const what of trouble.whats) {
      for (const rule of RULES_BY_TROUBLE.get(what) ?? []) {
        const strength = rule.strength ?? 1;
        if (rule.things === null) {
          // One character alone (黑, 漏) says too little; an English word is a word.
          if (english || span >= 2)
            consider(rule, { raw: span * strength * ALONE, start: trouble.start, end: trouble.end, quality: ALONE });
          continue;
        }
        for (const thing of things) {
          if (!thing.whats.some((w) => rule.things!.includes(w))) continue;
          // A thing inside the trouble's own words (门 in 不敢出门) is no thing of the story.
          if (thing.start < trouble.end && trouble.start < thing.end) continue;
          if (Math.abs(clause[thing.start]! - clause[trouble.start]!) > 1) continue;
          consider(rule, {
            raw: (span + thing.end - thing.start) * strength,
            start: Math.min(thing.start, trouble.start),
            end: Math.max(thing.end, trouble.end),
            quality: 1,
          });
        }
      }
    }
  }
  const readings: ({ rule: Rule } & Best)[] = [];
  for (const rule of RULES) {
    const best = bests.get(rule);
    if (best === undefined) continue;
    readings.push({ rule, ...best });
    if (rule.tells !== undefined && best.raw > strongest) {
      strongest = best.raw;
      tells = {
        kind: rule.tells,
        quality: rule.unsure ? Math.min(best.quality, ALONE) : best.quality,
        start: best.start,
        end: best.end,
      };
    }
  }
  // Each category counts once, from its strongest reading: two readings of one story (楼道 and 捂着鼻子, and
  // 捂着鼻子 alone) are one hint, never enough together to outweigh a category named outright.
  readings.sort((a, b) => b.raw - a.raw);
  const taken = new Set<string>();
  for (const r of readings) {
    const meanings: Meaning[] = r.rule.to
      .filter((code) => !taken.has(code))
      .map((value) => ({ slot: 'category', value, weight: WEIGHT }));
    if (meanings.length === 0) continue;
    for (const m of meanings) if (m.slot === 'category') taken.add(m.value);
    const phrase: CompiledPhrase = { texts: [], meanings };
    // Bounded below a two-word category named outright; the raw figure still orders two readings.
    const mass = Math.min(english ? MAX_MASS / 2 : MAX_MASS, r.raw / r.quality) + r.raw / 100;
    hits.push({ phrase, start: r.start, end: r.end, quality: r.quality, mass });
  }
  return { hits, tells };
}

/** The kind a story tells, as a hint (half a kind named outright), for the kind and free steps; `unsure` reads it back. */
export function toldKind(tells: NonNullable<Situation['tells']>, unsure = false): Hit {
  const phrase: CompiledPhrase = { texts: [], meanings: [{ slot: 'kind', value: tells.kind, weight: 0.5 }] };
  const quality = unsure ? Math.min(tells.quality, ALONE) : tells.quality;
  return { phrase, start: tells.start, end: tells.end, quality, mass: 2 };
}

/**
 * Whether the story's strongest reading of a thing with its trouble, in the kind taken, points to another
 * category than the one taken (a drain cover gone is facilities, though 渠/"drain" names sanitation): two
 * readings disagree, so the category is asked back ("did you mean …?"), never acted on as it is.
 */
export function storyDisagrees(hits: readonly Hit[], category: string, catalogue: readonly Category[]): boolean {
  const kind = catalogue.find((c) => c.code === category)?.kind;
  let strongest: Hit | undefined;
  let code: string | undefined;
  for (const h of hits) {
    if (h.quality !== 1 || (strongest !== undefined && h.mass <= strongest.mass)) continue;
    const same = h.phrase.meanings.find(
      (m) => m.slot === 'category' && catalogue.some((c) => c.code === m.value && c.kind === kind),
    );
    if (same?.slot !== 'category') continue;
    strongest = h;
    code = same.value;
  }
  return code !== undefined && code !== category;
}
