import type { Language } from '../i18n/languages';
import { companionClauses, reportedAnswers } from './companion';
import { echoedReply } from './echo';
import type { CompiledGrammar, IntentGrammar } from './grammar';
import { GRAMMARS } from './grammars';
import { answerOf, type Hit, isFiller, means } from './hits';
import { UNSURE } from './kindAndCategory';
import type { Token } from './normalise';
import { questionClauses } from './questions';
import { afterSecondThoughts, afterThinking, answerBySound, answerOfReply, takenBack } from './replies';
import { aloneOnly, hummedBy, PARTICLES, spansOf, trailsOff } from './scopes';
import type { Situation } from './situations';
import { questionsPutBack } from './talk';
import type { Answer, Expect } from './types';
import { hasCue, pauseBetween } from './understand';
import { notReplies } from './unreplied';

/*
 * The yes or no a reply holds, split from match.ts as kindStep.ts was: which clauses ask a question back,
 * which words are a yes only said alone, thinking aloud before the reply or a yes taken back, hums that
 * trail off, a reply that echoes the question's verb, and a reply heard only by its sound.
 */

export interface ReplyStep {
  text: string;
  lang: Language;
  expect: Expect;
  grammar: CompiledGrammar;
  tokens: readonly Token[];
  owner: readonly (Hit | null)[];
  chosen: readonly Hit[];
  clause: readonly number[];
  /** Every phrase found, chosen or not. */
  found: readonly Hit[];
  /** Whether the resident thought aloud (让我想想, "let me see"). */
  hedged: boolean;
  /** The story told (situations.ts): a fault in it is the trouble retold, not the read-back found wrong. */
  story?: Situation;
  /** The clauses of talk not meant for the kiosk (the `offTopic` cue), when that talk is what was said. */
  offTopic?: ReadonlySet<number>;
}

/** The reply weighed (null: none), the clauses that put a question back, and the phrases said as the reply. */
export function weighReply(step: ReplyStep): {
  reply: { answer: Answer; sure: number } | null;
  asked: Set<number>;
  replied: Hit[];
} {
  const { text, expect, grammar, tokens, owner, chosen, clause } = step;
  const lexicon = GRAMMARS[step.lang];
  // A yes or no inside a question put back to the kiosk is the question's, not the reply (questions.ts).
  const asked = questionClauses(text, tokens, clause);
  for (const c of questionsPutBack(lexicon, { tokens, chosen, clause })) asked.add(c);
  // An answer that is one only said alone (中, Henan's yes) is the start of a word when more follows unpaused (中午).
  const joined = (h: Hit) =>
    (h.end < tokens.length && !pauseBetween(text, tokens[h.end - 1]!.end, tokens[h.end]!.start, true)) ||
    (h.start > 0 && !pauseBetween(text, tokens[h.start - 1]!.end, tokens[h.start]!.start, true));
  const alone = aloneOnly(lexicon, chosen, tokens, joined);
  // 好 between a word and the word it qualifies is "very" (风好大, 落到好大): a remark, not a yes. 好吧, 好说, 好好,
  // 那好吧 stay one: a particle, a filler or an answer beside it, or nothing before it.
  const plainWord = (k: number) =>
    owner[k] == null
      ? !PARTICLES.has(tokens[k]!.text)
      : !isFiller(owner[k]!) && !means(owner[k]!, 'answer') && !PARTICLES.has(tokens[k]!.text);
  const qualifies = (h: Hit) =>
    h.start > 0 &&
    h.end < tokens.length &&
    !pauseBetween(text, tokens[h.start - 1]!.end, tokens[h.start]!.start, true) &&
    !pauseBetween(text, tokens[h.end - 1]!.end, tokens[h.end]!.start, true) &&
    plainWord(h.start - 1) &&
    plainWord(h.end);
  // 好 in a comparison (比我好, 比上次好多了, 好過以前) is "better": a remark, not a yes.
  const compares = (h: Hit) => {
    for (let k = h.start - 1; k >= Math.max(0, h.start - 3) && clause[k] === clause[h.start]; k--)
      if (tokens[k]!.text === '比') return true;
    return tokens[h.end]?.text === '过';
  };
  for (const h of aloneOnly(lexicon, chosen, tokens, (h) => qualifies(h) || compares(h), 'veryBefore')) alone.add(h);
  // 我还要接孙子, 我三点要去买菜: 要 between two words is "have to", no yes; 要, 要的, 我要 stay one.
  for (const h of aloneOnly(lexicon, chosen, tokens, qualifies, 'modal')) alone.add(h);
  // Talk to a grandchild beside the kiosk (孙子 别乱按, "sweetheart don't touch that") and a yes or no someone
  // else said (我老伴说得对) are no reply to the kiosk (companion.ts): left out, and what remains asked back.
  const aside = companionClauses(lexicon, { tokens, owner, clause });
  const wishes = wishesAfterYes(lexicon, { tokens, owner, chosen, clause });
  for (const c of wishes) aside.add(c);
  // A doubt said only of the time to ring (不过白天我不一定接: wishesAfterYes) is no doubt about the read-back.
  const hedges = step.found.filter((h) => hasCue(h, 'hedge'));
  const hedged =
    step.hedged && !(hedges.length > 0 && wishes.size > 0 && hedges.every((h) => wishes.has(clause[h.start]!)));
  const reported = reportedAnswers(lexicon, { tokens, chosen, clause });
  // A fault in a story retold, certainty of one's memory, a yes supposed, talk to someone else (unreplied.ts).
  const unreplied =
    expect === 'yesno'
      ? notReplies(lexicon, { tokens, owner, chosen, clause }, step.story, step.offTopic ?? new Set())
      : new Set();
  const replied = chosen.filter(
    (h) =>
      !asked.has(clause[h.start]!) &&
      !alone.has(h) &&
      !aside.has(clause[h.start]!) &&
      !reported.has(h) &&
      !unreplied.has(h),
  );
  const pausedAfter = (i: number) =>
    i + 1 < tokens.length
      ? pauseBetween(text, tokens[i]!.end, tokens[i + 1]!.start, tokens[i]!.han && tokens[i + 1]!.han)
      : false;
  // Thinking aloud first, then a reply in clauses of its own: the reply, asked back unless plainly said.
  // Or a hedge taken back in its clause ("I don't know actually yes"): the reply after the correction.
  const thought =
    hedged && expect === 'yesno' ? (afterThinking(step.found, owner, clause) ?? afterSecondThoughts(chosen)) : null;
  // The reply is weighed on its own: one lost among more words ("我也记不大准") is still thinking aloud.
  // 你让我想想啊 嗯……, "let me think, mm…": a sound that is a yes only alone, after thinking aloud, goes on
  // thinking; it replies nothing.
  const hummed = hummedBy(lexicon, tokens);
  const weighed = thought !== null && replied.some((h) => h.start >= thought && means(h, 'answer') && !hummed(h));
  const tail = weighed ? replyAfter(thought, replied, owner, pausedAfter) : null;
  // After a yes taken back (对……哦不是，那个，我想想), only a reply said first and plainly settles it: 电话是,
  // "the street is" begin to tell, they answer nothing.
  const retracted = thought !== null && takenBack(replied, owner, pausedAfter, thought);
  const plainly =
    !retracted || (replied.some((h) => h.start === thought && means(h, 'answer')) && (tail?.sure ?? 0) >= 0.85);
  const decided = tail !== null && tail.sure >= 0.7 && plainly ? tail : null;
  // 嗯 那个, "mm, the": only hums, trailing off on a word that opens more — a hesitation (understand.ts).
  const trailing = trailsOff(lexicon, tokens) && replied.every((h) => !means(h, 'answer') || hummed(h));
  const heard =
    (decided && { answer: decided.answer, sure: Math.min(decided.sure, UNSURE) }) ??
    answerOfReply(replied, owner, hedged, pausedAfter, trailing) ??
    (expect === 'yesno' && !hedged ? echoedReply(tokens, owner, clause, asked) : null) ??
    (expect === 'yesno' && asked.size === 0 ? answerBySound(tokens, chosen, grammar) : null);
  const beside = aside.size > 0 || reported.size > 0;
  const reply = heard !== null && beside ? { answer: heard.answer, sure: Math.min(heard.sure, UNSURE) } : heard;
  return { reply, asked, replied };
}

/**
 * Clauses after a yes that forbid something with more said ("yes that's my number but please don't ring before
 * ten", 对 是我的号码 不过别太早打, 啱 不過唔好咁早打嚟): the resident's wish of how to be contacted, not a part
 * of the read-back found wrong. The forbidding word must open its clause (after a "but" or fillers), stand as a
 * word of its own (别提交, "don't send" forbid the submission: a no) and no fault may be named in the clause.
 * The yes is then asked back, never taken as it is (weighReply: beside).
 */
function wishesAfterYes(
  grammar: IntentGrammar,
  said: { tokens: readonly Token[]; owner: readonly (Hit | null)[]; chosen: readonly Hit[]; clause: readonly number[] },
): Set<number> {
  const { tokens, owner, chosen, clause } = said;
  const out = new Set<number>();
  const firstYes = chosen.find((h) => answerOf(h) === 'yes');
  if (firstYes === undefined) return out;
  for (const f of spansOf(grammar, tokens, 'forbidding')) {
    const c = clause[f.start]!;
    if (c <= clause[firstYes.start]! || clause[f.end] !== c) continue;
    const opens = owner.every(
      (o, k) => k >= f.start || clause[k] !== c || (o !== null && (isFiller(o) || hasCue(o, 'contrast'))),
    );
    const inClause = chosen.filter((h) => clause[h.start] === c);
    const ownWord = inClause.every((h) => answerOf(h) === null || (h.start === f.start && h.end === f.end));
    if (opens && ownWord && !inClause.some((h) => hasCue(h, 'fault'))) out.add(c);
  }
  // 不过白天我不一定接, 不過我日頭唔聽電話, "but I'm out in the day": a "but" opening a clause that names a time of
  // day tells when to ring, with no forbidding word; its no (唔聽, 不一定) is of the time, not of the read-back.
  for (const t of spansOf(grammar, tokens, 'contactTime')) {
    const c = clause[t.start]!;
    if (c <= clause[firstYes.start]!) continue;
    const first = owner.findIndex((o, k) => clause[k] === c && (o === null || !isFiller(o)));
    const opensWithBut = first >= 0 && owner[first] !== null && hasCue(owner[first]!, 'contrast');
    if (opensWithBut && !chosen.some((h) => clause[h.start] === c && hasCue(h, 'fault'))) out.add(c);
  }
  return out;
}

/** The yes or no said from token `from` on, weighed as if it were all the resident said. */
function replyAfter(
  from: number,
  replied: readonly Hit[],
  owner: readonly (Hit | null)[],
  pausedAfter: (token: number) => boolean,
): { answer: Answer; sure: number } | null {
  const moved = new Map<Hit, Hit>();
  for (const h of replied) if (h.start >= from) moved.set(h, { ...h, start: h.start - from, end: h.end - from });
  const rest = owner.slice(from).map((o) => (o === null ? null : (moved.get(o) ?? o)));
  return answerOfReply([...moved.values()], rest, false, (i) => pausedAfter(i + from));
}
