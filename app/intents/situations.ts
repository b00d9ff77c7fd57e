import type { Category } from '../domain/catalogue';
import type { Kind } from '../domain/kinds';
import type { CompiledPhrase, IntentGrammar, Meaning } from './grammar';
import { GRAMMARS } from './grammars';
import type { Hit } from './hits';
import { type Token, tokenise } from './normalise';
import { RULES, type Rule, type Thing, type Trouble } from './situationRules';

export { THINGS, TROUBLES } from './situationRules';

/*
 * Stories without a keyword, read as situations (issue 14, seventh round). Residents tell what happened
 * and what it does to them — "the stairs smell of cat every morning", 楼上小孩天天跑来跑去我头都痛了,
 * 部lift成日停喺半路 — and name no category. A story holds a THING or place (the stairwell, the lift, the
 * neighbour's dog, the landlord) and a TROUBLE (smells, leaks, stuck, lost, can't sleep); a pair of them,
 * or a trouble that alone is telling, points to a category. The words are the grammar's `situations`
 * cue lists, matched as written; the pairs are in situationRules.ts, the same in every language.
 *
 * It is a hint, weighed below a category named outright, and a stray word never decides: a thing
 * without a trouble is nothing ("my son works nights"), and so is a trouble of the resident's own life
 * (tired, busy) — no such trouble is listed. A story of trouble told without a request hints at a
 * complaint; one whose only reading is a service (a lost card, unpaid wages) hints at a service.
 */

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
  /** Words saying who only overheard (都听见, 都聽到, "can hear"), by their first token. */
  overheard: Map<string, Cue<'overheard'>[]>;
  /** Words that open a clause with its own subject (`SituationWords.subjects`), by their first token. */
  subjects: Map<string, Cue<'subject'>[]>;
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

function joined<T extends string>(
  own: Partial<Record<T, string[]>>,
  other: Partial<Record<T, string[]>> | undefined,
): Partial<Record<T, string[]>> {
  if (other === undefined) return own;
  const out: Partial<Record<T, string[]>> = { ...own };
  for (const [what, words] of Object.entries(other) as [T, string[]][]) out[what] = [...(own[what] ?? []), ...words];
  return out;
}

function compiledFor(grammar: IntentGrammar): Compiled {
  let out = compiledWords.get(grammar);
  if (out === undefined) {
    const words = grammar.situations ?? { things: {}, troubles: {} };
    // English words among Chinese (啲 pipe 漏水, 部 lift 成日 stuck) are things and troubles too: the
    // English lists join the Chinese ones, so a pair may be said half in each language.
    const english = grammar.language === 'en' ? undefined : GRAMMARS.en.situations;
    out = {
      things: index(joined(words.things, english?.things)),
      troubles: index(joined(words.troubles, english?.troubles)),
      negators: byLast(
        [...grammar.cues.negator, ...grammar.cues.verbNegator].map((n) => tokenise(n).map((t) => t.text)),
      ),
      overheard: index({ overheard: grammar.cues.overheard }),
      subjects: index({ subject: words.subjects ?? [] }),
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

/** Whether a negator ends right before `start` (电梯没坏), or one word before it ("isn't really broken"). */
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
/** Where a noise comes from, other than one's own kin. */
const NOISE_SOURCES: ReadonlySet<Thing> = new Set(['neighbour', 'traffic', 'animal']);
/** The things that are people: who a fall befell (伯伯, 阿婆, "the lady next door"). */
const PERSONS: ReadonlySet<Thing> = new Set(['neighbour', 'elders', 'kin']);
/** How many words may stand between a neighbour and the fall that befell them (隔籬屋阿婆上個禮拜踢到跌低). */
const HURT_REACH = 8;

export interface Situation {
  /** One hint per reading: its categories (a hint each) and, when the story asks for one, its kind. */
  hits: Hit[];
  /** Where each thing and trouble paired in a reading is said, and the categories the pair points to. */
  words: { start: number; end: number; to: readonly string[] }[];
  /** Where each trouble is said (not negated), paired or not. */
  troubles: { start: number; end: number }[];
  /**
   * Where a neighbour is named as the one who fell or was hurt (隔籬屋阿婆跌低, "the lady next door tripped"):
   * who the trouble befell, not what it is about — paired with nothing, and their word weighs nothing
   * beside a broken thing (storyWords.ts).
   */
  hurt?: { start: number; end: number }[];
  /**
   * The kind the strongest reading tells, with how sure (1 with a thing, ALONE without), or null; `guess`
   * when the rule only guesses it (read back unless the resident asks what to do about it).
   */
  tells: {
    kind: Kind;
    quality: number;
    start: number;
    end: number;
    guess: boolean;
    /** The categories its reading points to. */
    to: readonly string[];
  } | null;
  /** The categories of readings that stand for the story's other words of their kind (`Rule.overrules`). */
  overrules?: string[];
}

/** Troubles that befall a person through a facility's fault: trapped in it, fallen on it. */
const ENDANGERING: ReadonlySet<Trouble> = new Set(['stuck', 'fall', 'danger']);
const FACILITIES = 'cmp.facilities';
/** The estate's management: who answers for a fault, when no danger it did is told. */
const ESTATE = 'cmp.property';

/** Things that rattle, bang or hum when broken, and those whose noise is made by someone. */
const RATTLING: ReadonlySet<string> = new Set(['fixture', 'lift', 'pipe', 'gate']);
const NOISY: ReadonlySet<string> = new Set(['neighbour', 'animal', 'traffic', 'kin']);

/**
 * The situations an utterance tells, as hits for fillKindAndCategory to weigh beside the phrases found.
 * `clause` keeps a thing and its trouble in one sentence's reach: the same clause or the next.
 */
export function situationsOf(grammar: IntentGrammar, tokens: readonly Token[], clause: readonly number[]): Situation {
  const words = compiledFor(grammar);
  if (words.things.size === 0 && words.troubles.size === 0) return { hits: [], words: [], troubles: [], tells: null };
  const said = scan(tokens, words.troubles).filter((t) => !negated(tokens, t.start, words.negators));
  if (said.length === 0) return { hits: [], words: [], troubles: [], tells: null };
  // Who only overheard (邻居都听见了, 整栋楼都听到, "the neighbours can hear it all") is no party to the story.
  const heard = scan(tokens, words.overheard);
  // Witnesses said within the words (楼上楼下都听见了) or right before them are passed over too.
  const things = scan(tokens, words.things).filter(
    (h) => !heard.some((c) => (c.start <= h.start && h.end <= c.end) || c.start === h.end || c.start === h.end + 1),
  );
  // A grandson running about at home (我孙子天天在家跑来跑去) is family life, not a neighbour's noise: noise
  // told of the resident's own kin, with no neighbour, traffic or animal named, is no trouble to complain of (a
  // car alarm that keeps a grandson from his revision is the alarm's).
  const ownNoise = (t: Found<Trouble>) =>
    t.whats.every((w) => w === 'noise') &&
    things.some((h) => h.whats.includes('kin') && Math.abs(clause[h.start]! - clause[t.start]!) <= 1) &&
    !things.some((h) => h.whats.some((w) => NOISE_SOURCES.has(w)));
  // A cracked pane that rattles in the wind, a broken lift that bangs (玻璃裂了…哗啦哗啦, 部𨋢壞咗成日砰砰聲): the
  // noise is the broken thing's own, a fault to mend, not a noise to complain of, unless someone who makes it is named
  // before it or with it (a child the pane may fall on, a clause on, makes none).
  const makesIt = (who: number, noise: number) => who === noise || who === noise - 1;
  const brokenNoise = (t: Found<Trouble>) =>
    t.whats.every((w) => w === 'noise') &&
    said.some((b) => b.whats.includes('broken')) &&
    things.some((h) => h.whats.some((w) => RATTLING.has(w))) &&
    !things.some((h) => h.whats.some((w) => NOISY.has(w)) && makesIt(clause[h.start]!, clause[t.start]!));
  // A trouble inside a longer thing's own words ("pong" in "ping pong") is the thing, not a trouble.
  const withinThing = (t: Found<Trouble>) =>
    things.some((h) => h.start <= t.start && t.end <= h.end && h.end - h.start > t.end - t.start);
  // A slip on the resident's own way out with no place named (出门差点滑一跤, 出街差啲跣親, "nearly went over on the
  // way out") is their day, told in passing: no fault of anything to complain of (round twenty-three).
  const ownJourney = (t: Found<Trouble>) =>
    t.whats.every((w) => w === 'fall' || w === 'danger') &&
    things.length > 0 &&
    things.every((h) => h.whats.includes('outing'));
  const troubles = said.filter((t) => !ownNoise(t) && !brokenNoise(t) && !withinThing(t) && !ownJourney(t));
  // A neighbour named right before a fall in the same clause is the one who fell: who, not what.
  const hurt = things.filter(
    (h) =>
      h.whats.includes('neighbour') &&
      troubles.some(
        (t) =>
          t.whats.includes('fall') &&
          t.start >= h.end &&
          t.start - h.end <= HURT_REACH &&
          clause[t.start] === clause[h.start] &&
          // Nothing but the person between (隔籬屋個伯伯跌親): a place or thing between is where they fell.
          !things.some((o) => o.start >= h.end && o.end <= t.start && !o.whats.some((w) => PERSONS.has(w))),
      ),
  );
  const subjects = scan(tokens, words.subjects);
  // A trouble told a clause or two after its thing pairs only within the rule's reach, and, past the next
  // clause, only forward and with no other person named between (我儿子…邻居…打我: the neighbour did it).
  const inReach = (rule: Rule, thing: Found<Thing>, trouble: Found<Trouble>) => {
    const apart = clause[trouble.start]! - clause[thing.start]!;
    if (Math.abs(apart) <= 1) return true;
    if (apart < 0 || apart > (rule.reach ?? 1)) return false;
    const opens = clause.indexOf(clause[trouble.start]!);
    if (subjects.some((w) => w.start === opens)) return false;
    return !things.some(
      (o) => o.start >= thing.end && o.end <= trouble.start && o.whats.some((w) => PERSONS.has(w) && w !== 'kin'),
    );
  };
  const english = grammar.language === 'en';
  const hits: Hit[] = [];
  const paired: Situation['words'] = [];
  let tells: Situation['tells'] = null;
  let strongest = 0;
  type Best = { raw: number; start: number; end: number; quality: number; endangered?: boolean };
  const bests = new Map<Rule, Best>();
  const consider = (rule: Rule, best: Best) => {
    const before = bests.get(rule);
    if (before === undefined || best.raw > before.raw) bests.set(rule, best);
  };
  const toldTimes = (rule: Rule) => troubles.filter((t) => t.whats.some((w) => rule.troubles.includes(w))).length;
  for (const trouble of troubles) {
    const span = trouble.end - trouble.start;
    for (const what of trouble.whats) {
      for (const rule of RULES_BY_TROUBLE.get(what) ?? []) {
        if (rule.needs !== undefined && toldTimes(rule) < rule.needs) continue;
        const strength = rule.strength ?? 1;
        if (rule.things === null) {
          // One character alone (黑, 漏) says too little; an English word is a word.
          if (english || span >= 2)
            consider(rule, { raw: span * strength * ALONE, start: trouble.start, end: trouble.end, quality: ALONE });
          continue;
        }
        for (const thing of things) {
          if (!thing.whats.some((w) => rule.things!.includes(w)) || hurt.includes(thing)) continue;
          // A thing inside the trouble's own words (门 in 不敢出门) is no thing of the story.
          if (thing.start < trouble.end && trouble.start < thing.end) continue;
          if (!inReach(rule, thing, trouble)) continue;
          paired.push({ ...thing, to: rule.to }, { ...trouble, to: rule.to });
          consider(rule, {
            raw: (span + thing.end - thing.start) * strength,
            start: Math.min(thing.start, trouble.start),
            end: Math.max(thing.end, trouble.end),
            quality: 1,
            endangered: ENDANGERING.has(what) && rule.to.includes(FACILITIES),
          });
        }
      }
    }
  }
  // A facility that trapped or felled someone (部𨋢…困咗個阿伯喺入面): the danger is the complaint, and the estate's
  // excuse told after it (管理處話等零件, "the management say they're waiting for parts") is why it is still so, not
  // what it is about. Round twenty-three.
  const endangered = [...bests.values()].some((b) => b.endangered === true);
  const excuse = (rule: Rule) => rule.to.every((c) => c === ESTATE);
  const readings: ({ rule: Rule } & Best)[] = [];
  for (const rule of RULES) {
    const best = bests.get(rule);
    if (best === undefined || (endangered && excuse(rule))) continue;
    readings.push({ rule, ...best });
    if (rule.tells !== undefined && best.raw > strongest) {
      strongest = best.raw;
      tells = {
        kind: rule.tells,
        quality: best.quality,
        start: best.start,
        end: best.end,
        guess: rule.unsure === true,
        to: rule.to,
      };
    }
  }
  // Each category counts once, from its strongest reading: two readings of one story (楼道 and 捂着鼻子, and
  // 捂着鼻子 alone) are one hint, never enough together to outweigh a category named outright.
  readings.sort((a, b) => b.raw - a.raw);
  const taken = new Set<string>();
  // A fault someone made (楼上邻居家漏水漏到我家, "the neighbours upstairs keep flooding my bathroom") is theirs,
  // fee or no fee: the readings of a neighbour's doing keep their words.
  const someonesDoing = readings.some((r) => r.quality === 1 && r.rule.things?.includes('neighbour') === true);
  const overruling = (rule: Rule) => rule.overrules === true || (rule.overrules === 'twice' && toldTimes(rule) >= 2);
  const overrules = someonesDoing
    ? []
    : readings.filter((r) => r.quality === 1 && overruling(r.rule)).flatMap((r) => r.rule.to);
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
  return {
    hits,
    words: paired,
    troubles,
    tells,
    hurt: hurt.map(({ start, end }) => ({ start, end })),
    ...(overrules.length > 0 ? { overrules } : {}),
  };
}

/**
 * The kind a story tells, as a hint (half a kind named outright), for the kind and free steps; `unsure` reads
 * it back, and so does a guess unless the resident `asked` what to do about the story (我该怎么办).
 */
export function toldKind(tells: NonNullable<Situation['tells']>, unsure = false, asked = false): Hit {
  const phrase: CompiledPhrase = { texts: [], meanings: [{ slot: 'kind', value: tells.kind, weight: 0.5 }] };
  const quality = unsure || (tells.guess && !asked) ? Math.min(tells.quality, ALONE) : tells.quality;
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

/** Where the resident's kin are named (我孙女, 個孫, "my grandson"): family talk, for family.ts. */
export function kinNamed(grammar: IntentGrammar, tokens: readonly Token[]): { start: number; end: number }[] {
  return scan(tokens, compiledFor(grammar).things).filter((f) => f.whats.includes('kin'));
}
