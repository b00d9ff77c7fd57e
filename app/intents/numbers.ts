import type { CompiledNumbers } from './grammar';
import type { Token } from './normalise';
import { type Break, retelling } from './retold';

/** Tokens [start, end). */
export interface Range {
  start: number;
  end: number;
}

/** A number found in the tokens, with the tokens it spans. */
export interface Span extends Range {
  value: number;
}

/** The digit a token says ("7", 七, 幺, "seven"), or undefined. */
export function digitValue(token: Token | undefined, n: CompiledNumbers): number | undefined {
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
  /** Said as a word that only sounds like the number ("number to", "option tree"): to be asked back. */
  guessed?: boolean;
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
    // "number to", "option tree": after a word that marks a choice, a word of a digit's sound is that digit.
    const like = n.choicePrefix.has(text) ? n.soundalike.get(tokens[i + 1]?.text ?? '') : undefined;
    if (number === null && like !== undefined && like > 0) {
      return withSuffix(tokens, n, { value: like, start: i, end: i + 2, marked: true, guessed: true });
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
  /** A word that only sounds like a digit was taken for one: the digits are a guess, to be confirmed. */
  guessed: boolean;
  /** Corrected mid-number ("…四九六，不对，四九八…"): what was meant is a guess, to be read back as a question. */
  corrected: boolean;
  /** Told twice to confirm it (retold.ts): 'same' when both tellings agree, 'differs' when they do not. */
  retold?: 'same' | 'differs';
  /** The token the later telling starts at: the words before it, back to the first telling, restate it. */
  retoldAt?: number;
}

/**
 * Every digit in the utterance, in order: "幺三八 1234 五六七八",
 * "double five", "oh" next to another digit. Tokens for which `skip` is true
 * (a command such as "one more time", a label such as 后四位) give none.
 *
 * A self-correction (`corrects` marks 不对, 唔係, "sorry", "I mean") keeps
 * only what the resident meant: digits said after it at least as long as
 * those before replace them all (幺三九，不对，幺三八…); fewer replace as
 * many at the end (…五六七八，不对，五六七九). Said in groups (`pausedBefore`: a
 * pause before that token), digits after a correction whose first group is as
 * long as the group just before it replace that group only ("oh one six one,
 * four nine six, no sorry, four nine eight, three three one two").
 *
 * A group quoted as the wrong one (`quoted`: 不是二二 是三三, "not two two, three three") is replaced where it
 * was said, by the group said after it; the rest of the number stands.
 *
 * A run of digits told twice to confirm it (retold.ts) counts once.
 *
 * Asked for digits (`numbers`), a number said as a number word ("fifteen", "fifty two", "ninety one
 * twenty three") gives its digits too, but only as a guess to read back: a recogniser hears "fifteen" and
 * "fifty" alike, so the kiosk asks rather than acts on it.
 */
export function findDigits(
  tokens: readonly Token[],
  n: CompiledNumbers,
  skip: readonly boolean[],
  corrects: readonly boolean[] = [],
  pausedBefore: (index: number) => boolean = () => false,
  numbers = false,
  quoted: readonly boolean[] = [],
): DigitsFound | null {
  const value = (k: number) => (skip[k] ? undefined : digitValue(tokens[k], n));
  const sound = (k: number) => (skip[k] ? undefined : n.soundalike.get(tokens[k]?.text ?? ''));
  // Soundalikes may follow one another (久久 for 九九), as long as a digit said as one stands beside them.
  const digitish = (k: number) => value(k) !== undefined || sound(k) !== undefined;
  const used = tokens.map(() => false);
  let guessed = false;
  /** Each stretch of digits between corrections, with the tokens it used. */
  const runs: Run[] = [newRun()];
  /** The current run, with a new group begun when `i` is its first digit or follows a pause. */
  const run = (i?: number) => {
    const r = runs[runs.length - 1]!;
    const last = r.tokens.at(-1);
    if (i !== undefined && (last === undefined || pausedBetween(pausedBefore, last, i))) r.groups.push(r.digits.length);
    if (i !== undefined && last !== undefined && (i > last + 1 || pausedBetween(pausedBefore, last, i)))
      r.breaks.push({ at: r.digits.length, token: i, afterWord: i > last + 1 });
    return r;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (skip[i]) continue;
    if (corrects[i]) {
      if (run().digits !== '' && !corrects[i - 1]) runs.push(newRun());
      continue;
    }
    if (quoted[i] && run().digits === '' && value(i) !== undefined) {
      run().replaces += String(value(i));
      continue;
    }
    const times = n.repeater.get(tokens[i]!.text);
    const d = value(i);
    const like = sound(i);
    if (times !== undefined && value(i + 1) !== undefined) {
      run(i).digits += String(value(i + 1)).repeat(times);
      run().tokens.push(i, i + 1);
      i++;
    } else if (d !== undefined && d >= 2 && n.counter.has(tokens[i + 1]?.text ?? '') && value(i + 2) !== undefined) {
      run(i).digits += String(value(i + 2)).repeat(d);
      run().tokens.push(i, i + 1, i + 2);
      i += 2;
    } else if (
      d === undefined &&
      like !== undefined &&
      digitish(i + 1) &&
      (digitish(i - 1) || (i === 0 && digitish(i + 2))) &&
      (value(i - 1) !== undefined || value(i + 1) !== undefined || value(i + 2) !== undefined)
    ) {
      run(i).digits += String(like);
      run().tokens.push(i);
      guessed = true;
    } else if (numbers && d === undefined && spokenNumber(tokens, i, n, value) !== null) {
      const said = spokenNumber(tokens, i, n, value)!;
      run(i).digits += said.digits;
      for (let k = i; k < said.end; k++) run().tokens.push(k);
      i = said.end - 1;
      guessed = true;
    } else if (d !== undefined) {
      const weak = n.weak.has(tokens[i]!.text);
      // "…three two oh no, the last…", "…six oh, oh dear": an English weak digit ("oh") opening a correction
      // or said with "dear", "gosh" is an exclamation.
      const next = tokens[i + 1]?.text ?? '';
      const exclaimed = !tokens[i]!.han && (corrects[i + 1] === true || n.exclaimedWith.has(next));
      if (weak && ((value(i - 1) === undefined && value(i + 1) === undefined) || exclaimed)) continue;
      run(i).digits += String(d);
      run().tokens.push(i);
    }
  }
  let digits = '';
  let kept: number[] = [];
  let lastGroup = 0;
  /** How long the number's first group is: a correction that says it again starts the number over. */
  let head = 0;
  let corrected = false;
  let retold: DigitsFound['retold'];
  let retoldAt: number | undefined;
  for (const r of runs) {
    let { digits: said, groups } = r;
    const from = r.tokens;
    if (said === '') continue;
    const told = retelling(said, r.breaks);
    if (told !== null) {
      const at = said.length - told.digits.length;
      retoldAt = r.breaks.find((b) => b.at === at)?.token;
      said = told.digits;
      groups = [0, ...groups.filter((g) => g > at).map((g) => g - at)];
      retold = told.differs || retold === 'differs' ? 'differs' : 'same';
    }
    corrected ||= digits !== '';
    const firstGroup = (groups[1] ?? said.length) - (groups[0] ?? 0);
    const before = digits.length - lastGroup;
    const startsOver = head >= 2 && said.length >= digits.length && said.startsWith(digits.slice(0, head));
    if (digits === '' || startsOver) head = firstGroup;
    const wrong = r.replaces === '' ? -1 : digits.lastIndexOf(r.replaces);
    if (wrong >= 0) {
      // 不是二二 是三三: the group quoted is put right where it was said; digits after the new group go on
      // from it, or say the rest of the number again.
      const instead = said.slice(0, r.breaks.find((b) => b.at > 0 && b.at < said.length)?.at ?? said.length);
      const rest = digits.slice(wrong + r.replaces.length);
      const more = said.slice(instead.length);
      digits = digits.slice(0, wrong) + instead + (more.startsWith(rest) ? more : rest + more);
      kept = [...kept, ...from];
      lastGroup =
        more === '' && rest !== '' ? wrong + instead.length : digits.length - said.length + (groups.at(-1) ?? 0);
      continue;
    }
    // Groups of one digit are no groups: a recogniser spacing every character (一 五 九 哦 不对 是 一 三 九…).
    if (digits !== '' && lastGroup > 0 && firstGroup === before && before >= 2 && !startsOver) {
      // The group just before the correction is said again: the groups before it stand.
      digits = digits.slice(0, lastGroup) + said;
      kept = [...kept, ...from];
    } else if (said.length >= digits.length) {
      digits = said;
      kept = from;
    } else {
      digits = digits.slice(0, toldAgainFrom(digits, said)) + said;
      kept = [...kept, ...from];
    }
    const start = digits.length - said.length;
    lastGroup = start + (groups.at(-1) ?? 0);
  }
  for (const k of kept) used[k] = true;
  return digits === '' ? null : { digits, used, guessed, corrected, ...(retold ? { retold, retoldAt } : {}) };
}

/**
 * Where digits told again after a correction, fewer than those before it, go: by default over as many at
 * the end; but told again from a digit said among those last ones ("…eight one, wait, eight two seven
 * seven", "…six four four… no, six five five two"), they go on from that digit's place, the digits before
 * it standing. The place where the telling agrees longest with what was said first is the one restated
 * ("…one one zero nine, sorry, one one zero eight" puts right the nine, not the second one); never earlier
 * than the default, so the number only keeps what was said.
 */
function toldAgainFrom(digits: string, said: string): number {
  const end = digits.length - said.length;
  const agreed = (at: number) => {
    let k = 0;
    while (at + k < digits.length && digits[at + k] === said[k]) k++;
    return k;
  };
  let best = end;
  for (let at = end + 1; at < digits.length; at++) if (agreed(at) > 0 && agreed(at) >= agreed(best)) best = at;
  return best;
}

/** One stretch of digits between corrections. */
interface Run {
  digits: string;
  /** The tokens its digits came from. */
  tokens: number[];
  /** Where each group said between pauses starts in the run's digits. */
  groups: number[];
  /**
   * Where the run's digits go on after a pause or a word of the resident's own, and the token there: a
   * telling may start again.
   */
  breaks: (Break & { token: number })[];
  /** The digits quoted as wrong right before the run (不是二二 是三三): the run puts them right. */
  replaces: string;
}

const newRun = (): Run => ({ digits: '', tokens: [], groups: [], breaks: [], replaces: '' });

/** A number word from ten to ninety-nine at `i` ("fifteen", "fifty", "fifty two"), as digits, and where it ends. */
function spokenNumber(
  tokens: readonly Token[],
  i: number,
  n: CompiledNumbers,
  value: (k: number) => number | undefined,
): { digits: string; end: number } | null {
  const t = tokens[i]!;
  const tens = t.han ? undefined : n.word.get(t.text);
  if (tens === undefined || tens < 10 || tens > 99) return null;
  const ones = value(i + 1);
  const next = tokens[i + 1];
  // "fifty two" is 52; "fifty oh two" is 5 0 0 2 as said: a weak zero ("oh") never joins a ten.
  if (tens % 10 === 0 && tens >= 20 && ones !== undefined && ones > 0 && next !== undefined && !n.weak.has(next.text))
    return { digits: String(tens + ones), end: i + 2 };
  return { digits: String(tens), end: i + 1 };
}

/** A pause before any token after `from` up to `to`. */
function pausedBetween(pausedBefore: (index: number) => boolean, from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (pausedBefore(k)) return true;
  return false;
}
