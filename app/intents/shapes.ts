import { someoneElseSpeaks } from './commands';
import type { IntentGrammar } from './grammar';
import type { Hit } from './hits';
import { UNSURE } from './kindAndCategory';
import { type Token, tokenise } from './normalise';
import type { Command } from './types';
import { hasCue } from './understand';

/*
 * Commands by their structure, not only by listed phrase: every batch of residents' speech brings new
 * ways to say "again" or "back", but the shape stays — a request word and a speaking verb (再…念, "say …
 * again"), a failure to hear (没听着, "didn't catch"), a movement and a direction (退…前边, "take me … back"),
 * the beginning and a restart (从头…来, "from the top"), a person and a fetch (叫…职员, "someone … help").
 * The words of each part are cue lists in the grammar (`shapes`), matched only as written; the shape is
 * found when each part follows the one before within a few words, inside one clause.
 */

/** One shape: the command it says, and its parts in the order they are said. */
export interface CommandShape {
  /** A command (types.ts COMMANDS); a string as the grammar's JSON is read. */
  command: string;
  /** Each part is a list of words; one of them must be said, after the previous part. */
  parts: string[][];
  /** At most this many words between two parts (default 3). */
  within?: number;
  /**
   * A shape that tells of the resident rather than asks the kiosk (字太小, 啥都不会: a grandson's writing or a
   * story may say the same): always asked back ("did you mean help?"), never acted on as it is.
   */
  askBack?: boolean;
  /** Words that, said right before the shape, make it something else (回头 in 回头再说: "later"). */
  unlessBefore?: string[];
  /** Words that, said right after the shape, make it something else (吧 in 再说吧: "we'll see"). */
  unlessAfter?: string[];
  /** One-token words that, said between two parts, make it a story (咗 in 搵咗人嚟: already done). */
  notBetween?: string[];
}

interface CompiledShape {
  command: Command;
  askBack: boolean;
  /** Per part: the words' tokens, keyed by their first token so a position is looked up, not searched. */
  parts: Map<string, string[][]>[];
  within: number;
  before: Map<string, string[][]>;
  after: Map<string, string[][]>;
  between: Set<string>;
}

interface CompiledShapes {
  shapes: CompiledShape[];
  /** By the first token of any word of a shape's first part: the shapes (their indexes) that can start there. */
  starting: Map<string, number[]>;
}

const compiled = new WeakMap<IntentGrammar, CompiledShapes>();

function compile(grammar: IntentGrammar): CompiledShapes {
  let done = compiled.get(grammar);
  if (done !== undefined) return done;
  const shapes = (grammar.shapes ?? []).map((s) => ({
    command: s.command as Command,
    askBack: s.askBack === true,
    within: s.within ?? 3,
    parts: s.parts.map(byFirstToken),
    before: byFirstToken(s.unlessBefore ?? []),
    after: byFirstToken(s.unlessAfter ?? []),
    between: new Set((s.notBetween ?? []).flatMap((w) => tokenise(w).map((t) => t.text))),
  }));
  const starting = new Map<string, number[]>();
  shapes.forEach((shape, index) => {
    for (const first of shape.parts[0]!.keys()) starting.set(first, [...(starting.get(first) ?? []), index]);
  });
  done = { shapes, starting };
  compiled.set(grammar, done);
  return done;
}

function byFirstToken(words: readonly string[]): Map<string, string[][]> {
  const byFirst = new Map<string, string[][]>();
  for (const word of words) {
    const texts = tokenise(word).map((t) => t.text);
    if (texts.length === 0) continue;
    byFirst.set(texts[0]!, [...(byFirst.get(texts[0]!) ?? []), texts]);
  }
  return byFirst;
}

/** Whether a word of `words` ends right at token `end` (the word before a shape). */
function wordBefore(words: Map<string, string[][]>, tokens: readonly Token[], end: number): boolean {
  for (let i = Math.max(0, end - 4); i < end; i++) if (wordAt(words, tokens, i) === end) return true;
  return false;
}

/** The end of the longest word of `part` said at token `i`, or -1. */
function wordAt(part: Map<string, string[][]>, tokens: readonly Token[], i: number): number {
  let end = -1;
  for (const texts of part.get(tokens[i]!.text) ?? []) {
    if (i + texts.length > tokens.length || i + texts.length <= end) continue;
    if (texts.every((t, k) => tokens[i + k]!.text === t)) end = i + texts.length;
  }
  return end;
}

/** The shape found: its command and the tokens it spans (first word's start to last word's end). */
export interface ShapeFound {
  command: Command;
  /** Said of the resident, not asked of the kiosk: to be asked back. */
  askBack: boolean;
  start: number;
  end: number;
}

/** The first shape said in the utterance (shapes are tried in the grammar's order; `only` those of one command), or null. */
export function commandByShape(
  grammar: IntentGrammar,
  tokens: readonly Token[],
  clause: readonly number[],
  only?: Command,
): ShapeFound | null {
  // One pass over the tokens, trying only the shapes that can start at each: the first shape in the grammar's
  // order wins, at its first place — as if each shape were tried in turn over the whole utterance.
  const { shapes, starting } = compile(grammar);
  let found: ShapeFound | null = null;
  let foundIndex = shapes.length;
  for (let i = 0; i < tokens.length; i++) {
    for (const index of starting.get(tokens[i]!.text) ?? []) {
      if (index >= foundIndex) break;
      const shape = shapes[index]!;
      if (only !== undefined && shape.command !== only) continue;
      let end = wordAt(shape.parts[0]!, tokens, i);
      if (end < 0) continue;
      let p = 1;
      while (p < shape.parts.length && end >= 0) {
        let next = -1;
        for (let k = end; k <= end + shape.within && k < tokens.length && clause[k] === clause[i]; k++) {
          next = wordAt(shape.parts[p]!, tokens, k);
          if (next >= 0 || shape.between.has(tokens[k]!.text)) break;
        }
        end = next;
        p++;
      }
      if (
        end < 0 ||
        wordBefore(shape.before, tokens, i) ||
        (end < tokens.length && wordAt(shape.after, tokens, end) >= 0)
      )
        continue;
      found = { command: shape.command, askBack: shape.askBack, start: i, end };
      foundIndex = index;
    }
  }
  return found;
}

/** What the utterance around a shape says of it (match.ts). */
export interface AroundShape {
  tokens: readonly Token[];
  chosen: readonly Hit[];
  /** Every phrase heard, chosen or not. */
  found: readonly Hit[];
  clause: readonly number[];
  /** The phrases that name a kind or category, and are not rejected. */
  naming: readonly Hit[];
  hedged: boolean;
  /** Whether a phrase only hints at a kind. */
  hinted: (h: Hit) => boolean;
  /** Whether the resident's own words outside [from, to) are few enough for a sure command. */
  room: (from: number, to: number) => boolean;
}

/**
 * How sure a shape is as the command it says, or null when it is none. Sure (0.7) when the shape is most of
 * what was said; asked back ("did you mean …?") when many words of the resident's own surround it, a hint
 * stands beside it, or the shape tells of the resident (`askBack`).
 * A hedge inside the shape is part of it (听不太清楚, 我唔知要做乜): a failure to hear, not thinking aloud; one
 * holding all of it (怎么说呢, 點講好呢: "how shall I put it") is thinking aloud all the same, and one in a clause
 * of its own before it ("等等，番去改個電話": hold on) is a breath taken.
 * A word inside the shape names nothing of its own (服务员 in 喊个服务员过来: a person, not a service); something
 * named outright beside it is the request.
 * Said of someone else in its clause (佢又講我壞話, 我孙子让人来接他; found, not only chosen: "he'll get back to
 * me" — a longer filler phrase may own the pronoun), or the resident saying it again (让我重新说, 我想重新講),
 * the shape tells a story, asks nothing.
 */
export function shapeSureness(shape: ShapeFound, a: AroundShape): number | null {
  const { tokens, chosen, found, clause, naming } = a;
  const inside = (h: Hit) => h.start < shape.end && h.end > shape.start;
  // "I don't know" opening a question of help ("I don't know what it wants from me") asks; it is no hedge.
  const opens = (h: Hit) => shape.command === 'help' && h.end === shape.start;
  const aside = (h: Hit) => (!inside(h) && !opens(h)) || (h.start <= shape.start && h.end >= shape.end);
  // A hedge a longer phrase took ("no idea" in "no idea how") is still heard where it was said.
  const chosenHedges = chosen.filter((h) => hasCue(h, 'hedge'));
  const hedges = chosenHedges.length > 0 ? chosenHedges : found.filter((h) => hasCue(h, 'hedge'));
  const ownClause = hedges.length > 0 && hedges.every((h) => clause[h.start]! < clause[shape.start]!);
  if (a.hedged && !ownClause && (hedges.length === 0 || hedges.some(aside))) return null;
  const outright = (h: Hit) =>
    h.phrase.meanings.some((m) => (m.slot === 'kind' || m.slot === 'category') && m.weight >= 1);
  const beside = naming.filter((h) => !inside(h));
  if (beside.some(outright)) return null;
  const told =
    found.some((h) => hasCue(h, 'thirdPerson') && clause[h.start] === clause[shape.start]) ||
    (shape.command === 'repeat' && someoneElseSpeaks(shape.start, shape.end, tokens, clause));
  if (told) return null;
  return a.room(shape.start, shape.end) && beside.every(a.hinted) && !shape.askBack ? 0.7 : UNSURE;
}
