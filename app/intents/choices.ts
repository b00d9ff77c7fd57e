import type { CompiledGrammar } from './grammar';
import type { Hit } from './hits';
import type { Token } from './normalise';
import { type ChoiceSpan, findChoice } from './numbers';
import { hasCue } from './understand';

/*
 * Which of the options a resident chose: an ordinal phrase or a number, and, when they turned from one
 * choice to another while speaking, the one they meant.
 */

const means = (h: Hit, slot: string) => h.phrase.meanings.some((m) => m.slot === slot);

/** Tokens in [from, to) that are not fillers. */
export function wordsSaid(owner: readonly (Hit | null)[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (!owner[k]?.phrase.meanings.some((m) => m.slot === 'filler')) n++;
  return n;
}

/** An ordinal phrase from the grammar ("the first one", "头一个") or a number found by numbers.ts. */
function firstChoice(
  tokens: readonly Token[],
  owner: readonly (Hit | null)[],
  chosen: readonly Hit[],
  grammar: CompiledGrammar,
  from: number,
): ChoiceSpan | null {
  const phrase = chosen.find((h) => h.start >= from && means(h, 'choice'));
  const fromPhrase: ChoiceSpan | null =
    phrase === undefined
      ? null
      : {
          value: (phrase.phrase.meanings.find((m) => m.slot === 'choice') as { value: number }).value,
          start: phrase.start,
          // "the second one": the "one" belongs to the ordinal, it is no choice of its own.
          end: phrase.end + (grammar.numbers.choiceSuffix.has(tokens[phrase.end]?.text ?? '') ? 1 : 0),
          marked: true,
        };
  const found = findChoice(tokens.slice(from), grammar.numbers, owner.slice(from));
  const fromNumbers = found === null ? null : { ...found, start: found.start + from, end: found.end + from };
  if (fromPhrase === null) return fromNumbers;
  if (fromNumbers === null || !fromNumbers.marked) return fromPhrase;
  return fromNumbers.start < fromPhrase.start ? fromNumbers : fromPhrase;
}

/** Words that turn away from what was just said: 不是, 不对, "no, sorry", "not". */
const turns = (h: Hit) =>
  hasCue(h, 'negator') ||
  hasCue(h, 'verbNegator') ||
  hasCue(h, 'correction') ||
  hasCue(h, 'fault') ||
  h.phrase.meanings.some((m) => m.slot === 'answer' && m.value === 'no');

/**
 * The choice meant. Said with a turn ("不是第一个，第三个", "第二个……不对，第一个", "two... no, sorry,
 * four") the choice right after a negator is rejected and a later one replaces an earlier one; with no
 * turn, the first choice said, as before.
 */
export function chooseChoice(
  tokens: readonly Token[],
  owner: readonly (Hit | null)[],
  chosen: readonly Hit[],
  grammar: CompiledGrammar,
  clause: readonly number[],
): ChoiceSpan | null {
  const said: ChoiceSpan[] = [];
  for (let from = 0; from < tokens.length && said.length < 4; ) {
    const next = firstChoice(tokens, owner, chosen, grammar, from);
    if (next === null) break;
    said.push(next);
    from = next.end;
  }
  const first = said[0];
  if (first === undefined) return null;
  const turnIn = (a: number, b: number) => chosen.some((h) => h.start >= a && h.end <= b && turns(h));
  // A negator just before a choice, in its clause (不是第一个, "not the first"), rejects it; one said
  // alone before a pause (第一個……唔係，第四個) turns from what came before.
  const negated = (c: ChoiceSpan) =>
    chosen.some(
      (h) =>
        (hasCue(h, 'negator') || hasCue(h, 'verbNegator')) &&
        h.end <= c.start &&
        clause[h.start] === clause[c.start] &&
        wordsSaid(owner, h.end, c.start) === 0,
    );
  if (said.length === 1) return negated(first) ? null : first;
  const kept = said.filter((c, k) => !negated(c) && !(k + 1 < said.length && turnIn(c.end, said[k + 1]!.start)));
  const turned = kept.length < said.length;
  if (!turned) return first;
  return kept.at(-1) ?? null;
}

/**
 * The number names something other than an option on screen: said right before what it counts (第一次,
 * 三楼, 第二个星期一, "the third floor", "the second Tuesday") or right after what is numbered ("level 3",
 * "block three"). A resident telling where or when never chose the third option.
 */
export function countsOther(tokens: readonly Token[], span: ChoiceSpan, n: CompiledGrammar['numbers']): boolean {
  const after = tokens[span.end];
  const before = tokens[span.start - 1];
  // Written apart (第二个，楼下那个), the next word begins something else.
  const close = after !== undefined && (!after.han || after.start === tokens[span.end - 1]!.end);
  return (close && n.occasion.has(after.text)) || (before !== undefined && n.occasionBefore.has(before.text));
}
