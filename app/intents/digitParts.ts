import type { CompiledGrammar, IntentGrammar } from './grammar';
import type { Token } from './normalise';
import { digitValue } from './numbers';
import { spansOf } from './scopes';

/*
 * A number told in named parts, and a part put right (round twenty-two): 最后四个是二二二三, 尾四個係…, "the
 * last two are six six", 中间是零三二一, 开头是…, "the first three are…". The words naming the part and the count
 * in them (the 四 of 最后四个, the "two" of "the last two are") are no digits of the number.
 */

/** The tokens of the utterance and which of them give no digit (a label, a command, a hedge, a count). */
export interface PartsSaid {
  tokens: readonly Token[];
  grammar: CompiledGrammar;
  words: IntentGrammar;
  skip: boolean[];
  /** 不对, 唔係, "no wait": the resident turning from what they said. */
  corrections: readonly boolean[];
  pausedBefore: (i: number) => boolean;
}

/** The end, or the start, of a number told before, put right: its digits replace as many there. */
export interface PartPutRight {
  /** Where the part is named: nothing told after it may be the number going on. */
  from: number;
  digits: string;
  /** Which part of the number the digits replace: the middle only of a mainland mobile (3-4-4). */
  end: PartKind;
  /** A correction word was said before the part (哦不对 最后四个是…): a put right, not a number going on. */
  corrected: boolean;
  /** Told as the number goes on (一五零 中间是零三二一 最后四个是七七六九): its digits come last, none replaced. */
  goesOn: boolean;
}

type PartKind = 'first' | 'middle' | 'last';

/** The fewest digits of a whole phone number: a Hong Kong number, a mainland landline without its area code. */
const WHOLE_NUMBER = 8;
type PartList = 'firstPart' | 'middlePart' | 'lastPart' | 'lastDigits';

/** A part of the number named, the count said with it (最后四个, "the last two") and where its digits begin. */
interface PartNamed {
  kind: PartKind;
  /** The list that named it: `lastDigits` names the end outright, counted or not. */
  list: PartList;
  start: number;
  /** The first token after the naming words. */
  end: number;
  count?: number;
}

/**
 * The parts of the number named, in order. A part word (`lastPart`, `middlePart`, `firstPart`) names one only
 * with a count and a unit after it (四个, 兩個, "two digits") or a word telling its digits (是, 係, "are"): 最后
 * alone is no part of a number (最后幺二三四 still is the end, told as it comes). `lastDigits` (尾数, "the last
 * digit") names the end on its own. The count's digit is marked skipped.
 */
function partsNamed(said: PartsSaid): PartNamed[] {
  const { tokens, grammar, words, skip } = said;
  const n = grammar.numbers;
  const tells = spansOf(words, tokens, 'partIs');
  const tellsAt = (k: number) => tells.filter((s) => s.start === k).sort((a, b) => b.end - a.end)[0]?.end;
  const unitAt = (k: number) => {
    if (n.counter.has(tokens[k]?.text ?? '')) return k + 1;
    const unit = n.digitCount.find((u) => u.every((text, j) => tokens[k + j]?.text === text));
    return unit === undefined ? undefined : k + unit.length;
  };
  const named: PartNamed[] = [];
  const kinds: [PartKind, PartList][] = [
    ['first', 'firstPart'],
    ['middle', 'middlePart'],
    ['last', 'lastPart'],
    ['last', 'lastDigits'],
  ];
  for (const [kind, list] of kinds) {
    for (const span of spansOf(words, tokens, list)) {
      if (named.some((p) => p.start <= span.start && p.end >= span.end)) continue;
      let end = span.end;
      let count: number | undefined;
      const d = digitValue(tokens[end], n);
      // The count, then a unit or a word telling the digits: 四个, 兩個係, "two digits", "two are".
      const counted = d !== undefined && d > 0 ? (unitAt(end + 1) ?? tellsAt(end + 1)) : undefined;
      if (counted !== undefined) {
        skip[end] = true;
        count = d;
        end = unitAt(end + 1) ?? end + 1;
      }
      const told = tellsAt(end);
      if (told !== undefined) end = told;
      if (list !== 'lastDigits' && count === undefined && told === undefined) continue;
      named.push({ kind, list, start: span.start, end, ...(count === undefined ? {} : { count }) });
    }
  }
  return named.sort((a, b) => a.start - b.start);
}

/**
 * The end (or the start) of the number put right: "sorry the last digit is two not one", 尾數係二, 哦不对
 * 最后四个是三五七八, 不對 開頭係一三九. The words naming the part, the digits told after them (as many as
 * counted, across pauses; else up to a pause, past a word or two: "is", 係) and any quoted as wrong after
 * those ("not one", 唔係一) are no digits of the number as said; they are skipped, and returned to put it right.
 * A part told as the number goes on is no put right: its digits stay in the number — after a middle part named
 * (一五零 中间是零三二一 最后四个是七七六九), or after a word going on ("then seven one and the last two are…"),
 * with no correction between.
 */
export function partPutRight(said: PartsSaid): PartPutRight | null {
  const { tokens, grammar, words, skip, corrections } = said;
  const n = grammar.numbers;
  /** A digit of the number as said: none of a label, a command or a hedge. */
  const heard = (k: number) => (skip[k] ? undefined : digitValue(tokens[k], n));
  /**
   * A digit told for the part, read past what was skipped ("the last number is a one"). "are oh dear zero nine":
   * a weak digit ("oh", 一) is one only beside another, or said alone to end the part (最尾個字係一).
   */
  const digitTold = (k: number, partEnd = -1) => {
    const d = digitValue(tokens[k], n);
    if (d === undefined || !n.weak.has(tokens[k]!.text)) return d;
    const beside = (j: number) => !skip[j] && digitValue(tokens[j], n) !== undefined;
    const alone = k === partEnd && (k + 1 >= tokens.length || said.pausedBefore(k + 1));
    return beside(k - 1) || beside(k + 1) || alone ? d : undefined;
  };
  const notThese = spansOf(words, tokens, 'notThese');
  const goingOn = spansOf(words, tokens, 'goingOn');
  const parts = partsNamed(said);
  for (const part of parts) {
    // Only a number told before has an end to put right: 尾号是两两七七 alone tells the last digits asked for.
    let before = 0;
    let lastBefore = -1;
    for (let i = 0; i < part.start; i++)
      if (heard(i) !== undefined) {
        before++;
        lastBefore = i;
      }
    if (before < 3) continue;
    let corrected = false;
    for (let i = lastBefore + 1; i < part.start; i++) corrected ||= corrections[i] === true;
    const continues =
      goingOn.some((g) => g.end === part.start) || parts.some((p) => p.kind === 'middle' && p.start < part.start);
    // Uncounted and uncorrected, 最后是 / "and the last is" is the number going on ("finally"), told as it comes.
    const named = part.count !== undefined || part.list === 'lastDigits';
    // Counted but uncorrected, the end of fewer than a whole number's digits is the number going on (一三九
    // 二二八八 最后四个是七六五四); of a whole one (eight digits: a Hong Kong number, a mainland landline), put right.
    const whole = part.list === 'lastDigits' || before >= WHOLE_NUMBER;
    if (!corrected && part.kind !== 'last') continue;
    // Eleven digits told already (a mainland mobile, the longest number asked for): nothing goes on after them,
    // so an end named then is put right, even uncounted (一三七 四五六 七八九 零零 等下 最后是零一).
    const complete = before >= 11;
    const goesOn = !corrected && !complete && (continues || !named || !whole);
    let k = part.end;
    const repeated = (j: number) => n.repeater.has(tokens[j]?.text ?? '') && digitTold(j + 1) !== undefined;
    while (k < part.end + 3 && k < tokens.length && digitTold(k, part.end) === undefined && !repeated(k)) k++;
    let told = '';
    // Up to a pause, or as many as counted: the whole number told again after it (尾數係二 九八七六五四三二) is
    // no part of the end.
    const more = () => (part.count === undefined ? told === '' || !said.pausedBefore(k) : told.length < part.count);
    for (; k < tokens.length && more(); k++) {
      const times = n.repeater.get(tokens[k]!.text);
      const d = times === undefined ? digitTold(k, part.end) : digitTold(k + 1);
      if (d === undefined) break;
      if (times !== undefined) k++;
      told += String(d).repeat(times ?? 1);
    }
    if (told === '' || told.length > 4) continue;
    // The middle is known only of a mainland mobile, told three, four and four: the four after the first three.
    if (part.kind === 'middle' && (before !== 11 || told.length !== 4)) continue;
    const quoted = notThese.find((q) => q.start === k && digitTold(q.end) !== undefined);
    if (quoted !== undefined)
      for (k = quoted.end; digitTold(k) !== undefined && (k === quoted.end || !said.pausedBefore(k)); ) k++;
    // Going on with more told after it, the part's digits are the number's as they come.
    if (goesOn && tokens.some((_, j) => j >= k && heard(j) !== undefined)) continue;
    for (let i = part.start; i < k; i++) skip[i] = true;
    return { from: part.start, digits: told, end: part.kind, corrected, goesOn };
  }
  return null;
}

/**
 * A group said again to confirm it (最后四个是 七七 六九 对 七七六九, "six eight four four that's double four"):
 * after a word confirming (对, 即係, "that's"), digits that are the end of the group just before it, two to
 * five of them, count once; they are marked skipped. A whole number told again is retold.ts's.
 */
export function skipConfirmedGroups(said: PartsSaid): void {
  const { tokens, grammar, words, skip } = said;
  const n = grammar.numbers;
  const digitAt = (k: number) => (skip[k] ? undefined : digitValue(tokens[k], n));
  for (const word of spansOf(words, tokens, 'confirming')) {
    let group = '';
    for (let k = word.start - 1; k >= 0 && digitAt(k) !== undefined; k--) {
      const times = k > 0 ? n.repeater.get(tokens[k - 1]!.text) : undefined;
      group = String(digitAt(k)).repeat(times ?? 1) + group;
      if (times !== undefined) k--;
    }
    let again = '';
    /** How many digits were said again up to and including each token after the word. */
    const upTo: number[] = [];
    for (let k = word.end; k < tokens.length; k++) {
      const times = n.repeater.get(tokens[k]!.text);
      const d = times === undefined ? digitAt(k) : digitAt(k + 1);
      if (d === undefined) break;
      again += String(d).repeat(times ?? 1);
      upTo.push(again.length);
      if (times !== undefined) upTo.push(again.length);
      if (times !== undefined) k++;
    }
    // The group's end said again, alone or with the number going on after it ("three one that's three one two
    // oh eight eight"): the longest such end, two to five digits.
    let same = Math.min(group.length, again.length, 5);
    while (same >= 2 && !again.startsWith(group.slice(-same))) same--;
    if (same < 2) continue;
    for (let i = word.start; i < word.end; i++) skip[i] = true;
    for (let j = 0; j < upTo.length && upTo[j]! <= same; j++) skip[word.end + j] = true;
  }
}
