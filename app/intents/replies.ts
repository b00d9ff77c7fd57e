import type { CompiledGrammar } from './grammar';
import { answerOf, type Hit, holdsFiller } from './hits';
import type { Token } from './normalise';
import { readingsOf } from './phonetics';
import type { Answer } from './types';
import { hasCue, wordsBetween } from './understand';

/*
 * A reply on the yes/no step, and thinking aloud on any step: the yes or no a resident meant (a denial of a
 * fault is a yes, a yes taken back is none), where a reply starts after thinking aloud, and a one-character
 * reply heard only by its sound. Reads hits and tokens only, as understand.ts does.
 */

/**
 * Thinking aloud anywhere in the utterance — even inside a longer phrase
 * (我都唔係好肯定, where 都唔係 was taken first) — unless an answer owns
 * those words (不可能 is a no, not a 可能).
 */
export function isHedged(hits: readonly Hit[], owner: readonly (Hit | null)[]): boolean {
  return hedgesOf(hits, owner).length > 0;
}

/**
 * Where the resident's reply starts after thinking aloud in clauses of its own ("let me see… the phone's
 * right, the name too, yes", 我看看 嗯 这个电话对的 行): the first token past the last hedge's clause, or
 * null when the hedge is in the last clause (应该是吧 我也记不清了: no reply after it).
 */
export function afterThinking(
  hits: readonly Hit[],
  owner: readonly (Hit | null)[],
  clause: readonly number[],
): number | null {
  const last = hedgesOf(hits, owner).reduce((n, h) => Math.max(n, clause[h.end - 1]!), -1);
  const from = clause.findIndex((c) => c > last);
  return last < 0 || from < 0 ? null : from;
}

/**
 * Where the reply starts after thinking aloud taken back in the same breath ("I don't know actually yes yes
 * that's right", 我说不好 哦不对 是的): the first token past a correction said after the last hedge, or null.
 */
export function afterSecondThoughts(chosen: readonly Hit[]): number | null {
  const lastHedge = chosen.findLast((h) => hasCue(h, 'hedge'));
  if (lastHedge === undefined) return null;
  const fix = chosen.find((h) => h.start >= lastHedge.end && hasCue(h, 'correction') && answerOf(h) === null);
  return fix === undefined ? null : fix.end;
}

const callsStaff = (h: Hit) => h.phrase.meanings.some((m) => m.slot === 'command' && m.value === 'call_staff');

function hedgesOf(hits: readonly Hit[], owner: readonly (Hit | null)[]): Hit[] {
  return hits.filter((h) => {
    if (h.quality !== 1 || !hasCue(h, 'hedge')) return false;
    // Only an answer that holds the whole hedge hides it: 不可能 holds 可能, but 不好 inside 说不好 is
    // part of the hedge, not an answer. So does a person asked for: 讲不清 inside 跟机器讲不清 is the machine not
    // understood, not the resident unsure.
    for (let k = h.start; k < h.end; k++) {
      const o = owner[k];
      const hides = o != null && (answerOf(o) !== null || callsStaff(o));
      if (o != null && o !== h && hides && o.start <= h.start && o.end >= h.end) return false;
    }
    return true;
  });
}

/** A yes/no answer with how sure it is, or null when there is none (or only thinking aloud). */
export function answerOfReply(
  chosen: readonly Hit[],
  owner: readonly (Hit | null)[],
  hedged: boolean,
  pausedAfter: (token: number) => boolean,
  /** Only hums (嗯, "mhm") said, ending on a word that opens more (嗯 那个): scopes.ts trailsOff. */
  trailing = false,
): { answer: Answer; sure: number } | null {
  // Thinking aloud, yet a fault named after it ("hang on, that's not my number", 好像不太对): not right. Thinking
  // aloud after the fault (不对 我再想一哈) takes it back: no answer yet.
  if (hedged) {
    const lastHedge = chosen.findLast((h) => hasCue(h, 'hedge'));
    const fault = chosen.some((h) => hasCue(h, 'fault') && (lastHedge === undefined || h.start >= lastHedge.start));
    return fault ? { answer: 'no', sure: 0.7 } : null;
  }
  // 嗯 and 要 are answers alone, fillers beside a real answer ("嗯，不对吧").
  const all = chosen.filter((h) => answerOf(h) !== null);
  const denied = deniedNo(chosen, owner, pausedAfter) ?? deniedYes(chosen, owner, pausedAfter);
  if (denied !== null) return denied;
  const agreed = noAgreeingWithDenial(chosen);
  if (agreed !== null) return agreed;
  const strong = all.filter((h) => !holdsFiller(h));
  // 嗯 那个, 呃 嗯 個, "mm, the": a sound that is a yes only alone, trailing off on a word that opens what is
  // about to be said — a hesitation, the reply still to come.
  const last = owner.at(-1);
  if (trailing && (last == null || answerOf(last) === null)) return null;
  const answers = strong.length > 0 ? strong : all;
  const first = answers[0];
  // No yes or no, but a fault named in the read-back (個名寫錯咗, "that's not my number"): it is not right.
  if (first === undefined) return chosen.some((h) => hasCue(h, 'fault')) ? { answer: 'no', sure: 0.8 } : null;
  // Words that are neither an answer nor a filler are words beyond the answer, even when some phrase
  // claimed them (唔太記得: 太記 heard as 太极 is no part of a reply ending in 得).
  const uncovered = owner.filter((o) => o === null || (answerOf(o) === null && !holdsFiller(o))).length;
  // An answer said first ("对，都对", "no, the address is wrong") is the reply; one found inside a
  // longer sentence (记不太清, "I can't say for sure") may be no answer at all: ask before acting on it.
  const leading = owner.findIndex((o) => o === null || o === first || !holdsFiller(o)) === first.start;
  const placed = uncovered === 0 ? 0.95 : leading ? (uncovered <= 4 ? 0.85 : 0.75) : uncovered <= 2 ? 0.7 : 0.5;
  // A word that is an answer only when said alone ("it is", 嗯) is no sure reply with more words beside it:
  // "it is the old address" may be a statement, not a yes.
  const weakOnly = strong.length === 0 && uncovered > 0;
  const base = first.quality * (weakOnly ? Math.min(placed, 0.5) : placed);
  const value = answerOf(first)!;
  const later = answers.slice(1);
  if (later.every((h) => answerOf(h) === value)) {
    // A fault named after a yes ("对，可是号码错了一位") makes it a no.
    const fault = chosen.some((h) => h.start > first.start && hasCue(h, 'fault'));
    if (value === 'yes' && fault) return { answer: 'no', sure: 0.8 };
    // A yes with an exception after it ("correct except for the phone", "都啱 不過個地址…"): some part is
    // wrong, most likely; asked back.
    const but = chosen.find((h) => h.start > first.start && hasCue(h, 'contrast'));
    // (Any word after it counts: "the phone" is only a filler to the matcher, yet it names what is wrong.)
    if (value === 'yes' && but !== undefined && but.end < owner.length)
      return { answer: 'no', sure: Math.min(base, 0.55) };
    return { answer: value, sure: base };
  }
  // Corrected on the way ("no no, hold on, I mean yes", "yes, sorry, I meant no"): what follows the last
  // correction is the reply, when it says one thing.
  const correction = chosen.findLast(
    (h) =>
      h.start > first.start && hasCue(h, 'correction') && answerOf(h) === null && answers.some((a) => a.start >= h.end),
  );
  const meant = correction === undefined ? [] : answers.filter((h) => h.start >= correction.end);
  if (meant.length > 0 && meant.every((h) => answerOf(h) === answerOf(meant[0]!)))
    return { answer: answerOf(meant[0]!)!, sure: Math.min(base, 0.7) };
  // "No no, that's right": a no said first, then only yeses and nothing found wrong, waves off a doubt; asked
  // back, never taken as it is. A single no and a single yes ("no, correct") stay a reply corrected. A no
  // doubled in one phrase ("no no", 唔係唔係, round twenty-three) is said twice, as 不 不 is.
  const nos = answers.findIndex((h) => answerOf(h) !== 'no');
  const saidNos = answers.slice(0, Math.max(nos, 0)).reduce((n, h) => n + (isDoubled(h) ? 2 : 1), 0);
  const yeses = nos < 0 ? [] : answers.slice(nos);
  const fault = chosen.some((h) => hasCue(h, 'fault') || hasCue(h, 'contrast'));
  if (
    value === 'no' &&
    leading &&
    !fault &&
    yeses.length > 0 &&
    yeses.every((h) => answerOf(h) === 'yes') &&
    saidNos + yeses.length > 2
  )
    return { answer: 'yes', sure: Math.min(base, 0.55) };
  // Yes, then a fault: the read-back is wrong ("yes… no wait, that's wrong", "前面都对，就是地址不对").
  if (value === 'yes' && later.some((h) => hasCue(h, 'fault') || hasCue(h, 'correction')))
    return { answer: 'no', sure: 0.8 };
  // Yes, but then a no ("名字对，可是电话不是他的", "the name's right but that's my number, not his"): a part
  // of the read-back is wrong.
  const firstNo = later.find((h) => answerOf(h) === 'no');
  if (
    value === 'yes' &&
    firstNo !== undefined &&
    chosen.some((h) => h.start > first.start && h.start < firstNo.start && hasCue(h, 'contrast'))
  )
    return { answer: 'no', sure: 0.7 };
  // "yes, well, no, it's…", 对……哦不是，那个…: a yes taken back, and nothing said after to settle it: no reply yet.
  if (later.length === 1 && takenBack(chosen, owner, pausedAfter, owner.length)) return null;
  // Mixed otherwise ("是的，不用改了"): the first, but not sure enough to act on without asking.
  return { answer: value, sure: Math.min(base, 0.5) };
}

/** A phrase that is one word said over again ("no no", 唔係唔係, 不是不是). */
const isDoubled = (h: Hit) => /^(.+?)(?:\s*\1)+$/u.test(h.phrase.texts.join(' '));

/**
 * A yes taken back before token `before`: the first word after it that is no filler turns from it — a
 * correction (哦不, "no wait") or a no said on its own, a pause after it ("yes, well, no, …") — and more is
 * said after. "是的，不用改了" keeps its yes: its no is part of a sentence.
 */
export function takenBack(
  chosen: readonly Hit[],
  owner: readonly (Hit | null)[],
  pausedAfter: (token: number) => boolean,
  before: number,
): boolean {
  const said = chosen.filter((h) => !holdsFiller(h) && h.end <= before);
  const yes = said.findIndex((h) => answerOf(h) !== null);
  const next = said[yes + 1];
  if (yes < 0 || answerOf(said[yes]!) !== 'yes' || next === undefined || next.end >= owner.length) return false;
  for (let k = said[yes]!.end; k < next.start; k++) if (owner[k] == null || !holdsFiller(owner[k]!)) return false;
  return (
    (hasCue(next, 'correction') && answerOf(next) === null) || (answerOf(next) === 'no' && pausedAfter(next.end - 1))
  );
}

/**
 * The first answer of `value` said in one breath after a negator (`negates`): at most `within` words between,
 * no pause. deniedNo and deniedYes turn it round.
 */
function negatedAnswer(
  chosen: readonly Hit[],
  owner: readonly (Hit | null)[],
  pausedAfter: (token: number) => boolean,
  negates: (h: Hit) => boolean,
  value: Answer,
  within: number,
): Hit | null {
  const said = chosen.filter((h) => !holdsFiller(h));
  for (let i = 0; i + 1 < said.length; i++) {
    const negator = said[i]!;
    const answer = said[i + 1]!;
    if (!negates(negator) || answerOf(answer) !== value || answer.start < negator.end) continue;
    if (wordsBetween(owner, negator.end, answer.start) > within) continue;
    let paused = false;
    for (let k = negator.end - 1; k < answer.start; k++) paused ||= pausedAfter(k);
    if (!paused) return answer;
  }
  return null;
}

/** English nos that agree with a denial said before them ("not wrong, no", "nothing missing, not at all"). */
const AGREEING = new Set(['no', 'nope', 'nah', 'no no', 'not at all', 'not in the least', 'of course not']);

/**
 * A no denied in one breath is a yes: 不是不对, 唔係唔啱, 不是不要, "that's not wrong", "it's not that I
 * don't want". Only a negator said right before the no (at most one word between, no pause) turns it:
 * 不是，不对 and "not correct, the name's wrong" stay a no. Heard alone it is asked back (below the
 * threshold); a yes said after it ("不是不要，要的", "yes please") makes it sure.
 */
function deniedNo(
  chosen: readonly Hit[],
  owner: readonly (Hit | null)[],
  pausedAfter: (token: number) => boolean,
): { answer: Answer; sure: number } | null {
  const no =
    negatedAnswer(chosen, owner, pausedAfter, (h) => hasCue(h, 'negator'), 'no', 1) ??
    deniedFault(chosen, owner, pausedAfter);
  if (no === null) return null;
  const after = chosen.filter((h) => h.start >= no.end && answerOf(h) !== null);
  // "it's not wrong, no", "not wrong, no, that's it exactly", "not wrong no not at all": English tags a negative
  // with a no that agrees (a 不对 after 不是不对 is no such echo), so long as nothing after names a fault,
  // corrects or excepts ("not wrong, no, but the name's spelt wrong").
  const turns = (h: Hit) =>
    h.start >= no.end && (hasCue(h, 'fault') || hasCue(h, 'correction') || hasCue(h, 'contrast'));
  const nos = after.filter((h) => answerOf(h) === 'no');
  if (chosen.some(turns) || !nos.every((h) => AGREEING.has(h.phrase.texts.join(' ')))) return null;
  return { answer: 'yes', sure: after.some((h) => answerOf(h) === 'yes') ? 0.8 : 0.55 };
}

/** How a yes said by denying a fault begins: "nothing wrong", "cant be wrong", 没问题, 冇錯, 唔係錯. */
const DENYING = new Set(['nothing', 'nothings', 'not', 'no', 'cant', 'never', '没', '冇', '不', '唔', '无']);

/**
 * "nope, nothing wrong there", 没有 没问题, 冇 冇錯: a no that agrees with the denial of a fault said after it
 * is a yes. Asked back (0.55), and only when every later answer is such a yes and nothing after names a
 * fault, corrects or excepts.
 */
function noAgreeingWithDenial(chosen: readonly Hit[]): { answer: Answer; sure: number } | null {
  const answers = chosen.filter((h) => answerOf(h) !== null && !holdsFiller(h));
  const [no, ...later] = answers;
  if (no === undefined || answerOf(no) !== 'no' || later.length === 0) return null;
  const denies = (h: Hit) => answerOf(h) === 'yes' && h.phrase.texts.length > 1 && DENYING.has(h.phrase.texts[0]!);
  const turns = (h: Hit) =>
    h.start >= no.end && (hasCue(h, 'fault') || hasCue(h, 'correction') || hasCue(h, 'contrast'));
  if (!later.every(denies) || chosen.some((h) => turns(h) && !later.includes(h))) return null;
  return { answer: 'yes', sure: 0.55 };
}

/** 没写错, 冇寫錯, "nothing's missing": a plain "not" right before a fault, in one breath, denies the fault. */
function deniedFault(
  chosen: readonly Hit[],
  owner: readonly (Hit | null)[],
  pausedAfter: (token: number) => boolean,
): Hit | null {
  const said = chosen.filter((h) => !holdsFiller(h));
  for (let i = 0; i + 1 < said.length; i++) {
    const [not, fault] = [said[i]!, said[i + 1]!];
    // A "no" is a reply of its own before the fault ("no wrong number"), not a denial of it.
    if (!hasCue(not, 'verbNegator') || not.phrase.texts.includes('no')) continue;
    if (!hasCue(fault, 'fault') || fault.start < not.end) continue;
    if (wordsBetween(owner, not.end, fault.start) > 0) continue;
    let paused = false;
    for (let k = not.end - 1; k < fault.start; k++) paused ||= pausedAfter(k);
    if (!paused) return fault;
  }
  return null;
}

/**
 * A yes denied in one breath is a no: "it doesn't look right to me", "I don't think that's correct". A negator
 * up to two words before the yes, in its clause, turns it (not a "no" said first: "no, correct" is a reply
 * corrected); asked back (below the threshold), since "don't worry it's fine" says the same words for a yes.
 */
function deniedYes(
  chosen: readonly Hit[],
  owner: readonly (Hit | null)[],
  pausedAfter: (token: number) => boolean,
): { answer: Answer; sure: number } | null {
  const negates = (h: Hit) =>
    (hasCue(h, 'negator') || hasCue(h, 'verbNegator')) && !(answerOf(h) === 'no' && h.start === 0);
  return negatedAnswer(chosen, owner, pausedAfter, negates, 'yes', 2) === null ? null : { answer: 'no', sure: 0.55 };
}

/**
 * A reply of one Chinese character that is no answer but sounds like a one-character answer (喺 for 係):
 * said alone it can only be that answer, so it is asked back ("did you say yes?"), never acted on.
 * Two answers of different meanings with that sound, or a longer reply, give none: inside a sentence
 * 喺 means "at".
 */
export function answerBySound(
  tokens: readonly Token[],
  hits: readonly Hit[],
  grammar: CompiledGrammar,
): { answer: Answer; sure: number } | null {
  const [only] = tokens;
  if (tokens.length !== 1 || only === undefined || !only.han || hits.some((h) => answerOf(h) !== null)) return null;
  const heard = new Set(readingsOf(only.text));
  if (heard.size === 0) return null;
  const found = new Set<Answer>();
  for (const [text, answer] of oneCharacterAnswers(grammar))
    if (readingsOf(text).some((r) => heard.has(r))) found.add(answer);
  return found.size === 1 ? { answer: [...found][0]!, sure: 0.55 } : null;
}

const shortAnswers = new WeakMap<CompiledGrammar, [string, Answer][]>();

/** The grammar's answers of one Chinese character (是, 对, 係, 冇), found once per grammar. */
function oneCharacterAnswers(grammar: CompiledGrammar): [string, Answer][] {
  let out = shortAnswers.get(grammar);
  if (out === undefined) {
    out = [];
    for (const phrase of grammar.phrases) {
      const [text] = phrase.texts;
      if (phrase.texts.length !== 1 || text === undefined || [...text].length !== 1) continue;
      for (const m of phrase.meanings) if (m.slot === 'answer') out.push([text, m.value]);
    }
    shortAnswers.set(grammar, out);
  }
  return out;
}
