import type { CompiledNumbers } from './grammar';
import type { Token } from './normalise';

/** Tokens [start, end). */
export interface Range {
  start: number;
  end: number;
}

/** A number found in the tokens, with the tokens it spans. */
export interface Span extends Range {
  value: number;
}

function digitValue(token: Token | undefined, n: CompiledNumbers): number | undefined {
  if (token === undefined) return undefined;
  if (/^[0-9]$/.test(token.text)) return Number(token.text);
  return n.digit.get(token.text);
}

/**
 * A number said as a choice at token `i`: digits ("2", "12"), a number word
 * ("two", "ten"), or Chinese numerals up to 99 ("二", "两", "十二", "二十三").
 * A longer run of digits is a phone number, not a choice.
 */
export function numberAt(tokens: readonly Token[], i: number, n: CompiledNumbers): Span | null {
  const at = (k: number) => tokens[k];
  const first = at(i);
  if (first === undefined) return null;
  if (/^[0-9]$/.test(first.text)) {
    let end = i;
    while (end < tokens.length && /^[0-9]$/.test(at(end)!.text)) end++;
    const value = Number(
      tokens
        .slice(i, end)
        .map((t) => t.text)
        .join(''),
    );
    return end - i <= 2 && value > 0 ? { value, start: i, end } : null;
  }
  const word = n.word.get(first.text);
  if (word !== undefined) return { value: word, start: i, end: i + 1 };
  if (first.han && n.tens.has(first.text)) {
    const ones = digitValue(at(i + 1), n);
    return ones !== undefined && ones > 0
      ? { value: 10 + ones, start: i, end: i + 2 }
      : { value: 10, start: i, end: i + 1 };
  }
  const d = n.digit.get(first.text);
  if (d === undefined) return null;
  const second = at(i + 1);
  if (first.han && second !== undefined && n.tens.has(second.text) && d > 1) {
    const ones = digitValue(at(i + 2), n);
    return ones !== undefined && ones > 0
      ? { value: d * 10 + ones, start: i, end: i + 3 }
      : { value: d * 10, start: i, end: i + 2 };
  }
  // "一三八" is the start of a phone number, not the first option.
  if (digitValue(second, n) !== undefined) return null;
  return d > 0 ? { value: d, start: i, end: i + 1 } : null;
}

/** A choice and whether it was said as one ("第二个", "选二", "number two") or only as a bare number ("二"). */
export interface ChoiceSpan extends Span {
  marked: boolean;
}

/**
 * The first choice in the tokens. A marked choice anywhere wins; a bare number
 * is returned only when no marked one is there (the caller decides whether a
 * bare number is enough for its step). `cover` gives the phrase or filler
 * covering each token: a token inside one (五险一金, 一下) holds no bare number.
 */
export function findChoice(
  tokens: readonly Token[],
  n: CompiledNumbers,
  cover: readonly (Range | null)[],
): ChoiceSpan | null {
  let bare: ChoiceSpan | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i]!.text;
    // 第 always marks an ordinal (第一个, though 一个 is a filler); 选/按 only a number that is not part of
    // a longer filler or phrase (按一下 is "press once", not the first option).
    const number = n.ordinalPrefix.has(text) || n.choicePrefix.has(text) ? numberAt(tokens, i + 1, n) : null;
    if (number !== null && (n.ordinalPrefix.has(text) || within(cover, number))) {
      return withSuffix(tokens, n, { ...number, start: i, marked: true });
    }
    if (bare === null && cover[i] === null) {
      const number = numberAt(tokens, i, n);
      if (number !== null) bare = withSuffix(tokens, n, { ...number, marked: false });
    }
  }
  return bare;
}

/** No token of the span is covered by a phrase reaching outside it. */
function within(cover: readonly (Range | null)[], span: Range): boolean {
  for (let k = span.start; k < span.end; k++) {
    const c = cover[k];
    if (c != null && (c.start < span.start || c.end > span.end)) return false;
  }
  return true;
}

function withSuffix(tokens: readonly Token[], n: CompiledNumbers, span: ChoiceSpan): ChoiceSpan {
  const next = tokens[span.end];
  return next !== undefined && n.choiceSuffix.has(next.text) ? { ...span, end: span.end + 1 } : span;
}

/** Digits said one by one, and which tokens they came from. */
export interface DigitsFound {
  digits: string;
  used: boolean[];
}

/**
 * Every digit in the utterance, in order: "幺三八 1234 五六七八",
 * "double five", "oh" next to another digit. Tokens for which `skip` is true
 * (a command such as "one more time") give none.
 */
export function findDigits(tokens: readonly Token[], n: CompiledNumbers, skip: readonly boolean[]): DigitsFound | null {
  const value = (k: number) => (skip[k] ? undefined : digitValue(tokens[k], n));
  const used = tokens.map(() => false);
  let digits = '';
  for (let i = 0; i < tokens.length; i++) {
    if (skip[i]) continue;
    const times = n.repeater.get(tokens[i]!.text);
    const d = value(i);
    if (times !== undefined && value(i + 1) !== undefined) {
      digits += String(value(i + 1)).repeat(times);
      used[i] = used[i + 1] = true;
      i++;
    } else if (d !== undefined) {
      const weak = n.weak.has(tokens[i]!.text);
      if (weak && value(i - 1) === undefined && value(i + 1) === undefined) continue;
      digits += String(d);
      used[i] = true;
    }
  }
  return digits === '' ? null : { digits, used };
}
