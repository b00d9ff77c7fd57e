import type { Cue } from './grammar';
import { answerOf, type Hit, holdsFiller, names } from './hits';
import type { Token } from './normalise';

/*
 * The understanding layer: what residents mean beyond the phrases they use.
 * A phrase found in the utterance is a Hit; this file decides which hits
 * still count once clauses, negation, corrections and hedges are taken into
 * account (a yes or no in a reply is weighed in replies.ts). It only reads
 * hits and tokens, so it costs a pass or two over the utterance, never the
 * grammar.
 */

export const hasCue = (h: Hit, cue: Cue) => h.phrase.meanings.some((m) => m.slot === 'cue' && m.value === cue);
const namesKind = (h: Hit) => h.phrase.meanings.some((m) => m.slot === 'kind');
const suggests = (h: Hit) => h.phrase.meanings.some((m) => m.slot === 'kind' && m.value === 'suggestion');

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
export function wordsBetween(owner: readonly (Hit | null)[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (!holdsFiller(owner[k] ?? null)) n++;
  return n;
}

/** Words that join a list ("not the noise or the rubbish", 不是噪音或垃圾): a denial reaches across them. */
const LISTING = new Set(['or', 'nor', 'and', 'the', 'a', 'an', '或', '和', '与', '與', '同', '跟', '及']);
const ARTICLES = new Set(['the', 'a', 'an']);
/** Joining a kind to a reluctance (唔想搞大件事 又唔係想投訴, 不想闹大 也不想投诉): the words between that list it. */
const RELUCTANT_LISTING = new Set(['也', '又', '都', '不', '唔', '想', '係', '是', '要', 'to', 'want']);
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
  /** Whether a category code is of the service kind in the centre's catalogue. */
  isService: (code: string) => boolean = () => false,
): Rejected {
  const out: Rejected = new Map();
  const reject = (h: Hit, what: 'kind' | 'all') => {
    if (out.get(h) !== 'all') out.set(h, what);
  };
  chosen.forEach((cue, index) => {
    const copular = hasCue(cue, 'negator');
    const verbal = hasCue(cue, 'verbNegator');
    // "not a suggestion, no, a complaint": a no right after something denied turns to what follows it.
    const previous = chosen.slice(0, index).findLast((h) => !holdsFiller(h));
    // So does a bare no (not 不是 or "not") after a correction or right after a kind ("a suggestion uh actually
    // no it's a complaint", "suggestion no complaint"): it takes back what came before, not what comes after.
    // Unless it denies the same thing again (不是投诉 不是投诉, "not a complaint, not a complaint").
    const following = chosen.slice(index + 1).find((h) => !holdsFiller(h));
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
          if (holdsFiller(next) || indefinites(tokens, next.start, next.end) === next.end - next.start) continue;
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
    const before = chosen.slice(0, index).findLast((h) => !holdsFiller(h));
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
    const before = chosen.slice(0, index).findLast((h) => !holdsFiller(h));
    if (before !== undefined && names(before) && clause[before.start] === clause[cue.start])
      if (wordsBetween(owner, before.end, cue.start) <= 1) reject(before, 'all');
  });
  // Reluctance to complain ("I don't want to make a fuss or complain", 唔想搞大件事 又唔係想投訴): a kind listed
  // right after it is denied with it; a service asked for after it (…I just need help with the housing form) is
  // what they came for, and the reluctance's own hint of a complaint gives way. Round twenty-four.
  chosen.forEach((cue, index) => {
    if (cue.quality !== 1 || !hasCue(cue, 'reluctance')) return;
    const next = chosen.slice(index + 1).find((h) => !holdsFiller(h));
    if (
      next !== undefined &&
      clause[next.start] === clause[cue.start] &&
      namesKind(next) &&
      tokens.slice(cue.end, next.start).every((t) => LISTING.has(t.text) || RELUCTANT_LISTING.has(t.text))
    )
      reject(next, 'kind');
    const needed = chosen.some(
      (h) =>
        h.start >= cue.end &&
        h.phrase.meanings.some(
          (m) => (m.slot === 'kind' && m.value === 'service') || (m.slot === 'category' && isService(m.value)),
        ),
    );
    if (needed) reject(cue, 'kind');
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
    const meaningful = hits.filter((h) => !holdsFiller(h));
    const onlyNo = meaningful.length > 0 && meaningful.every((h) => answerOf(h) === 'no');
    const wholly = owner.every((o, k) => clause[k] !== n || o !== null);
    if (onlyNo && wholly) for (const h of clauses.get(n - 1) ?? []) if (names(h)) reject(h, 'all');
  }
}
