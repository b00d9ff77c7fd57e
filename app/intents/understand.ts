import type { CompiledGrammar, Cue } from './grammar';
import type { Hit } from './hits';
import type { Token } from './normalise';
import { readingsOf } from './phonetics';
import type { Answer } from './types';

/*
 * The understanding layer: what residents mean beyond the phrases they use.
 * A phrase found in the utterance is a Hit; this file decides which hits
 * still count once clauses, negation, corrections and hedges are taken into
 * account. It only reads hits and tokens, so it costs a pass or two over the
 * utterance, never the grammar.
 */

export const hasCue = (h: Hit, cue: Cue) => h.phrase.meanings.some((m) => m.slot === 'cue' && m.value === cue);
const names = (h: Hit) => h.phrase.meanings.some((m) => m.slot === 'kind' || m.slot === 'category');
const namesKind = (h: Hit) => h.phrase.meanings.some((m) => m.slot === 'kind');
const suggests = (h: Hit) => h.phrase.meanings.some((m) => m.slot === 'kind' && m.value === 'suggestion');
/** Carries no meaning here: a filler, even one that can also be an answer elsewhere (要). */
const isFiller = (h: Hit | null) => h?.phrase.meanings.some((m) => m.slot === 'filler') === true;
const answerOf = (h: Hit): Answer | null => {
  for (const m of h.phrase.meanings) if (m.slot === 'answer') return m.value;
  return null;
};

/** Punctuation that marks a pause: , ， 。 . ! ！ ? ？ ; ； : ： … 、 ~ ～ */
const PAUSES = new Set([...',，。.!！?？;；:：…、~～']);

/** Whether the text between two tokens holds a pause, or (when `spaces`) a space. */
export function pauseBetween(text: string, from: number, to: number, spaces: boolean): boolean {
  for (let k = from; k < to; k++) {
    const ch = text[k]!;
    if (PAUSES.has(ch) || (spaces && (ch === ' ' || ch === '\u3000' || ch === '\t'))) return true;
  }
  return false;
}

/**
 * The clause of each token: punctuation between two tokens starts a new one
 * (recognisers punctuate pauses), and so does a space between two Chinese
 * characters, or a contrast word (可是, "but").
 */
export function clausesOf(text: string, tokens: readonly Token[], owner: readonly (Hit | null)[]): number[] {
  const clause: number[] = new Array(tokens.length);
  let n = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const previous = tokens[i - 1];
    if (previous !== undefined) {
      const o = owner[i];
      // A turn to the point ("so I'd like…", "anyway") opens a clause too: what came before is why, not what.
      const contrast = o != null && o !== owner[i - 1] && (hasCue(o, 'contrast') || hasCue(o, 'point'));
      if (contrast || pauseBetween(text, previous.end, t.start, previous.han && t.han)) n++;
    }
    clause[i] = n;
  }
  return clause;
}

/** How many tokens between [from, to) say something: not fillers. */
function wordsBetween(owner: readonly (Hit | null)[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (!isFiller(owner[k] ?? null)) n++;
  return n;
}

/** Words that join a list ("not the noise or the rubbish", 不是噪音或垃圾): a denial reaches across them. */
const LISTING = new Set(['or', 'nor', 'and', 'the', 'a', 'an', '或', '和', '与', '與', '同', '跟', '及']);
const ARTICLES = new Set(['the', 'a', 'an']);
/** "Any", 什么, 咩 before what is denied (不是要提什么建议, "not making any complaint"): no word of its own. */
export const INDEFINITE = new Set(['什么', '甚么', '什麼', '啥', '啥子', '咩', '乜', '乜嘢', '任何', 'any', 'some']);

/** How many of the tokens from `from` to `to` say "any" or 什么: two-character words are two tokens. */
function indefinites(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const two = k + 1 < to && tokens[k]!.han ? tokens[k]!.text + tokens[k + 1]!.text : '';
    if (INDEFINITE.has(two)) {
      n += 2;
      k++;
    } else if (INDEFINITE.has(tokens[k]!.text)) n++;
  }
  return n;
}

/** What a hit names, as one string: the same for 投诉 said twice. */
const named = (h: Hit) =>
  h.phrase.meanings.map((m) => (m.slot === 'kind' || m.slot === 'category' ? `${m.slot}:${m.value}` : '')).join(' ');
const sameMeaning = (a: Hit, b: Hit) => named(a) === named(b);

const categoriesOf = (h: Hit) => h.phrase.meanings.flatMap((m) => (m.slot === 'category' ? [m.value] : []));

/** Hits that name a kind or category and are rejected, with the slots rejected. */
export type Rejected = Map<Hit, 'kind' | 'all'>;

/**
 * Negation and correction scope. "不是 A，是 B" keeps B; "不投诉，我来办事"
 * drops the complaint; "跟物业没关系" drops 物业; "建议？不不不" drops the
 * suggestion; "I said mediation but I meant legal advice" keeps legal advice.
 * A negated noun that is only part of a story ("没有路灯") still names its
 * category: only a kind is rejected by a verbal negator.
 */
export function rejected(
  chosen: readonly Hit[],
  owner: readonly (Hit | null)[],
  clause: readonly number[],
  /** Every phrase found, chosen or not: a clause's subject may sit inside a longer phrase (佢入咗去). */
  found: readonly Hit[] = chosen,
  tokens: readonly Token[] = [],
  /** Whether a word for kin ends right before token `i` (闺女她: "my daughter, she…"). */
  kinBefore: (i: number) => boolean = () => false,
): Rejected {
  const out: Rejected = new Map();
  const reject = (h: Hit, what: 'kind' | 'all') => {
    if (out.get(h) !== 'all') out.set(h, what);
  };
  chosen.forEach((cue, index) => {
    const copular = hasCue(cue, 'negator');
    const verbal = hasCue(cue, 'verbNegator');
    // "not a suggestion, no, a complaint": a no right after something denied turns to what follows it.
    const previous = chosen.slice(0, index).findLast((h) => !isFiller(h));
    // So does a bare no (not 不是 or "not") after a correction or right after a kind ("a suggestion uh actually
    // no it's a complaint", "suggestion no complaint"): it takes back what came before, not what comes after.
    // Unless it denies the same thing again (不是投诉 不是投诉, "not a complaint, not a complaint").
    const following = chosen.slice(index + 1).find((h) => !isFiller(h));
    const again =
      following !== undefined &&
      previous !== undefined &&
      clause[following.start] === clause[cue.start] &&
      names(following) &&
      sameMeaning(following, previous);
    const turning =
      answerOf(cue) === 'no' &&
      previous !== undefined &&
      !again &&
      (out.has(previous) || (!copular && (hasCue(previous, 'correction') || namesKind(previous))));
    if ((copular || verbal) && !turning) {
      let from = cue.end;
      let deniedKind = false;
      let deniedAny = false;
      const denied: string[] = [];
      for (let j = index + 1; j < chosen.length; j++) {
        const next = chosen[j]!;
        if (clause[next.start] !== clause[cue.start]) break;
        const gap = wordsBetween(owner, from, next.start) - indefinites(tokens, from, next.start);
        if (!names(next)) {
          if (isFiller(next) || indefinites(tokens, next.start, next.end) === next.end - next.start) continue;
          break;
        }
        // A second kind after the one denied is what they meant ("it's not a complaint it's a suggestion").
        if (deniedKind && namesKind(next)) break;
        deniedKind ||= namesKind(next);
        // After the first thing denied, only what is listed right beside it ("not the noise or the rubbish"):
        // "it's not about my health it's my rent" names, after a word or two, what it is.
        // An article alone joins nothing ("not the noise the bins" names the bins): a list needs "or", 和….
        const between = tokens.slice(from, next.start);
        // In English a thing of another category said straight after the one denied, with no "or" or "and"
        // ("not activities trees and grass"), is what they meant, not more of what they deny.
        const apposed =
          between.length === 0 &&
          tokens[next.start]?.han === false &&
          !categoriesOf(next).some((c) => denied.includes(c));
        const listed =
          !deniedAny ||
          (!apposed &&
            between.every((t) => LISTING.has(t.text)) &&
            (between.length === 0 || between.some((t) => !ARTICLES.has(t.text))));
        denied.push(...categoriesOf(next));
        if (copular && gap <= 2 && listed) reject(next, 'all');
        else if (gap === 0 && namesKind(next) && listed) reject(next, 'kind');
        else break;
        deniedAny = true;
        from = next.end;
      }
    }
    // Said after what it denies, with nothing named after it ("建议谈不上，我是真有气", "complaint, not
    // really", 投訴就唔係): the copula looks back at the kind or category just before it, over two words
    // at most (投诉倒也算不上).
    const before = chosen.slice(0, index).findLast((h) => !isFiller(h));
    // An English "not" with a verb after it denies the verb, not the thing before it ("my pension's not come
    // through", "the lift's not working"): it looks back only when nothing is said after it.
    const verbAfter =
      cue.end < tokens.length &&
      !tokens[cue.start]!.han &&
      owner.some((o, k) => k >= cue.end && clause[k] === clause[cue.start] && o === null);
    if (copular && before !== undefined && !verbAfter) {
      const namedAfter = chosen.slice(index + 1).some((h) => clause[h.start] === clause[cue.start] && names(h));
      if (
        names(before) &&
        clause[before.start] === clause[cue.start] &&
        !namedAfter &&
        wordsBetween(owner, before.end, cue.start) <= 2
      )
        reject(before, 'all');
    }
    if (hasCue(cue, 'postNegator')) {
      for (let j = 0; j < index; j++) {
        const before = chosen[j]!;
        if (clause[before.start] === clause[cue.start] && names(before)) reject(before, 'all');
      }
    }
  });
  // A clause about someone else ("我在这儿等我闺女 她去里面办事了", "she's gone in to sort her pension"):
  // a kind said in it is what that person came for, not the resident's request. Categories stay: in a
  // story (他天天半夜剁肉) what the other person does is what the resident complains of.
  // Unless the resident came for that person (我替我爸来的，他想反映…, "I'm here for my dad, he wants…").
  const carer = found.some((h) => h.quality === 1 && hasCue(h, 'onBehalf'));
  for (const cue of found) {
    if (carer || cue.quality !== 1 || !hasCue(cue, 'thirdPerson')) continue;
    // The pronoun opens what follows when nothing but fillers come before it in the clause, or when it
    // takes up the kin just named (我在这儿等我闺女她上楼办事去了, unpunctuated as recognisers write it).
    const first = clause.indexOf(clause[cue.start]!);
    if (wordsBetween(owner, first, cue.start) > 0 && !kinBefore(cue.start)) continue;
    // What others ought to do ("they ought to put a light in", 他们应该多种树) is the resident's suggestion.
    for (const h of chosen)
      if (h.start > cue.start && clause[h.start] === clause[cue.start] && namesKind(h) && !suggests(h))
        reject(h, 'kind');
  }
  // Who only overheard (邻居都听见了, 鄰居都聽到, "the neighbours can hear it all"): a son's quarrel the
  // neighbours hear is the family's, not a neighbour's doing.
  chosen.forEach((cue, index) => {
    if (!hasCue(cue, 'overheard')) return;
    const before = chosen.slice(0, index).findLast((h) => !isFiller(h));
    if (before !== undefined && names(before) && clause[before.start] === clause[cue.start])
      if (wordsBetween(owner, before.end, cue.start) <= 1) reject(before, 'all');
  });
  // A clause of nothing but "no" rejects what the clause before it named ("建议？不不不，我要投诉").
  if (clause[clause.length - 1] !== 0 && chosen.some(names)) rejectBeforeBareNo(chosen, owner, clause, reject);

  // A kind denied outright ("I was going to complain, but no, it's not a complaint") is denied where it was
  // said before too: the resident's last word on it is "not". Said again after the denial, it counts.
  const kindsOf = (h: Hit) => h.phrase.meanings.flatMap((m) => (m.slot === 'kind' ? [m.value] : []));
  for (const [denied, what] of [...out]) {
    if (what !== 'all') continue;
    const values = kindsOf(denied);
    for (const h of chosen) {
      if (h.start >= denied.start) break;
      if (kindsOf(h).some((k) => values.includes(k))) reject(h, 'kind');
    }
  }

  // A correction: what was named before it gives way to what is named after it, slot by slot.
  let correction = -1;
  chosen.forEach((h, i) => {
    if (hasCue(h, 'correction')) correction = i;
  });
  if (correction >= 0) {
    const after = chosen.slice(correction + 1).filter((h) => names(h) && !out.has(h));
    const afterKinds = after.some(namesKind);
    const afterCategories = after.some((h) => h.phrase.meanings.some((m) => m.slot === 'category'));
    for (const h of chosen.slice(0, correction)) {
      if (!names(h)) continue;
      if (afterCategories) reject(h, 'all');
      else if (afterKinds && namesKind(h)) reject(h, 'kind');
    }
  }
  return out;
}

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

function hedgesOf(hits: readonly Hit[], owner: readonly (Hit | null)[]): Hit[] {
  return hits.filter((h) => {
    if (h.quality !== 1 || !hasCue(h, 'hedge')) return false;
    // Only an answer that holds the whole hedge hides it: 不可能 holds 可能, but 不好 inside 说不好 is
    // part of the hedge, not an answer.
    for (let k = h.start; k < h.end; k++) {
      const o = owner[k];
      if (o != null && o !== h && answerOf(o) !== null && o.start <= h.start && o.end >= h.end) return false;
    }
    return true;
  });
}

function rejectBeforeBareNo(
  chosen: readonly Hit[],
  owner: readonly (Hit | null)[],
  clause: readonly number[],
  reject: (h: Hit, what: 'all') => void,
) {
  const clauses = new Map<number, Hit[]>();
  for (const h of chosen) {
    const n = clause[h.start]!;
    const list = clauses.get(n);
    if (list === undefined) clauses.set(n, [h]);
    else list.push(h);
  }
  for (const [n, hits] of clauses) {
    const meaningful = hits.filter((h) => !isFiller(h));
    const onlyNo = meaningful.length > 0 && meaningful.every((h) => answerOf(h) === 'no');
    const wholly = owner.every((o, k) => clause[k] !== n || o !== null);
    if (onlyNo && wholly) for (const h of clauses.get(n - 1) ?? []) if (names(h)) reject(h, 'all');
  }
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
  const strong = all.filter((h) => !isFiller(h));
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
  const uncovered = owner.filter((o) => o === null || (answerOf(o) === null && !isFiller(o))).length;
  // An answer said first ("对，都对", "no, the address is wrong") is the reply; one found inside a
  // longer sentence (记不太清, "I can't say for sure") may be no answer at all: ask before acting on it.
  const leading = owner.findIndex((o) => o === null || o === first || !isFiller(o)) === first.start;
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
  // back, never taken as it is. A single no and a single yes ("no, correct") stay a reply corrected.
  const nos = answers.findIndex((h) => answerOf(h) !== 'no');
  const yeses = nos < 0 ? [] : answers.slice(nos);
  const fault = chosen.some((h) => hasCue(h, 'fault') || hasCue(h, 'contrast'));
  if (
    value === 'no' &&
    leading &&
    !fault &&
    yeses.length > 0 &&
    yeses.every((h) => answerOf(h) === 'yes') &&
    nos + yeses.length > 2
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
  const said = chosen.filter((h) => !isFiller(h) && h.end <= before);
  const yes = said.findIndex((h) => answerOf(h) !== null);
  const next = said[yes + 1];
  if (yes < 0 || answerOf(said[yes]!) !== 'yes' || next === undefined || next.end >= owner.length) return false;
  for (let k = said[yes]!.end; k < next.start; k++) if (owner[k] == null || !isFiller(owner[k]!)) return false;
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
  const said = chosen.filter((h) => !isFiller(h));
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

/** 没写错, 冇寫錯, "nothing's missing": a plain "not" right before a fault, in one breath, denies the fault. */
function deniedFault(
  chosen: readonly Hit[],
  owner: readonly (Hit | null)[],
  pausedAfter: (token: number) => boolean,
): Hit | null {
  const said = chosen.filter((h) => !isFiller(h));
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
