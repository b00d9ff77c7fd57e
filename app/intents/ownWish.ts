import { type Hit, means } from './hits';
import type { Token } from './normalise';
import { hasCue } from './understand';

/**
 * Wishes said for one's own life, not for the centre (round fourteen). A condition or a "would be good"
 * (如果, 就好了, "if") that provides nothing and names nothing the centre could see to (要是明天不下雨就好了)
 * may be either: it is asked back.
 */
export function ownWish(chosen: readonly Hit[], others: readonly Hit[]): boolean {
  return (
    chosen.some((h) => hasCue(h, 'wish') || hasCue(h, 'good')) &&
    !chosen.some((h) => hasCue(h, 'provide')) &&
    !others.some((h) => means(h, 'category'))
  );
}

/** The resident alone ("I", 我), not "we" (我们, 我哋) nor "my home" (我家楼下: a place). */
const SELF = new Set(['i', 'id', 'im', 'ive', 'my', 'me', '我']);
const NOT_SELF_AFTER = new Set(['们', '們', '哋', '地', '家', '屋']);

/**
 * A wish whose subject is the resident or their kin (要是我能年轻十岁就好了, 我老伴要是还能走路就好了, "I wish I
 * could still drive", "if only I'd listened to my mother"): with nothing provided and nothing of the centre's
 * named outright (a hint, 路, may be the resident's own), it is their own life — no suggestion at all.
 * The subject comes right after the wish (within two words; not after a kind said alone), or right before a condition (我老伴要是; not
 * 我有个 suggestion, which names the kind).
 */
export function wishForOneself(
  chosen: readonly Hit[],
  others: readonly Hit[],
  tokens: readonly Token[],
  kin: readonly { start: number; end: number }[],
  /** Where something is passed on ("share", 提一提): a subject before one tells of the idea ("an idea I'd like to share"). */
  passedOn: readonly { start: number }[] = [],
  /** Each token's clause: after a kind said alone (建議 我想俾個建議), a subject starts a sentence of its own. */
  clause?: readonly number[],
): boolean {
  const wishes = chosen.filter(
    (h) =>
      hasCue(h, 'wish') ||
      (h.phrase.meanings.some((m) => m.slot === 'kind' && m.value === 'suggestion') && !hasCue(h, 'good')),
  );
  if (wishes.length === 0 || chosen.some((h) => hasCue(h, 'provide'))) return false;
  const isKin = (h: Hit) => kin.some((k) => h.start < k.end && k.start < h.end);
  if (others.some((h) => !isKin(h) && h.phrase.meanings.some((m) => m.slot === 'category' && m.weight >= 1)))
    return false;
  const self = (i: number) =>
    SELF.has(tokens[i]?.text ?? '') && !NOT_SELF_AFTER.has(tokens[i + 1]?.text ?? '') ? i : -1;
  const passes = (i: number) => passedOn.some((p) => p.start > i && p.start - i <= 4);
  const subjects = [...tokens.map((_, i) => self(i)).filter((i) => i >= 0 && !passes(i)), ...kin.map((k) => k.start)];
  const kinEnds = kin.map((k) => k.end);
  return wishes.some(
    (w) =>
      subjects.some((s) => s >= w.end && s - w.end <= 2 && !(clause !== undefined && saidAlone(w, clause, s))) ||
      (hasCue(w, 'wish') && subjects.some((s) => s < w.start && (s + 1 === w.start || kinEnds.includes(w.start)))),
  );
}

/**
 * The wish said as a clause of its own (建議, then a pause) and the subject in a later one: the kind word is a
 * label, and what follows says what the resident wants of it, not a wish of theirs for their own life.
 */
function saidAlone(w: Hit, clause: readonly number[], subject: number): boolean {
  const own = clause[w.start]!;
  return clause[subject] !== own && clause.filter((c) => c === own).length === w.end - w.start;
}
