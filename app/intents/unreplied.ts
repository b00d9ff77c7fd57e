import type { IntentGrammar } from './grammar';
import { answerOf, type Hit, holdsFiller, isFiller } from './hits';
import type { Token } from './normalise';
import { spansOf } from './scopes';
import type { Situation } from './situations';
import { hasCue } from './understand';

/*
 * Words of a yes or no, or of a fault, said on the yes/no step that are no reply to the read-back (issue 14,
 * round twenty-two): a fault in the story the resident retells (个天花漏水漏咗成个月), a "no" that is only
 * certainty of their own memory (点会记错, "I never forget a number"), an answer only supposed (what do I get
 * "if I say yes"), and the words of talk to someone else (哎 老李 你那腿好点没有, 现在几点了 食堂开门不).
 * replyStep.ts leaves them out and weighs what remains.
 */

export interface Said {
  tokens: readonly Token[];
  owner: readonly (Hit | null)[];
  chosen: readonly Hit[];
  clause: readonly number[];
}

/**
 * The phrases that are no reply: the faults told in a clause of a story (a thing and its trouble paired there:
 * 天花漏水 漏咗成个月, "the lift's been broken for weeks") — the trouble retold, not the read-back found wrong;
 * the words inside certainty of one's memory (`sureOfMemory`: 点会记错, 唔會記錯, "never forget"); the answers in
 * and after a supposition in its clause (`supposing`: "if I say yes", 如果我講啱; 是 in 我要是说 too); with talk
 * not meant for the kiosk (`offTopic` clauses), the answers in that talk's clauses, or after it not opening their
 * own clause (你那腿好点没有, 食堂开门不) — a reply said first (对 我在等我老伴) still counts; and an answer heard
 * only by its sound inside other words (排队的 heard as 对的).
 */
export function notReplies(
  grammar: IntentGrammar,
  said: Said,
  story: Situation | undefined,
  offTopic: ReadonlySet<number>,
): Set<Hit> {
  const { tokens, owner, chosen, clause } = said;
  const out = new Set<Hit>();
  // A thing and its trouble paired in the fault's clause, and no part of the read-back (the `phone` cue) named there.
  const readBack = new Set(chosen.filter((h) => hasCue(h, 'phone')).map((h) => clause[h.start]!));
  const told = (h: Hit) =>
    story?.words.some((w) => clause[w.start] === clause[h.start]) === true && !readBack.has(clause[h.start]!);
  for (const h of chosen) if (hasCue(h, 'fault') && told(h)) out.add(h);
  const inside = (spans: readonly { start: number; end: number }[]) => (h: Hit) =>
    spans.some((s) => s.start <= h.start && h.end <= s.end);
  const certain = inside(spansOf(grammar, tokens, 'sureOfMemory'));
  for (const h of chosen) if (certain(h)) out.add(h);
  for (const s of spansOf(grammar, tokens, 'supposing'))
    for (const h of chosen) if (h.end > s.start && clause[h.start] === clause[s.start] && answerOf(h)) out.add(h);
  if (offTopic.size > 0) {
    const firstTalk = Math.min(...offTopic);
    for (const h of chosen) {
      const c = clause[h.start]!;
      if (answerOf(h) === null || c < firstTalk) continue;
      if (offTopic.has(c) || !opensClause(owner, clause, h) || h.quality < 1) out.add(h);
    }
  }
  for (const h of chosen) if (h.quality < 1 && answerOf(h) !== null && !opensClause(owner, clause, h)) out.add(h);
  return out;
}

const isHeld = (o: Hit | null) => o !== null && (isFiller(o) || holdsFiller(o));

/** Only fillers before it in its clause: a reply said first, not a word of the talk around it. */
const opensClause = (owner: readonly (Hit | null)[], clause: readonly number[], h: Hit) =>
  owner.every((o, k) => k >= h.start || clause[k] !== clause[h.start] || isHeld(o));

/**
 * On the yes/no step, a going-back phrase that holds a fault ("wrong one") said after a yes and a "but" ("yes but
 * the phone number's wrong one of the digits is off"), or after a part of the read-back named before it (the
 * `phone` cue: "the phone number's the wrong one"), tells what is wrong in the read-back: a no, not a step to go back to.
 * Returns the owner with the fault said inside each such phrase in its place (its other words held by nothing), or the owner as it was.
 */
export function faultsForGoingBack(owner: readonly (Hit | null)[], found: readonly Hit[]): (Hit | null)[] {
  let out: (Hit | null)[] | null = null;
  const chosen = owner.filter((h, i): h is Hit => h !== null && owner[i - 1] !== h);
  for (const h of chosen) {
    if (!h.phrase.meanings.some((m) => m.slot === 'command' && m.value === 'back')) continue;
    const fault = found.find(
      (f) => f !== h && f.quality === 1 && hasCue(f, 'fault') && f.start >= h.start && f.end <= h.end,
    );
    if (fault === undefined) continue;
    const before = chosen.filter((b) => b.end <= h.start);
    const yes = before.findIndex((b) => answerOf(b) === 'yes');
    const butAfterYes = yes >= 0 && before.slice(yes + 1).some((b) => hasCue(b, 'contrast'));
    const partNamed = before.some((b) => hasCue(b, 'phone'));
    if (!butAfterYes && !partNamed) continue;
    out ??= [...owner];
    for (let k = h.start; k < h.end; k++) out[k] = k >= fault.start && k < fault.end ? fault : null;
  }
  return out ?? (owner as (Hit | null)[]);
}
