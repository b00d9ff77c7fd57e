import type { Hit } from './hits';
import { means, names, span } from './hits';
import type { Token } from './normalise';
import { questionClauses } from './questions';
import { hasCue } from './understand';

/*
 * Whether a command word found in an utterance is said as a command, and whether an utterance with no
 * command phrase asks about the kiosk itself. Both read only hits, tokens and clauses (match.ts).
 */

/** English subject pronouns: a word followed by one opens a clause ("what I said"), it is not said alone. */
const SUBJECTS = new Set(['i', 'you', 'we', 'he', 'she', 'they']);
/** English words that fill a pause or soften a request, around a command word said on its own. */
const PAUSE_WORDS = new Set([
  'um',
  'uh',
  'er',
  'erm',
  'ah',
  'oh',
  'hmm',
  'mm',
  'please',
  'ok',
  'okay',
  'well',
  'so',
  'now',
  'just',
  'then',
  'oi',
  'hey',
]);
/** "How", asked of the kiosk with or without a question mark ("how am I meant to work this contraption"). */
const HOW = new Set(['how', '怎', '咋']);

/**
 * One word said inside a sentence of its own is part of that sentence, not the command: beside an answer
 * or a kind in its clause ("sorry my English not good", 真係啱咩 — 咩 is the question's particle there),
 * or opening a clause of its own ("is that what I said?", "sorry I'm late": a subject follows it). And what
 * a fault is said of ("the last bit's wrong", 上一步错了) names the part of the read-back that is wrong.
 */
export function isSaidAsCommand(
  h: Hit,
  tokens: readonly Token[],
  owner: readonly (Hit | null)[],
  chosen: readonly Hit[],
  clause: readonly number[],
): boolean {
  const faulted = chosen.some(
    (f) => f.start >= h.end && f.start - h.end <= 1 && clause[f.start] === clause[h.start] && hasCue(f, 'fault'),
  );
  if (faulted) return false;
  // The resident saying they will say it again themselves (我重新说, 等我再講過, "let me say that again")
  // asks the kiosk for nothing: they mean to answer afresh, which the question asked again allows.
  if (
    h.phrase.meanings.some((m) => m.slot === 'command' && m.value === 'repeat') &&
    selfSpeaker(tokens, h.start, h.end)
  )
    return false;
  if (span(h) !== 1) return true;
  // A word that is also a self-correction ("sorry"), said between two things the resident said ("the first
  // one, sorry, no, the second"), corrects the first: it asks for nothing to be said again.
  const said = (o: Hit | null | undefined) => o != null && !means(o, 'filler');
  if (hasCue(h, 'correction') && owner.slice(0, h.start).some(said) && owner.slice(h.end).some(said)) return false;
  // "Sorry" or "what?" first, then an answer opening a clause ("sorry 呀 唔係咁 個地址錯咗", "sorry, no,
  // the address is wrong"): an apology or a breath before the reply, which is the answer, not a request to
  // hear it again. A "not" inside a sentence ("again please, I not understand") is no reply.
  const repeat = h.phrase.meanings.some((m) => m.slot === 'command' && m.value === 'repeat');
  const replyAt = (k: number) => k === h.end || clause[k - 1] !== clause[k];
  if (
    repeat &&
    clause[h.start] === clause[0] &&
    owner.some((o, k) => k >= h.end && o !== null && o !== owner[k - 1] && means(o, 'answer') && replyAt(k))
  )
    return false;
  const next = tokens[h.end];
  if (next !== undefined && SUBJECTS.has(next.text) && clause[h.end] === clause[h.start] && h.end + 1 < tokens.length)
    return false;
  // In English a lone command word with the resident's own words on both sides in its clause is a word of
  // their sentence ("my phone's at home on the charger", "he'll get back to me"), not a request; words that
  // only fill a pause ("um", "please") are not their own.
  const own = (k: number) =>
    clause[k] === clause[h.start] &&
    !tokens[k]!.han &&
    !PAUSE_WORDS.has(tokens[k]!.text) &&
    !(owner[k] && means(owner[k]!, 'command'));
  if (
    !tokens[h.start]!.han &&
    owner.some((_, k) => k < h.start && own(k)) &&
    owner.some((_, k) => k >= h.end && own(k))
  )
    return false;
  // "What" asks to hear it again only said on its own ("what?", "what, sorry?", "what please"): with words
  // of its clause after it, it opens a question of the resident's own ("what do you think", "what about
  // the lift"), even when those words are ones a sentence is padded with (do, you, think).
  if (tokens[h.start]!.text === 'what') {
    const after = owner
      .map((o, k) => ({ o, k }))
      .filter(({ o, k }) => k >= h.end && clause[k] === clause[h.start] && !(o && means(o, 'command')));
    if (after.length >= 2 || after.some(({ o }) => !(o && means(o, 'filler')))) return false;
  }
  return !owner.some(
    (o, k) =>
      clause[k] === clause[h.start] &&
      o !== null &&
      o !== h &&
      !means(o, 'command') &&
      (means(o, 'answer') || names(o)),
  );
}

/** Words before a speaking verb that make the resident its speaker: 我 (让我, 等我, 畀我), "let me", "I'll". */
const SELF_SPEAKER = [['我'], ['let', 'me'], ['i', 'will'], ['ill'], ['i', 'shall']];

/** Speaking verbs: the resident saying it again ("我重新说"), where a failure to hear (我没听见) asks for it. */
const SPEAKING = /[说讲講话話]|^(say|tell)$/;

export function selfSpeaker(tokens: readonly Token[], at: number, end: number): boolean {
  if (!tokens.slice(at, end).some((t) => SPEAKING.test(t.text))) return false;
  return SELF_SPEAKER.some(
    (words) => at >= words.length && words.every((w, k) => tokens[at - words.length + k]!.text === w),
  );
}

/**
 * A question about the kiosk itself ("does this thing talk back?", 这机器能听懂方言吗, 呢部機識唔識聽廣東話)
 * asks how it works: help, which says what it understands. A remark about it ("that's a big screen") is
 * none. Words it only hints at ("work this contraption") are how the question is put, not a request.
 */
export function asksAboutKiosk(
  text: string,
  tokens: readonly Token[],
  chosen: readonly Hit[],
  naming: readonly Hit[],
  clause: readonly number[],
): boolean {
  const onlyHinted = naming.every((h) =>
    h.phrase.meanings.every((m) => (m.slot !== 'kind' && m.slot !== 'category') || m.weight < 1),
  );
  if (!onlyHinted) return false;
  const machine = chosen.filter((h) => h.quality === 1 && hasCue(h, 'machine'));
  if (machine.length === 0) return false;
  const asked = questionClauses(text, tokens, clause);
  const how = (n: number) => tokens.some((t, k) => clause[k] === n && HOW.has(t.text));
  return machine.some((h) => asked.has(clause[h.start]!) || how(clause[h.start]!));
}

/** 找, 搵, 叫, 请 and a measure word (个, 個, 位): "get a … person", whatever is said of the person between. */
const FETCH = new Set(['找', '搵', '叫', '请', '請']);
const MEASURE = new Set(['个', '個', '位']);

/**
 * Asked for a person described in words of the resident's own (找个懂行的人来帮我弄弄, 搵個識嘢嘅人嚟幫幫我,
 * 请位明白的人过来): 找/搵/叫/请, a measure word, at most four words, then 人 (not 人家), in one clause. A
 * thing named beside it (叫个人来修电梯) makes it the request, not a call for staff (match.ts checks).
 */
export function asksForSomeone(tokens: readonly Token[], clause: readonly number[]): boolean {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!FETCH.has(tokens[i]!.text) || !MEASURE.has(tokens[i + 1]!.text)) continue;
    for (let k = i + 2; k < Math.min(tokens.length, i + 7); k++) {
      if (clause[k] !== clause[i]) break;
      if (tokens[k]!.text === '人' && tokens[k + 1]?.text !== '家') return true;
    }
  }
  return false;
}
