import type { CompiledGrammar } from './grammar';
import { GRAMMARS } from './grammars';
import { type Token, tokenise } from './normalise';

/*
 * A recogniser's slips in words written with letters: one letter dropped, added or
 * changed ("complant", "meditaton"), or one word written as two ("re peat", "doc tor",
 * "legal add vice"). An unknown word is read as the grammar's word one edit away, but
 * only when exactly one word is that close and both are long enough that a slip is
 * likelier than a different word. A repaired token is marked `near`: the phrase it
 * completes costs confidence, so the kiosk asks "did you say …?" rather than act on it.
 */

/** Shorter words are too alike ("cold", "call"; "slower", "lower") to repair to. */
const MIN_LENGTH = 6;

interface Lexicon {
  /** Every word the grammar knows. */
  words: Set<string>;
  /** Words a slip may be read as: not numbers or ordinals. */
  targets: Set<string>;
  /** Each word with one letter taken out, to the word (null when two words give it). */
  deletions: Map<string, string | null>;
  /** Each word's sound skeleton (below), to the word (null when two words share it). */
  skeletons: Map<string, string | null>;
  /** Each word with its doubled letters made single ("staff" staf), to the word (null when two words give it). */
  singled: Map<string, string | null>;
  /** Each word's skeleton with only its first vowel kept (below), to the word (null when two words share it). */
  stressed: Map<string, string | null>;
}

const lexicons = new WeakMap<CompiledGrammar, Lexicon>();

function deletionsOf(word: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < word.length; k++) out.push(word.slice(0, k) + word.slice(k + 1));
  return out;
}

function lexiconOf(grammar: CompiledGrammar): Lexicon {
  let lexicon = lexicons.get(grammar);
  if (lexicon !== undefined) return lexicon;
  const words = new Set<string>();
  for (const key of grammar.symbols.keys()) if (key.startsWith('=') && /^=[a-z]+$/.test(key)) words.add(key.slice(1));
  const targets = new Set(words);
  // A story's own words (situations.ts: "railings", "underpass") are known as they are, never read as a slip of a
  // phrase's word ("railings" is no "raining").
  const story = GRAMMARS[grammar.language as keyof typeof GRAMMARS]?.situations;
  for (const table of [story?.things, story?.troubles])
    for (const list of Object.values(table ?? {}))
      for (const word of list ?? []) for (const t of tokenise(word)) if (/^[a-z]+$/.test(t.text)) words.add(t.text);
  // Number words are read by numbers.ts, not by phrases, and ordinals choose: known as they are, never a
  // repair ("seventies" is no "seventh").
  for (const phrase of grammar.phrases)
    if (phrase.meanings.some((m) => m.slot === 'choice')) for (const t of phrase.texts) targets.delete(t);
  const n = grammar.numbers;
  const numbers = [n.digit, n.word, n.repeater, n.soundalike].flatMap((map) => [...map.keys()]);
  for (const set of [
    n.weak,
    n.tens,
    n.choicePrefix,
    n.choiceSuffix,
    n.occasion,
    n.occasionBefore,
    n.exclaimedWith,
    n.counter,
  ])
    numbers.push(...set);
  for (const w of numbers) {
    words.add(w);
    targets.delete(w);
  }
  const deletions = new Map<string, string | null>();
  for (const word of targets) {
    if (word.length < MIN_LENGTH) continue;
    for (const d of new Set(deletionsOf(word)))
      deletions.set(d, deletions.has(d) && deletions.get(d) !== word ? null : word);
  }
  const skeletons = new Map<string, string | null>();
  for (const word of targets) {
    if (word.length < MIN_SOUNDED) continue;
    const k = skeletonOf(word);
    skeletons.set(k, skeletons.has(k) && skeletons.get(k) !== word ? null : word);
  }
  const singled = new Map<string, string | null>();
  for (const word of targets) {
    if (word.length < 4) continue;
    const k = single(word);
    singled.set(k, singled.has(k) && singled.get(k) !== word ? null : word);
  }
  const stressed = new Map<string, string | null>();
  for (const word of targets) {
    if (word.length < MIN_UNSTRESSED) continue;
    const k = stressedOf(skeletonOf(word));
    stressed.set(k, stressed.has(k) && stressed.get(k) !== word ? null : word);
  }
  lexicon = { words, targets, deletions, skeletons, singled, stressed };
  lexicons.set(grammar, lexicon);
  return lexicon;
}

/**
 * A changed letter turns too many real words into one another ("slower", "flower"): for a word said
 * whole it is taken only in longer words; for two fragments joined ("sec and") it is taken as they come.
 */
const MIN_CHANGED = 7;
/**
 * A word read by its sound skeleton: the grammar's word at least five letters ("legal"), the word heard at least
 * six ("leagle", "servis") — shorter words share their skeletons with too many others ("lite", "light").
 */
const MIN_SOUNDED = 5;
const MIN_SOUNDING = 6;

/** The one grammar word a single edit away from `text`, or null (none, or more than one). */
function nearest(text: string, lexicon: Lexicon, joined = false): string | null {
  if (text.length < MIN_LENGTH - 1 || !/^[a-z]+$/.test(text)) return null;
  const found = new Set<string>();
  const add = (w: string | null | undefined) => {
    if (w === null) found.add('\u0000');
    else if (w !== undefined && w.length >= MIN_LENGTH) found.add(w);
  };
  // A letter dropped: the word is the token with one letter more.
  add(lexicon.deletions.get(text));
  for (const d of deletionsOf(text)) {
    // A letter added: the token with one letter less is the word.
    if (lexicon.targets.has(d)) add(d);
    // A letter changed (or two swapped): both lose a letter and meet.
    if (joined || text.length >= MIN_CHANGED) add(lexicon.deletions.get(d));
  }
  found.delete(text);
  return found.size === 1 && !found.has('\u0000') ? [...found][0]! : null;
}

/**
 * How a word is written from its sound, with the spelling's choices taken out: letters said alike made one
 * (ph f, ck k, c before e/i s, z s, gg/dge/final ge j, tion/sion/shun sh-n), doubled letters single, a final
 * silent e dropped, a final "ee", "ey" or consonant's "y" one sound (elderly, "lee"), an unstressed last "le" or
 * vowel and "l" one sound (legal, "leagle") and each run of vowels its first (ai a, ea e). A recogniser (or a
 * resident spelling by ear) changes these freely — "sujestion", "complane", "pensshun", "servis" — and an
 * unknown word of six letters or more with exactly one grammar word of its skeleton, of about its length, is
 * that word, asked back.
 */
export function skeletonOf(word: string): string {
  return word
    .replace(/ph/g, 'f')
    .replace(/gh/g, '')
    .replace(/ck|q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/dge|gg(?=[ei])|ge$/g, 'j')
    .replace(/(?:ti|ssi|si|sh)(?=[aou]n)|sh/g, 'S')
    .replace(/ch/g, 'C')
    .replace(/th/g, 'T')
    .replace(/wh/g, 'w')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/z/g, 's')
    .replace(/(?:ee|ey|ie|(?<=[^aeiou])y)$/, 'I')
    .replace(/(.)\1+/g, '$1')
    .replace(/(?<=[aeiouy][^aeiouy]+)(?:le|[aeiou]l)$/, 'L')
    .replace(/(?<=[^aeiouy])e$/, '')
    .replace(/([aeiouy])[aeiouy]*[wh]?(?![aeiouy])/g, '$1');
}

const single = (word: string) => word.replace(/(.)\1+/g, '$1');

/**
 * A skeleton with only its first vowel kept: the later, unstressed vowels are the ones a recogniser hears as
 * anything ("servus", "serves" for service; "secure tea" for security). Only words of seven letters or more are
 * read so, and only when no other word shares the result: shorter skeletons without their vowels are too alike.
 */
const MIN_UNSTRESSED = 7;
const stressedOf = (skeleton: string) => skeleton.replace(/(?<=[aeiouy][^aeiouy]*)[aeiouyI]/g, '');

/**
 * A letter doubled or made single is a spelling, never another word's sound ("staf", "rubish"): taken even in
 * short words, when exactly one grammar word differs from it only so.
 */
function byDoubling(text: string, lexicon: Lexicon, notSlips: ReadonlySet<string>): string | null {
  if (text.length < 4 || !/^[a-z]+$/.test(text) || notSlips.has(text)) return null;
  const word = lexicon.singled.get(single(text));
  return word === null || word === undefined ? null : word;
}

/** The one grammar word spelt differently with the same sound skeleton, of about its length, or null. */
function bySkeleton(text: string, lexicon: Lexicon, notSlips: ReadonlySet<string>): string | null {
  if (text.length < MIN_SOUNDING || !/^[a-z]+$/.test(text) || notSlips.has(text)) return null;
  const skeleton = skeletonOf(text);
  const word = lexicon.skeletons.get(skeleton) ?? lexicon.stressed.get(stressedOf(skeleton));
  return word === null || word === undefined || Math.abs(word.length - text.length) > 1 ? null : word;
}

const lettered = (t: Token | undefined) => t !== undefined && !t.han && /^[a-z]+$/.test(t.text);

/**
 * Two fragments said as one word by their sound ("come plane", "elder lee"): each fragment's skeleton, its own
 * silent e and final "ee" taken as said, joined — the one grammar word of that skeleton, of about their length.
 */
function soundedTogether(first: string, second: string, lexicon: Lexicon): string | null {
  if (first.length < 2 || second.length < 2 || first.length + second.length < MIN_SOUNDING) return null;
  const skeleton = single(skeletonOf(first) + skeletonOf(second));
  const word = lexicon.skeletons.get(skeleton) ?? lexicon.stressed.get(stressedOf(skeleton));
  return word === null || word === undefined || Math.abs(word.length - first.length - second.length) > 2 ? null : word;
}

/** Two fragments joined where one of them (`both`: each of them) is no word of the grammar's. */
function joinFragments(tokens: readonly Token[], lexicon: Lexicon, both: boolean): Token[] {
  const unknown = (t: Token) => !lexicon.words.has(t.text);
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (lettered(t) && lettered(next) && !t.near && !next!.near) {
      const strange = both ? unknown(t) && unknown(next!) : unknown(t) || unknown(next!);
      const joined = t.text + next!.text;
      // Beside a word the grammar knows ("able to", "not able"), a changed letter would make a third word
      // out of two real ones ("tablet"): only two strange fragments may meet across a changed letter.
      const word = !strange
        ? null
        : lexicon.targets.has(joined)
          ? joined
          : (nearest(joined, lexicon, both) ?? soundedTogether(t.text, next!.text, lexicon));
      if (word !== null) {
        out.push({ text: word, han: false, start: t.start, end: next!.end, near: true });
        i++;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

/**
 * The tokens with a recogniser's letter slips repaired (see above); the same array when there are
 * none. Fragments that are both strange are joined first ("you re peat": "re peat", not "you re").
 */
export function repairSpelling(said: readonly Token[], grammar: CompiledGrammar): readonly Token[] {
  const spelt = grammar.spellings.size === 0 ? said : mishearings(said, grammar.spellings, false);
  const tokens = grammar.misheard.size === 0 ? spelt : mishearings(spelt, grammar.misheard, true);
  const lexicon = lexiconOf(grammar);
  // Most utterances hold no strange word: nothing to build, nothing for the collector.
  if (!tokens.some((t) => lettered(t) && !lexicon.words.has(t.text))) return tokens;
  const joined = joinFragments(joinFragments(tokens, lexicon, true), lexicon, false);
  let changed = joined.length !== tokens.length;
  const out = joined.map((t) => {
    if (!lettered(t) || t.near || lexicon.words.has(t.text)) return t;
    const word =
      byDoubling(t.text, lexicon, grammar.notSlips) ??
      nearest(t.text, lexicon) ??
      bySkeleton(t.text, lexicon, grammar.notSlips);
    if (word === null) return t;
    changed = true;
    return { ...t, text: word, near: true };
  });
  return changed ? out : tokens;
}

/**
 * The grammar's table of common mishearings ("go bag" → "go back"): each read as what was meant, the longest
 * heard first, and marked `near` so it costs confidence; regional spellings (`spellings`: "dinnae" → "dont")
 * the same way, at no cost. The same array when none is said.
 */
function mishearings(tokens: readonly Token[], table: CompiledGrammar['misheard'], near: boolean): readonly Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    let best: { heard: string[]; meant: string[] } | null = null;
    for (const entry of table.get(tokens[i]!.text) ?? []) {
      const fits = entry.heard.every((w, k) => tokens[i + k]?.text === w);
      if (fits && (best === null || entry.heard.length > best.heard.length)) best = entry;
    }
    if (best === null) {
      out?.push(tokens[i]!);
      continue;
    }
    out ??= tokens.slice(0, i);
    const start = tokens[i]!.start;
    const end = tokens[i + best.heard.length - 1]!.end;
    // A Chinese spelling (拉颯 for 垃圾) stays Chinese: the characters meant are read as characters.
    const han = tokens[i]!.han;
    for (const text of best.meant) out.push({ text, han, start, end, ...(near ? { near } : {}) });
    i += best.heard.length - 1;
  }
  return out ?? tokens;
}
