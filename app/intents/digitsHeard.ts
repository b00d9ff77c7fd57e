import type { CompiledGrammar } from './grammar';
import { type Hit, isFiller } from './hits';
import type { Token } from './normalise';
import { findDigits } from './numbers';
import { hasCue, hesitantDigits, pauseBetween, restartedGroup } from './understand';

/** What was heard of the digits asked for, and how sure (0.5: read back as a question, never taken). */
export interface DigitsHeard {
  digits: string;
  sure: number;
}

/**
 * The digits in an utterance (match.ts's digits step, or three or more said on the free step), read past
 * corrections, repeated groups and words a number is said with. `skipped`: hits whose words are no digits
 * (the command taken, a label); `numbers`: number words ("fifteen") count, as guesses, on the digits step;
 * `slack`: how many words of the resident's own may stand beside sure digits.
 */
export function digitsHeard(
  text: string,
  tokens: readonly Token[],
  owner: readonly (Hit | null)[],
  grammar: CompiledGrammar,
  { skipped, numbers, slack }: { skipped: (hit: Hit) => boolean; numbers: boolean; slack: number },
): DigitsHeard | null {
  const skip = owner.map((o) => o !== null && skipped(o));
  // 中间四位, 接着四个数, "the last four digits": a count of the digits to come, none of them.
  const n = grammar.numbers;
  for (let i = 0; i < tokens.length; i++) {
    const said = tokens[i]!.text;
    if (!n.digit.has(said) && !n.word.has(said)) continue;
    if (n.digitCount.some((unit) => unit.every((u, k) => tokens[i + 1 + k]?.text === u))) skip[i] = true;
    // "never had one", "a new one": a thing, not a digit.
    if (i > 0 && n.pronounAfter.has(tokens[i - 1]!.text) && n.digit.has(said)) skip[i] = true;
  }
  // A no between digits ("幺八八，不对不对，幺八九…", "five five… no no, five six") turns from them too.
  const corrections = owner.map(
    (o) =>
      o !== null &&
      (hasCue(o, 'correction') ||
        hasCue(o, 'fault') ||
        o.phrase.meanings.some((m) => m.slot === 'answer' && m.value === 'no')),
  );
  // A pause the recogniser marked, or a space between two Chinese characters: digits said in groups.
  const pausedBefore = (i: number) =>
    i > 0 && pauseBetween(text, tokens[i - 1]!.end, tokens[i]!.start, tokens[i - 1]!.han && tokens[i]!.han);
  const digits = findDigits(tokens, grammar.numbers, skip, corrections, pausedBefore, numbers);
  if (digits === null || (!numbers && digits.digits.length < 3)) return null;
  const again = restartedGroup(text, tokens, digits.used, (t) =>
    /^[0-9]$/.test(t.text) ? Number(t.text) : grammar.numbers.digit.get(t.text),
  );
  const rest = owner.filter((o, i) => o === null && !digits.used[i]).length;
  // A word the matcher does not know among the digits ("九 雙 八 令 二", 令 for 零) may be a digit it
  // missed: the number is read back as a question, never taken as it is.
  const first = digits.used.indexOf(true);
  const last = digits.used.lastIndexOf(true);
  const unknownAmong = owner.some((o, i) => i > first && i < last && o === null && !digits.used[i]);
  // Said while still thinking ("幺三五，幺三五……后面是…", "九…九…九三"): the digits may hold a false
  // start, so they are read back as a question, never taken as they are; so are digits corrected on the
  // way ("…四九六，不对，四九八…"): which part the correction replaces is our guess.
  // One or two digits among words of the resident's own ("I don't have a phone, never had one"): a word of
  // the sentence more likely than a number, asked back.
  const stray = digits.digits.length < 3 && owner.some((o, i) => !digits.used[i] && (o === null || !isFiller(o)));
  const unsure =
    hesitantDigits(text, tokens, digits.used) ||
    digits.guessed ||
    digits.corrected ||
    again !== null ||
    unknownAmong ||
    stray;
  return {
    digits: again === null ? digits.digits : digits.digits.replace(again + again, again),
    sure: unsure ? 0.5 : rest <= slack ? 0.95 : 0.85,
  };
}
