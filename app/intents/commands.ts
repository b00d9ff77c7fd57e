import type { IntentGrammar } from './grammar';
import type { Hit } from './hits';
import { isFiller, means, names, span } from './hits';
import { UNSURE } from './kindAndCategory';
import type { Token } from './normalise';
import { questionClauses } from './questions';
import { spansOf } from './scopes';
import { hasCue, INDEFINITE } from './understand';

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
export const HOW = new Set(['how', '怎', '咋']);

/**
 * One word said inside a sentence of its own is part of that sentence, not the command: beside an answer
 * or a kind in its clause ("sorry my English not good", 真係啱咩 — 咩 is the question's particle there),
 * or opening a clause of its own ("is that what I said?", "sorry I'm late": a subject follows it). And what
 * a fault is said of ("the last bit's wrong", 上一步错了) names the part of the read-back that is wrong.
 */
/** Said right after a verb, these make it done already (过 is not: 嚟過 is "over again", 過嚟 "come over"). */
const DONE = new Set(['了', '咗']);

/** Verbs of speaking (normalised: 講 is 讲): a request to hear again is about what the kiosk said. */
const SPEAKING = new Set(['说', '讲', '念', '读', '报', '问']);
/**
 * Someone other than the kiosk: the resident (我, 俺, 咱; 阿拉 and 我哋 begin with 阿 or 我) or a third person
 * (他, 她, 佢): what they say is theirs to say.
 */
const SPEAKER = new Set(['我', '俺', '咱', '阿', '他', '她', '佢']);
/** The kiosk addressed, or the resident as its object (给我说, 同我讲): the kiosk speaks after all. */
const HEARER = new Set(['你', '您', '侬', '恁', '给', '跟', '同', '畀', '俾', '帮', '替', '听']);

/**
 * A request to hear again whose speaking verb (in it, or right before it: 报 in 我该报啥) has the resident or
 * someone else as its subject, three words before it at most (我该说啥, 我刚才要说啥来着, 我而家要講咩, 我再说一遍,
 * 佢再講都冇用): the resident asks what to say, recalls what they meant to say, says it again, or tells what
 * another said — nothing the kiosk should repeat. 我没听清 holds no speaking verb, and in 你给我说, 同我再講
 * the resident is only spoken to (让我重新说: let the resident speak). In English the resident announces it ("let
 * me say that again", "I'll say it again"). Read of a phrase or of a shape, [start, end).
 */
export function someoneElseSpeaks(
  start: number,
  end: number,
  tokens: readonly Token[],
  clause: readonly number[],
): boolean {
  // In English the resident announces it ("let me say that again", "I'll say it again").
  if (
    tokens.slice(start, end).some((t) => SAY.has(t.text)) &&
    SELF_SAYS.some((words) => endsWith(tokens, start, words))
  )
    return true;
  let verb = start > 0 && SPEAKING.has(tokens[start - 1]!.text) ? start - 1 : -1;
  for (let k = start; k < end && verb < 0; k++) if (SPEAKING.has(tokens[k]!.text)) verb = k;
  if (verb < 0) return false;
  for (let k = verb - 1; k >= Math.max(0, verb - 4) && clause[k] === clause[verb]; k--) {
    const t = tokens[k]!.text;
    if (HEARER.has(t)) return false;
    if (SPEAKER.has(t)) return !HEARER.has(tokens[k - 1]?.text ?? '');
  }
  return false;
}

/** English speaking verbs, and the words before one that make the resident its speaker. */
const SAY = new Set(['say', 'tell']);
const SELF_SAYS = [['let', 'me'], ['i', 'will'], ['ill'], ['i', 'shall']];

/** Whether the tokens right before `at` are `words`. */
function endsWith(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  return at >= words.length && words.every((w, k) => tokens[at - words.length + k]!.text === w);
}

/** The kiosk addressed (normalised: 妳 is 你). */
const KIOSK = new Set(['你', '您', '侬', '恁']);
/** A not in a word of not understanding (不明白, 唔識, 没懂, 勿懂). */
const NOT = new Set(['不', '唔', '没', '冇', '勿', '弗']);

/**
 * Not understanding said of the kiosk (我说了半天你也不明白, 你都唔明我講乜): the resident is cross that it
 * does not follow, not asking how to use it. The kiosk is the subject two words before at most, with no 我 after it.
 */
function kioskNotUnderstanding(h: Hit, tokens: readonly Token[], clause: readonly number[]): boolean {
  if (!h.phrase.texts.some((t) => NOT.has(t))) return false;
  for (let k = h.start - 1; k >= Math.max(0, h.start - 3) && clause[k] === clause[h.start]; k--) {
    const t = tokens[k]!.text;
    if (SPEAKER.has(t)) return false;
    if (KIOSK.has(t)) return true;
  }
  return false;
}

/** Words by which a person is asked for (要工作人员, 叫职员, 工作人员过来, 有冇職員), or asked after (在哪, 呢, 吗). */
const ASKING = new Set([
  '要',
  '叫',
  '找',
  '请',
  '让',
  '喊',
  '搵',
  '揾',
  '来',
  '嚟',
  '过',
  '跟',
  '同',
  '和',
  '有',
  '冇',
]);
const ASKED_AFTER = new Set(['哪', '吗', '呢', '么', '嗎', '边', '未']);

/**
 * A person's word said as the subject of what follows (那个工作人员帮我填的表, 你们这个工作人员说话太冲): the
 * resident tells of staff, and calls no one — unless a word asks for them, before or in it (要工作人员帮忙,
 * 工作人员过来), or asks after them (工作人员在哪呢).
 */
function describedPerson(
  h: Hit,
  tokens: readonly Token[],
  owner: readonly (Hit | null)[],
  clause: readonly number[],
): boolean {
  // Chinese only: English puts its asking words elsewhere ("is anyone from the staff around to help").
  if (!tokens[h.start]!.han || !h.phrase.meanings.some((m) => m.slot === 'command' && m.value === 'call_staff'))
    return false;
  if (h.phrase.texts.some((t) => ASKING.has(t))) return false;
  const before = tokens[h.start - 1];
  if (before !== undefined && clause[h.start - 1] === clause[h.start] && ASKING.has(before.text)) return false;
  let said = 0;
  for (let k = h.end; k < tokens.length && clause[k] === clause[h.start]; k++) {
    if (ASKED_AFTER.has(tokens[k]!.text) || ASKING.has(tokens[k]!.text)) return false;
    if (owner[k] == null || !isFiller(owner[k]!)) said++;
  }
  return said >= 2;
}

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
  const repeat = h.phrase.meanings.some((m) => m.slot === 'command' && m.value === 'repeat');
  if (repeat && someoneElseSpeaks(h.start, h.end, tokens, clause)) return false;
  if (
    h.phrase.meanings.some((m) => m.slot === 'command' && m.value === 'help') &&
    kioskNotUnderstanding(h, tokens, clause)
  )
    return false;
  // A person fetched or a step gone back, done already (我刚刚跟工作人员说了, 叫咗人嚟, 我回去了): a story of what
  // happened, not a request. (After 太快 or 乱, 了 is no aspect: 说得太快了 still asks to hear again.)
  if (h.phrase.meanings.some((m) => m.slot === 'command' && (m.value === 'call_staff' || m.value === 'back'))) {
    for (let k = h.end; k <= h.end + 2 && k < tokens.length && clause[k] === clause[h.start]; k++) {
      if (DONE.has(tokens[k]!.text)) return false;
      if (owner[k] != null && !isFiller(owner[k]!)) break;
    }
    // 找了工作人员, 搵咗職員, call咗個staff: the fetching done, right before the person (or its measure word).
    const measured = MEASURE.has(tokens[h.start - 1]?.text ?? '') ? 2 : 1;
    const before = h.start - measured;
    if (before >= 0 && clause[before] === clause[h.start] && DONE.has(tokens[before]!.text)) return false;
  }
  if (describedPerson(h, tokens, owner, clause)) return false;
  // "the lady on the fifth floor", "the man from next door", 楼下那个阿姨: where they live follows — a neighbour.
  if (
    h.phrase.meanings.some((m) => m.slot === 'command' && m.value === 'call_staff') &&
    chosen.some((o) => o.start >= h.end && clause[o.start] === clause[h.start] && hasCue(o, 'whereTheyLive'))
  )
    return false;
  // Said in a clause that someone else opens (佢叫我返去再嚟, 他说再来一遍): what they said, reported.
  // Only a pronoun with nothing but fillers before it in the clause opens it: in 清咗佢重新嚟 佢 is what is cleared.
  const opener = chosen.find((o) => clause[o.start] === clause[h.start] && !isFiller(o));
  const first = clause.indexOf(clause[h.start]!);
  const opens = (o: Hit) => owner.slice(first, o.start).every((w) => w != null && isFiller(w));
  if (opener !== undefined && opener !== h && opener.start < h.start && hasCue(opener, 'thirdPerson') && opens(opener))
    return false;
  // 办什么事, 提啥建议, 要咩手續: "what" right before a word of the resident's own, in its clause, is "which" —
  // part of their sentence, not "what?" asking to hear it again (什么？, 你说啥呀 still ask).
  const word = tokens
    .slice(h.start, h.end)
    .map((t) => t.text)
    .join('');
  const following = owner[h.end];
  if (
    repeat &&
    tokens[h.start]!.han &&
    INDEFINITE.has(word) &&
    tokens[h.end]?.han === true &&
    clause[h.end] === clause[h.start] &&
    (following == null || !means(following, 'filler'))
  )
    return false;
  if (span(h) !== 1) return true;
  // A one-character interjection (吓, 咩, 乜: "huh?", "what?") right after a word of the resident's own is part
  // of that word (改吓, 試吓: "change it a bit", "have a go"; 做咩: "why"), not a request to hear it again.
  const before = tokens[h.start - 1];
  if (
    tokens[h.start]!.han &&
    before?.han &&
    before.end === tokens[h.start]!.start &&
    clause[h.start - 1] === clause[h.start] &&
    !(owner[h.start - 1] != null && means(owner[h.start - 1]!, 'filler'))
  )
    return false;
  // A word that is also a self-correction ("sorry"), said between two things the resident said ("the first
  // one, sorry, no, the second"), corrects the first: it asks for nothing to be said again.
  const said = (o: Hit | null | undefined) => o != null && !means(o, 'filler');
  if (hasCue(h, 'correction') && owner.slice(0, h.start).some(said) && owner.slice(h.end).some(said)) return false;
  // "Sorry" or "what?" first, then an answer opening a clause ("sorry 呀 唔係咁 個地址錯咗", "sorry, no,
  // the address is wrong"): an apology or a breath before the reply, which is the answer, not a request to
  // hear it again. A "not" inside a sentence ("again please, I not understand") is no reply.
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
  // their sentence ("my phone's at home on the charger", "he'll get back to me"), not a request; "what"
  // with any after it opens a question of their own ("what do you think", "what about the lift"). Words
  // that only fill a pause ("um", "please": "what please" still asks) are not their own.
  const own = (k: number) =>
    clause[k] === clause[h.start] &&
    !tokens[k]!.han &&
    !PAUSE_WORDS.has(tokens[k]!.text) &&
    !(owner[k] && means(owner[k]!, 'command'));
  const ownAfter = owner.some((_, k) => k >= h.end && own(k));
  const ownBefore = owner.some((_, k) => k < h.start && own(k));
  if (!tokens[h.start]!.han && ownAfter && (ownBefore || tokens[h.start]!.text === 'what')) return false;
  return !owner.some(
    (o, k) =>
      clause[k] === clause[h.start] &&
      o !== null &&
      o !== h &&
      !means(o, 'command') &&
      (means(o, 'answer') || names(o)),
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
  // "when did they put this machine in?", 呢部機係邊間公司整㗎: about the kiosk itself, not how to use it.
  if (chosen.some((h) => hasCue(h, 'machineItself'))) return false;
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

/** 叫, 喊, 让, 把, 搵 … 过来/過嚟; "get", "fetch", "bring", "send": a call to come over, around the person called. */
const CALL = new Set(['叫', '喊', '让', '讓', '请', '請', '把', '搵', '找', 'get', 'fetch', 'bring', 'send', 'grab']);
const HITHER = new Set(['来', '嚟']);
const THEM = new Set(['他', '她', '佢', 'him', 'her', 'them']);

/**
 * Asked for a person described, not named as staff: 叫门口那个穿红马甲的小伙子过来, 搵返頭先嗰個姑娘過嚟, "can you
 * fetch the young man who works here", or the person first and then "get him over here" (那个阿姨呢？让她过来).
 * A call word, then within its clause the person (`personDescribed`) or him/her after one said before — and in
 * Chinese the call ends on 来/嚟 (叫他过来), since 叫 and 找 alone say much else.
 */
export function callsSomeoneDescribed(
  tokens: readonly Token[],
  chosen: readonly Hit[],
  clause: readonly number[],
): boolean {
  const people = chosen.filter((h) => hasCue(h, 'personDescribed'));
  if (people.length === 0) return false;
  for (let i = 0; i < tokens.length; i++) {
    if (!CALL.has(tokens[i]!.text)) continue;
    const han = tokens[i]!.han;
    // The person within sixteen words of the call; the 来 then at most a few words after them, however long
    // the description before them ran (把那个穿红马甲的小姑娘喊过来一下, 叫嗰個著紅背心嘅姑娘過嚟).
    let until = Math.min(tokens.length, i + 16);
    let person = false;
    for (let k = i + 1; k < until && clause[k] === clause[i]; k++) {
      const t = tokens[k]!;
      const described = people.find((p) => p.start === k);
      if (!person && (described !== undefined || (THEM.has(t.text) && people.some((p) => p.end <= i)))) {
        person = true;
        until = Math.max(until, Math.min(tokens.length, (described?.end ?? k + 1) + 4));
      }
      if (person && (!han || HITHER.has(t.text))) return true;
    }
  }
  return false;
}

/** What was said, as match.ts reads it. */
export interface Said {
  text: string;
  tokens: readonly Token[];
  owner: readonly (Hit | null)[];
  chosen: readonly Hit[];
  clause: readonly number[];
}

/**
 * A command phrase said in a clause of its own, which the words around it would otherwise drown: how sure, or
 * null. A phrase of some length (`phrased`), or a short one in a question ("恁说啥？俺耳朵不中用了"), is clear,
 * whatever the other clauses say of why — sure when they are short (`room`), asked back when they run on; a kind
 * said of the kiosk there (烦死了这破机器 我要跟真人说话: cross with it) is no request of its own. A short phrase
 * said last in its clause ("别往下走了，先回去") is likely the command, but stories hold such words too: asked back.
 */
export function commandInOwnClause(
  h: Hit,
  said: Said,
  naming: readonly Hit[],
  hinted: (h: Hit) => boolean,
  phrased: boolean,
  room: (loose: number) => boolean,
): number | null {
  const { text, tokens, owner, chosen, clause } = said;
  const own = clause[h.start]!;
  const loose = owner.filter((o, k) => clause[k] === own && o === null).length;
  if (loose > 1 || !clause.some((c) => c !== own)) return null;
  const ofKiosk = (x: Hit) =>
    chosen.some((m) => m !== x && hasCue(m, 'machine') && clause[m.start] === clause[x.start]);
  if (phrased || questionClauses(text, tokens, clause).has(own)) {
    if (!naming.every((x) => hinted(x) || (ofKiosk(x) && clause[x.start] !== own))) return null;
    return h.quality * (room(loose) ? 0.7 : UNSURE);
  }
  if (span(h) < 2) return null;
  // Said last in its clause, a particle at most after it: 回去再说吧 puts things off ("we'll see").
  const after = owner.filter((_o, k) => clause[k] === own && k >= h.end);
  const last = after.length === 0 || (after.length === 1 && after[0] != null && isFiller(after[0]));
  if (!last || !naming.every((x) => hinted(x) && clause[x.start] !== own)) return null;
  return UNSURE;
}

/**
 * Someone on duty asked to lend a hand ("y'all got somebody workin here who could come give me a hand", "you
 * got anybody on shift who could help me out"): in one clause anyone at all (scope anyPerson), then that they
 * work here (onDuty), then a hand or help asked of them (lendHand) — a call for staff in the resident's words.
 */
export function asksForAHand(grammar: IntentGrammar, tokens: readonly Token[], clause: readonly number[]): boolean {
  const on = spansOf(grammar, tokens, 'onDuty');
  const hand = spansOf(grammar, tokens, 'lendHand');
  return spansOf(grammar, tokens, 'anyPerson').some(
    (p) =>
      on.some((o) => o.start >= p.end && clause[o.start] === clause[p.start]) &&
      hand.some((h) => h.start >= p.end && clause[h.start] === clause[p.start]),
  );
}

/** Words that call someone over, said in or right before a staff word (叫個職員嚟, "get a member of staff"). */
const CALLING = new Set(['叫', '搵', '揾', '找', '喊', '请', '寻', 'call', 'get', 'fetch', 'send']);
/** Staff named outright, in their compared (simplified, unspaced) form. */
const STAFF = ['职员', '工作人员', 'staff', '姑娘', '社工', '负责人', '管事', '值班', '当值'];

/**
 * A member of staff called outright in the last clause, after a story told in the clauses before it (梯間成陣煤氣味
 * 我驚會出事呀 快啲叫個職員嚟睇吓, "there's gas on the stairs, get a member of staff"): what the resident asks for
 * is the person, who will see to the story. Nothing may be named in the call's own clause (叫个工作人员来修电梯
 * names what is to be done), and four words of the resident's own at most may stand there.
 */
export function callsStaffAfterStory(
  h: Hit,
  tokens: readonly Token[],
  owner: readonly (Hit | null)[],
  naming: readonly Hit[],
  clause: readonly number[],
): boolean {
  const own = clause[h.start]!;
  if (own !== clause[clause.length - 1] || clause[0] === own) return false;
  if (naming.some((x) => x !== h && clause[x.start] === own)) return false;
  if (!STAFF.some((s) => h.phrase.texts.join('').includes(s))) return false;
  const before = [h.start - 1, h.start - 2].filter((k) => k >= 0 && clause[k] === own);
  const called = h.phrase.texts.some((t) => CALLING.has(t)) || before.some((k) => CALLING.has(tokens[k]!.text));
  const loose = owner.filter((o, k) => clause[k] === own && o === null).length;
  return called && loose <= 4;
}
