import type { Category } from '../domain/catalogue';
import { HINT, namesWish, ownLack } from './frames';
import type { IntentGrammar } from './grammar';
import { type Hit, means, names } from './hits';
import type { Token } from './normalise';
import { spansOf } from './scopes';
import { hasCue } from './understand';

/*
 * "Could be better" is a wish (round twenty-two). Residents say what the centre should change by saying how a
 * thing of it could be: 办手续可以简单点, 我覺得辦手續可以簡單啲, "the lights in the car park could stay on a bit
 * later", "the centre could stay open longer". The shape is a thing named (the subject), a "could" after it in
 * its clause (scope `couldBe`: 可以, 能, "could") and, a few words on, a comparative (scope `comparative`: 点,
 * 一些, 啲, "later", "simpler"). The subject is what the wish is about, not a request: a service word there
 * (办手续, 申请) asks for nothing, so its kind is set aside, and the shape hints at a suggestion the way a frame
 * does (frames.ts) — asked back unless a suggestion is said outright.
 *
 * The subject is a thing, not a frame's own word (要係可以種返啲: a wish said already, 啲 there is "some").
 * Not for the resident's own things (我的退休金能不能多一点, "could my pension be a bit more": a service asked
 * for oneself), nor a clock time (可以几点来: 点 after a number is o'clock).
 */

/** How many words may stand between the "could" and its comparative (可以再简化一点, "could stay open a bit later"). */
const REACH = 5;

/** Words before a 点 that make it o'clock or a count (十点, 几点, 两点), not "a bit". */
const COUNTING = new Set(['一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '几', '零']);

export interface WishedBetter {
  /** The shape, as a hint of a suggestion weighing as much as what it spans. */
  frame: Hit;
  /** The things wished better: their kind is what the wish is about, not what the resident asks for. */
  subjects: Hit[];
}

/** The first "X could be …er" in the utterance, or null. */
export function wishedBetter(
  grammar: IntentGrammar,
  chosen: readonly Hit[],
  tokens: readonly Token[],
  clause: readonly number[],
  catalogue: readonly Category[],
): WishedBetter | null {
  const coulds = spansOf(grammar, tokens, 'couldBe');
  if (coulds.length === 0) return null;
  const comparatives = spansOf(grammar, tokens, 'comparative').filter(
    (c) => !COUNTING.has(tokens[c.start - 1]?.text ?? ''),
  );
  for (const could of coulds) {
    const inClause = (i: number) => clause[i] === clause[could.start];
    const better = comparatives.find((c) => c.start >= could.end && c.start - could.end <= REACH && inClause(c.start));
    if (better === undefined) continue;
    if (chosen.some((h) => inClause(h.start) && hasCue(h, 'self'))) continue;
    // The resident's own (我的, "my"): said before the subject in its clause, the thing is theirs.
    // Or, with no thing before it, a change the centre makes named between (could stay open a bit later).
    const before = chosen.filter(
      (h) => h.end <= could.start && inClause(h.start) && names(h) && !means(h, 'cue') && !ownLack(h, catalogue),
    );
    const subjects =
      before.length > 0
        ? before
        : chosen.filter((h) => h.start >= could.end && h.end <= better.start && namesWish(h, catalogue));
    if (subjects.length === 0 || tokens.slice(0, could.start).some((_, i) => inClause(i) && own(tokens, i))) continue;
    const first = subjects[0]!;
    const mass = subjects.reduce((sum, h) => sum + h.mass, 0) + (better.end - could.start) / 2;
    return { frame: { phrase: HINT, start: first.start, end: better.end, quality: 1, mass }, subjects };
  }
  return null;
}

/** Whether the word at `i` makes what follows the resident's own ("my", 我的, 我嘅). */
function own(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!.text;
  return t === 'my' || (t === '我' && POSSESSIVE.has(tokens[i + 1]?.text ?? ''));
}
const POSSESSIVE = new Set(['的', '嘅', '个']);
