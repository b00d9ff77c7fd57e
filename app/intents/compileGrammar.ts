import type { Rating } from '../cases/lifecycle';
import type { Kind } from '../domain/kinds';
import { PhraseAutomaton } from './automaton';
import {
  type CompiledGrammar,
  type CompiledNumbers,
  type CompiledPhrase,
  CUES,
  type ExtraCategory,
  type IntentGrammar,
  type Meaning,
  type NumberWords,
  type PhraseSet,
} from './grammar';
import { tokenise } from './normalise';
import { charactersReading, readingOf, readingsOf, toSimplified } from './phonetics';
import type { Answer, Command } from './types';

/*
 * A language's grammar (grammar.ts says what it holds) compiled once into what the matcher walks: the phrase
 * automaton over compared keys, the readings each phrase may be heard under, the number words, the sound-alike
 * groups and the recogniser's known slips.
 */

/**
 * A polyphonic character is compared under each of its readings (重新 as
 * zhong-xin and chong-xin), at most this many spellings per phrase, so a
 * phrase of many polyphones costs a bounded constant, never a product.
 */
export const MAX_SPELLINGS = 4;

/**
 * A syllable as a recogniser may confuse it: retroflex and flat initials
 * alike (诉 su, 述 shu), front and back nasals alike (音 yin, 英 ying), n and l
 * alike — the slips of southern speakers and of the recognisers trained on
 * them. So are fu and hu (服务 heard as 胡务): the f/h merger of Hunan, Sichuan
 * and Min speakers, kept to that one syllable, as fa/hua or fei/hui would join
 * far commoner words. Only the comparison is loosened: a phrase still needs
 * half its characters written as the grammar writes them, or costs confidence.
 */
export function looseSyllable(syllable: string): string {
  return syllable
    .replace(/^([zcs])h/, '$1')
    .replace(/^n(?=[aeiouü])/, 'l')
    .replace(/([aei])ng$/, '$1n')
    .replace(/^fu$/, 'hu');
}

/** The compared key of a token: its toneless, loosened pinyin when it has one, so homophones meet; else the token itself. */
export function keyOf(text: string, han: boolean): string {
  if (!han) return `=${text}`;
  const reading = readingOf(text);
  return reading === undefined ? `=${text}` : looseSyllable(reading);
}

function spellings(
  texts: readonly string[],
  hans: readonly boolean[],
  alike: ReadonlyMap<string, readonly string[]>,
): string[][] {
  let out: string[][] = [[]];
  texts.forEach((text, i) => {
    // The character's own readings first, then its language's sound-alikes (soundsAlike).
    const readings = hans[i] ? [...readingsOf(text), ...(alike.get(text) ?? [])] : [];
    const keys = readings.length > 0 ? [...new Set(readings.map(looseSyllable))] : [keyOf(text, hans[i]!)];
    const grown: string[][] = [];
    for (const prefix of out) {
      for (const key of keys) if (grown.length < MAX_SPELLINGS) grown.push([...prefix, key]);
    }
    out = grown;
  });
  return out;
}

class Builder {
  readonly phrases: CompiledPhrase[] = [];
  private readonly byText = new Map<string, CompiledPhrase>();
  readonly automaton = new PhraseAutomaton();
  readonly symbols = new Map<string, number>();
  tokenCount = 0;

  constructor(
    private readonly language: string,
    /** Each character of a `soundsAlike` group, to the readings of the others. */
    private readonly alike: ReadonlyMap<string, readonly string[]> = new Map(),
  ) {}

  add(phrase: string, meaning: Meaning) {
    const tokens = tokenise(phrase);
    if (tokens.length === 0) throw new Error(`intents (${this.language}): "${phrase}" has nothing to match`);
    const texts = tokens.map((t) => t.text);
    const id = texts.join('\u0001');
    const known = this.byText.get(id);
    if (known !== undefined) {
      if (!known.meanings.some((m) => JSON.stringify(m) === JSON.stringify(meaning))) known.meanings.push(meaning);
      return;
    }
    const compiled: CompiledPhrase = { texts, meanings: [meaning] };
    this.byText.set(id, compiled);
    this.phrases.push(compiled);
    this.tokenCount += texts.length;
    const pattern = this.phrases.length - 1;
    for (const spelling of spellings(
      texts,
      tokens.map((t) => t.han),
      this.alike,
    )) {
      this.automaton.add(
        spelling.map((key) => this.symbol(key)),
        pattern,
      );
    }
  }

  private symbol(key: string): number {
    let id = this.symbols.get(key);
    if (id === undefined) {
      id = this.symbols.size;
      this.symbols.set(key, id);
    }
    return id;
  }
}

function singleToken(language: string, word: string): string {
  const tokens = tokenise(word);
  if (tokens.length !== 1) throw new Error(`intents (${language}): number word "${word}" must be one token`);
  return tokens[0]!.text;
}

function compileNumbers(language: string, n: NumberWords): CompiledNumbers {
  const one = (word: string) => singleToken(language, word);
  const valued = (table: Record<string, string[]>) =>
    new Map(Object.entries(table).flatMap(([value, words]) => words.map((w) => [one(w), Number(value)] as const)));
  const compiled = {
    digit: valued(n.digits),
    weak: new Set(n.weakDigits.map(one)),
    tens: new Set(n.tens.map(one)),
    word: valued(n.words),
    ordinalPrefix: new Set(n.ordinalPrefixes.map(one)),
    choicePrefix: new Set(n.choicePrefixes.map(one)),
    choiceSuffix: new Set(n.choiceSuffixes.map(one)),
    repeater: valued(n.repeaters),
    occasion: new Set((n.occasions ?? []).map(one)),
    occasionBefore: new Set((n.occasionsBefore ?? []).map(one)),
    exclaimedWith: new Set((n.exclaimedWith ?? []).map(one)),
    digitCount: (n.digitCounts ?? []).map((w) => tokenise(w).map((t) => t.text)),
    pronounAfter: new Set((n.pronounAfter ?? []).map(one)),
    counter: new Set((n.counters ?? []).map(one)),
  };
  return {
    ...compiled,
    soundalike: soundalikes(valued(n.soundalikes ?? {}), n.soundalikeReadings ?? [], compiled, one),
  };
}

/** The grammar's soundalikes, and every character that reads as one of its `soundalikeReadings` digits. */
function soundalikes(
  found: Map<string, number>,
  readings: readonly string[],
  numbers: Pick<CompiledNumbers, 'digit' | 'repeater' | 'counter' | 'tens'>,
  one: (word: string) => string,
): Map<string, number> {
  // Words that are numbers in their own right keep their own meaning.
  const taken = (ch: string) =>
    numbers.digit.has(ch) || numbers.repeater.has(ch) || numbers.counter.has(ch) || numbers.tens.has(ch);
  for (const word of readings) {
    const value = numbers.digit.get(one(word));
    const syllable = readingOf(word);
    if (value === undefined || syllable === undefined) continue;
    for (const ch of charactersReading(syllable)) if (!taken(ch) && !found.has(ch)) found.set(ch, value);
  }
  return found;
}

/** A word as the matcher compares it, its tokens joined: 時間 → 时间. */
function comparedForm(word: string): string {
  return tokenise(word)
    .map((t) => t.text)
    .join('');
}

function compileMisheard(table: Record<string, string>): CompiledGrammar['misheard'] {
  const out: CompiledGrammar['misheard'] = new Map();
  for (const [from, to] of Object.entries(table)) {
    const heard = tokenise(from).map((t) => t.text);
    const meant = tokenise(to).map((t) => t.text);
    if (heard.length === 0 || meant.length === 0) continue;
    out.set(heard[0]!, [...(out.get(heard[0]!) ?? []), { heard, meant }]);
  }
  return out;
}

/** Each character of a sound-alike group (folded to simplified, as tokens are) to the others of its groups. */
function alikeCharacters(groups: readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const group of groups) {
    const chars = [...new Set([...toSimplified(group)])];
    for (const ch of chars) {
      const others = out.get(ch) ?? new Set<string>();
      for (const o of chars) if (o !== ch) others.add(o);
      out.set(ch, others);
    }
  }
  return out;
}

/** Each character of a sound-alike group to the readings of the others. */
function alikeReadings(alike: ReadonlyMap<string, ReadonlySet<string>>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [ch, others] of alike) out.set(ch, [...new Set([...others].flatMap((o) => readingOf(o) ?? []))]);
  return out;
}

/**
 * Whether a character heard where the phrase has `own` shares its sound: a reading of the phrase's
 * character (loosened), or a member of its `soundsAlike` group.
 */
export function sharesSound(grammar: CompiledGrammar, own: string, heard: string): boolean {
  if (heard === own) return true;
  if (grammar.alike.get(own)?.has(heard) === true) return true;
  const said = readingOf(heard);
  return said !== undefined && readingsOf(own).some((r) => looseSyllable(r) === looseSyllable(said));
}

/** Compiles a grammar (and a centre's own categories) once; matching then only scans. */
export function compileGrammar(
  grammar: IntentGrammar,
  extra: readonly ExtraCategory[] = [],
  options: { ratings?: boolean } = {},
): CompiledGrammar {
  const alike = alikeCharacters(grammar.soundsAlike ?? []);
  const b = new Builder(grammar.language, alikeReadings(alike));
  for (const [kind, set] of Object.entries(grammar.kinds) as [Kind, PhraseSet][]) {
    for (const p of set.phrases) b.add(p, { slot: 'kind', value: kind, weight: 1 });
    for (const p of set.hints) b.add(p, { slot: 'kind', value: kind, weight: 0.5 });
  }
  for (const [code, set] of Object.entries(grammar.categories)) {
    for (const p of set.phrases) b.add(p, { slot: 'category', value: code, weight: 1 });
    for (const p of set.hints) b.add(p, { slot: 'category', value: code, weight: 0.5 });
  }
  for (const entry of extra) {
    for (const p of entry.phrases) b.add(p, { slot: 'category', value: entry.code, weight: 1 });
  }
  for (const [answer, phrases] of Object.entries(grammar.answers) as [Answer, string[]][]) {
    for (const p of phrases) b.add(p, { slot: 'answer', value: answer });
  }
  for (const [command, phrases] of Object.entries(grammar.commands) as [Command, string[]][]) {
    for (const p of phrases) b.add(p, { slot: 'command', value: command });
  }
  for (const [value, phrases] of Object.entries(grammar.numbers.ordinals)) {
    for (const p of phrases) b.add(p, { slot: 'choice', value: Number(value) });
  }
  for (const cue of CUES) {
    for (const p of grammar.cues[cue]) b.add(p, { slot: 'cue', value: cue });
  }
  for (const p of hedgesWithDegrees(grammar)) b.add(p, { slot: 'cue', value: 'hedge' });
  for (const p of wordSearches(grammar)) b.add(p, { slot: 'cue', value: 'hedge' });
  if (options.ratings) {
    for (const [rating, phrases] of Object.entries(grammar.ratings ?? {}) as [Rating, string[]][]) {
      for (const p of phrases) b.add(p, { slot: 'rating', value: rating });
    }
    for (const p of grammar.ratingNegators ?? []) b.add(p, { slot: 'cue', value: 'negator' });
  }
  for (const p of grammar.fillers) b.add(p, { slot: 'filler' });
  b.automaton.finish();
  return {
    language: grammar.language,
    phrases: b.phrases,
    automaton: b.automaton,
    symbols: b.symbols,
    numbers: compileNumbers(grammar.language, grammar.numbers),
    tokenCount: b.tokenCount,
    misheard: compileMisheard(grammar.misheard ?? {}),
    spellings: compileMisheard(grammar.spellings ?? {}),
    notSlips: new Set((grammar.notSlips ?? []).map(comparedForm)),
    alike,
  };
}

/** 唔記得 → 唔太記得, 唔係好記得; "not sure" → "not quite sure": the hedge family from each hedge said with a negator. */
export function hedgesWithDegrees(grammar: IntentGrammar): string[] {
  const degrees = grammar.degrees ?? [];
  if (degrees.length === 0) return [];
  const spaced = grammar.language === 'en';
  const negators = [...grammar.cues.verbNegator, ...grammar.cues.negator].sort((a, b) => b.length - a.length);
  const out: string[] = [];
  for (const hedge of grammar.cues.hedge) {
    const negator = negators.find((n) => hedge.startsWith(spaced ? `${n} ` : n) && hedge.length > n.length);
    if (negator === undefined) continue;
    const rest = hedge.slice(negator.length).trim();
    for (const d of degrees) out.push(spaced ? `${negator} ${d} ${rest}` : `${negator}${d}${rest}`);
  }
  return out;
}

/** "how do I" + "put" + "it", 我该怎么 + 讲 + 呢: the word-search hedges, each ask with each verb and closing. */
export function wordSearches(grammar: IntentGrammar): string[] {
  const w = grammar.wording;
  if (w === undefined) return [];
  const join = grammar.language === 'en' ? ' ' : '';
  return w.asks.flatMap((ask) => w.verbs.flatMap((verb) => w.objects.map((end) => [ask, verb, end].join(join))));
}
