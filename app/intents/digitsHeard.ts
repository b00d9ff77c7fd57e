import { type PartPutRight, partPutRight, skipConfirmedGroups } from './digitParts';
import type { CompiledGrammar, IntentGrammar } from './grammar';
import { type Hit, isFiller } from './hits';
import type { Token } from './normalise';
import { digitValue, findDigits } from './numbers';
import { spansOf } from './scopes';
import { hasCue, pauseBetween } from './understand';

/** What was heard of the digits asked for, and how sure (0.5: read back as a question, never taken). */
export interface DigitsHeard {
  digits: string;
  sure: number;
  /** The command taken was said between two tellings of the number (…再講多次…): the resident saying it again. */
  saidAgain: boolean;
}

/**
 * The digits in an utterance (match.ts's digits step, or three or more said on the free step), read past
 * corrections, repeated groups and words a number is said with. `skipped`: hits whose words are no digits
 * (the command taken, a label); `numbers`: number words ("fifteen") count, as guesses, on the digits step;
 * `slack`: how many words of the resident's own may stand beside sure digits; `words`: the language's grammar,
 * for the words said between a group quoted as wrong and the right one (`scopes.instead`).
 */
export function digitsHeard(
  text: string,
  tokens: readonly Token[],
  owner: readonly (Hit | null)[],
  grammar: CompiledGrammar,
  {
    skipped,
    numbers,
    slack,
    words,
  }: { skipped: (hit: Hit) => boolean; numbers: boolean; slack: number; words: IntentGrammar },
): DigitsHeard | null {
  // A number inside thinking aloud ("one moment", 等一下, 一時諗唔起) is no digit.
  const skip = owner.map((o) => o !== null && (skipped(o) || hasCue(o, 'hedge')));
  // 中间四位, 接着四个数, "the last four digits": a count of the digits to come, none of them.
  const n = grammar.numbers;
  for (let i = 0; i < tokens.length; i++) {
    const said = tokens[i]!.text;
    if (!n.digit.has(said) && !n.word.has(said)) continue;
    if (n.digitCount.some((unit) => unit.every((u, k) => tokens[i + 1 + k]?.text === u))) skip[i] = true;
    // "never had one", "a new one": a thing, not a digit — but "that's nine three four…" begins a number.
    const digitNext = digitValue(tokens[i + 1], n) !== undefined;
    if (i > 0 && n.pronounAfter.has(tokens[i - 1]!.text) && n.digit.has(said) && !digitNext) skip[i] = true;
  }
  // 八號波, 三点, "eight oclock": one or two digits, with what they name after them unpaused, or a bus, a floor, a
  // week (the numbers' occasions), are a signal, a time, a route — no phone, no digit of one.
  const named = new Set(spansOf(words, tokens, 'namedNumber').map((s) => s.start));
  const digitAt = (k: number) => digitValue(tokens[k], n) !== undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!digitAt(i) || digitAt(i + 1) || !(named.has(i + 1) || n.occasion.has(tokens[i + 1]?.text ?? ''))) continue;
    if (pauseBetween(text, tokens[i]!.end, tokens[i + 1]?.start ?? tokens[i]!.end, tokens[i]!.han)) continue;
    const first =
      i > 0 && digitAt(i - 1) && !pauseBetween(text, tokens[i - 1]!.end, tokens[i]!.start, true) ? i - 1 : i;
    if (first > 0 && digitAt(first - 1)) continue;
    for (let k = first; k <= i; k++) skip[k] = true;
  }
  // A pause the recogniser marked, or a space between two Chinese characters: digits said in groups.
  const pausedBefore = (i: number) =>
    i > 0 && pauseBetween(text, tokens[i - 1]!.end, tokens[i]!.start, tokens[i - 1]!.han && tokens[i]!.han);
  // A no between digits ("幺八八，不对不对，幺八九…", "five five… no no, five six") turns from them too; a
  // Chinese no run on into a verb of the resident's own (我平时也不咋打, 唔點用) negates the verb, chatter.
  const negatesVerb = (o: Hit) =>
    !hasCue(o, 'correction') && !hasCue(o, 'fault') && tokens[o.start]!.han && ownVerbAfter(o.end);
  const ownVerbAfter = (k: number) =>
    tokens[k]?.han === true && owner[k] === null && digitValue(tokens[k], n) === undefined && !pausedBefore(k);
  const corrections = owner.map(
    (o) =>
      o !== null &&
      (hasCue(o, 'correction') ||
        hasCue(o, 'fault') ||
        (o.phrase.meanings.some((m) => m.slot === 'answer' && m.value === 'no') && !negatesVerb(o))),
  );
  const parts = { tokens, grammar, words, skip, corrections, pausedBefore };
  skipConfirmedGroups(parts);
  const putRight = partPutRight(parts);
  const said = { text, tokens, owner, grammar, words, skip, pausedBefore };
  const quoted = quotedGroups(said, corrections);
  const found = findDigits(tokens, grammar.numbers, skip, corrections, pausedBefore, numbers, quoted);
  if (found === null || (!numbers && found.digits.length < 3)) return null;
  // The end put right with nothing told after it: the number said before, its last (or first) digits replaced,
  // asked back. After a correction word (哦不对 最后四个是…) any number longer than the part has that end.
  const replacing =
    putRight !== null &&
    !putRight.goesOn &&
    found.used.lastIndexOf(true) < putRight.from &&
    found.digits.length > putRight.digits.length + (putRight.corrected ? 0 : 2) &&
    (putRight.end !== 'middle' || found.digits.length === 11);
  const replaced = (put: PartPutRight) =>
    put.end === 'first'
      ? put.digits + found.digits.slice(put.digits.length)
      : put.end === 'middle'
        ? found.digits.slice(0, 3) + put.digits + found.digits.slice(3 + put.digits.length)
        : found.digits.slice(0, -put.digits.length) + put.digits;
  // Not long enough to have that end, the number goes on with the part told (九八七 尾數係二…).
  const goesOn = putRight?.end === 'last' && !replacing && found.used.lastIndexOf(true) < putRight.from;
  const digits = replacing
    ? { ...found, digits: replaced(putRight), corrected: true }
    : goesOn
      ? { ...found, digits: found.digits + putRight.digits }
      : found;
  // Told twice to confirm (retold.ts), the number is said again whole, not restarted.
  const again =
    digits.retold === undefined
      ? restartedGroup(text, tokens, digits.used, (t) => digitValue(t, grammar.numbers))
      : null;
  const rest = owner.filter((o, i) => o === null && !digits.used[i]).length;
  // A word the matcher does not know among the digits ("九 雙 八 令 二", 令 for 零) may be a digit it
  // missed: the number is read back as a question, never taken as it is.
  const first = digits.used.indexOf(true);
  const last = digits.used.lastIndexOf(true);
  // Words between two tellings of the number (我再講多次, "so that's") restate it: no digit is missed there.
  const restating = (i: number) =>
    digits.retoldAt !== undefined && i < digits.retoldAt && !digits.used.slice(i, digits.retoldAt).some(Boolean);
  const unknownAmong = owner.some((o, i) => i > first && i < last && o === null && !digits.used[i] && !restating(i));
  // Said while still thinking ("幺三五，幺三五……后面是…", "九…九…九三"): the digits may hold a false
  // start, so they are read back as a question, never taken as they are; so are digits corrected on the
  // way ("…四九六，不对，四九八…"): which part the correction replaces is our guess; and so is a number told
  // twice two different ways (九八七六五四三二 係 九八七六五四三三): which telling is right, the resident says.
  // Told twice, the number is judged for that by the telling kept: the first one said again is no stammer.
  const retoldAt = digits.retoldAt;
  const laterTelling = retoldAt === undefined ? digits.used : digits.used.map((u, i) => u && i >= retoldAt);
  // One or two digits among words of the resident's own ("I don't have a phone, never had one"): a word of
  // the sentence more likely than a number, asked back.
  // A correction after the digits with none told after it ("…four three two, no wait"): what was meant is
  // not said, so the number is read back as a question.
  const turnedFrom = corrections.some((c, i) => c && i > first);
  const waitedAndTurned = waitThenRestated(tokens, owner, digits.used, (t) => digitValue(t, grammar.numbers));
  const stray = digits.digits.length < 3 && owner.some((o, i) => !digits.used[i] && (o === null || !isFiller(o)));
  const unsure =
    hesitantDigits(text, tokens, laterTelling) ||
    digits.guessed ||
    digits.corrected ||
    turnedFrom ||
    digits.retold === 'differs' ||
    again !== null ||
    waitedAndTurned ||
    unknownAmong ||
    stray;
  return {
    digits: again === null ? digits.digits : digits.digits.replace(again + again, again),
    sure: unsure ? 0.5 : rest <= slack ? 0.95 : 0.85,
    saidAgain: retoldAt !== undefined && owner.some((o, i) => o !== null && skipped(o) && repeats(o) && restating(i)),
  };
}

const repeats = (h: Hit) => h.phrase.meanings.some((m) => m.slot === 'command' && m.value === 'repeat');

/**
 * Asked for a number, the resident names a phone and says they have none (手机？我不会用，也没有; 手機？冇呀;
 * "I haven't got a mobile"): there is no number to give.
 */
export function saysNoPhone(chosen: readonly Hit[]): boolean {
  return (
    chosen.some((h) => hasCue(h, 'phone')) &&
    chosen.some((h) => hasCue(h, 'haveNone') || h.phrase.meanings.some((m) => m.slot === 'answer' && m.value === 'no'))
  );
}

interface Said {
  text: string;
  tokens: readonly Token[];
  owner: readonly (Hit | null)[];
  grammar: CompiledGrammar;
  words: IntentGrammar;
  skip: readonly boolean[];
  pausedBefore: (i: number) => boolean;
}

/**
 * Groups quoted as the wrong ones (一五八 二二 不是二二 是三三, 唔係二二 係三三, "not two two, it's three three"):
 * digits right after a negator, then a word of `scopes.instead` or a pause, then digits again. A quote is
 * only one of a group said before it; the negator then corrects (marked in `corrections`), and the digits
 * quoted are returned marked, for findDigits to put right where they were said.
 */
function quotedGroups(said: Said, corrections: boolean[]): boolean[] {
  const { tokens, owner, grammar, skip } = said;
  const quoted = tokens.map(() => false);
  const digitAt = (k: number) => (skip[k] ? undefined : digitValue(tokens[k], grammar.numbers)?.toString());
  for (let i = 0; i < tokens.length; i++) {
    const o = owner[i];
    if (o == null || o.start !== i || !o.phrase.meanings.some((m) => m.slot === 'cue' && m.value === 'negator'))
      continue;
    let end = o.end;
    let group = '';
    while (digitAt(end) !== undefined && (end === o.end || !said.pausedBefore(end))) group += digitAt(end++);
    if (group === '' || end >= tokens.length) continue;
    // The longest word said there ("it is", not "it").
    const between = spansOf(said.words, tokens, 'instead')
      .filter((s) => s.start === end)
      .sort((a, b) => b.end - a.end)[0];
    const next = between?.end ?? (said.pausedBefore(end) ? end : -1);
    if (next < 0 || digitAt(next) === undefined) continue;
    // Quoted only when said before: "不是 一三八 一二三四…" after 一三九 is the whole number again, not a quote.
    const before = findDigits(
      tokens,
      grammar.numbers,
      skip.map((s, k) => s || k >= i),
      corrections,
      said.pausedBefore,
    );
    // With only a pause after it, the number's first group said again starts it over (唔係 九四 六六…), no quote.
    if (before === null || !before.digits.includes(group) || (!between && before.digits.startsWith(group))) continue;
    for (let k = o.start; k < o.end; k++) corrections[k] = true;
    for (let k = o.end; k < end; k++) quoted[k] = true;
  }
  return quoted;
}

/**
 * A wait said inside the number (九三零零八一 等一下 八二七七, 等陣), the digits after it starting with one of the
 * last three before it: the number may go on, or be put right from that digit ("…eight one, wait, eight
 * two…"); which, only the resident knows, so it is read back as a question.
 */
function waitThenRestated(
  tokens: readonly Token[],
  owner: readonly (Hit | null)[],
  used: readonly boolean[],
  digitOf: (token: Token) => number | undefined,
): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const o = owner[i];
    if (o == null || o.start !== i || !hasCue(o, 'hedge')) continue;
    const after = used.indexOf(true, o.end);
    if (after < 0) continue;
    const before = tokens
      .slice(0, i)
      .flatMap((t, k) => (used[k] ? [digitOf(t)] : []))
      .slice(-3);
    if (before.length > 0 && before.includes(digitOf(tokens[after]!))) return true;
  }
  return false;
}

/** A hesitation mark between two digits, or a group of digits said twice in a row. */
export function hesitantDigits(text: string, tokens: readonly Token[], used: readonly boolean[]): boolean {
  const groups: string[] = [];
  let previous: Token | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!used[i]) continue;
    const t = tokens[i]!;
    if (previous === undefined || pauseBetween(text, previous.end, t.start, true)) {
      if (previous !== undefined && /…|\.\.\./.test(text.slice(previous.end, t.start))) return true;
      groups.push('');
    }
    groups[groups.length - 1] += `${t.text} `;
    previous = t;
  }
  return groups.some((g, k) => k > 0 && g === groups[k - 1] && g.split(' ').length > 2);
}

/**
 * A group of digits said again at the start of the next ("幺三五，幺三五……后面是…", "eight oh seven six uh
 * eight oh seven six two two one nine"): the resident started again, so the group counts once. Groups end
 * at a pause or at a word that is no digit; three digits said again count, or two after such a word
 * ("六三 呃 六三零二…") or with more after them ("六二，六二四八…"). Returns the group's digits, or null; match.ts reads digits with a restart back
 * as a question, as it does hesitantDigits'.
 */
export function restartedGroup(
  text: string,
  tokens: readonly Token[],
  used: readonly boolean[],
  digitOf: (token: Token) => number | undefined,
): string | null {
  const groups: string[] = [];
  /** Whether each group began after a word that is no digit (呃, "uh"): a breath taken, a restart likelier. */
  const afterWord: boolean[] = [];
  let previous: number | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!used[i]) continue;
    const t = tokens[i]!;
    // A pause, or a word that is no digit ("eight oh seven six uh eight oh seven six…"), ends a group.
    // A space is a pause between Chinese characters only: English words are spaced anyway.
    const before = previous === undefined ? undefined : tokens[previous]!;
    if (before === undefined || i > previous! + 1 || pauseBetween(text, before.end, t.start, before.han && t.han)) {
      groups.push('');
      afterWord.push(before !== undefined && i > previous! + 1);
    }
    const d = digitOf(t);
    groups[groups.length - 1] += d === undefined ? '?' : String(d);
    previous = i;
  }
  // The group said again, alone or with the rest of the number after it. Two digits count after a word,
  // or when the rest of the number follows them the second time (六二，六二四八…): pairs said alike in a
  // row ("九八 九八 七六…") are the number's own.
  const restarts = (g: string, before: string, afterWordToo: boolean) =>
    before.length >= 3 || (before.length === 2 && (afterWordToo || g.length > 2));
  const k = groups.findIndex(
    (g, k) => k > 0 && !g.includes('?') && restarts(g, groups[k - 1]!, afterWord[k]!) && g.startsWith(groups[k - 1]!),
  );
  return k < 0 ? null : groups[k - 1]!;
}
