import type { Hit } from './hits';
import { isFiller, means } from './hits';
import type { Token } from './normalise';
import { aNotAAt } from './questions';
import type { Answer } from './types';

/*
 * A reply that echoes the question's verb. Asked whether to leave a name, a resident may first ask the
 * question back, then answer with its verb: "你是问我要不要留名字？那留吧", 問我繼唔繼續？繼續啦, "you want to know
 * if I'll leave my number? leave it then". The yes or no inside the question is the question's (questions.ts);
 * the verb said again after it is the reply: a yes, or a no when said with a negator (不留, 唔使, "don't").
 */

/** 要不要留: the verb after a modal's A-not-A pair, not the modal (要, 想, 会, 肯, 用). */
const MODALS = new Set(['要', '想', '会', '會', '肯', '用', '需', '愿', '願', '使']);
/** Said before the echoed verb without changing it (那留吧, 咁登記啦, 就继续). */
const LEAD = new Set(['那', '咁', '就', '好', '嗯', '哦', '噉', 'then', 'well', 'oh', 'ok', 'okay', 'yes', 'yeah']);
/** Said before the echoed verb to refuse it (不留了, 唔好登記, "don't leave it"). */
const REFUSE = new Set(['不', '唔', '别', '別', '冇', 'dont', 'not', 'no']);
/** English words of a question's frame, never its verb ("you want to know if I will …"). */
const FRAME = new Set(
  'i you me my it the a an to if whether will would should shall do did does is am are was want wanted know ask asking asked mean say said that this so then yes no'.split(
    ' ',
  ),
);
/** The reply holds at most this many words besides fillers: a short answer, not a new story. */
const SHORT = 4;

/** The verbs a question clause asks about: 留 of 要不要留, 继 of 继不继续; in English, its words past the frame. */
function askedVerbs(tokens: readonly Token[], clause: readonly number[], asked: ReadonlySet<number>): Set<string> {
  const verbs = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!asked.has(clause[i]!)) continue;
    if (!t.han) {
      if (!FRAME.has(t.text)) verbs.add(t.text);
      continue;
    }
    if (!aNotAAt(tokens, clause, i)) continue;
    const verb = MODALS.has(t.text) ? tokens[i + 3] : t;
    if (verb !== undefined && clause[i + 3] === clause[i] && verb.text !== '是') verbs.add(verb.text);
    else if (!MODALS.has(t.text) && t.text !== '是') verbs.add(t.text);
  }
  return verbs;
}

/** The reply said after a question asked back, by the question's verb said again; null when there is none. */
export function echoedReply(
  tokens: readonly Token[],
  owner: readonly (Hit | null)[],
  clause: readonly number[],
  asked: ReadonlySet<number>,
): { answer: Answer; sure: number } | null {
  if (asked.size === 0) return null;
  const verbs = askedVerbs(tokens, clause, asked);
  if (verbs.size === 0) return null;
  const lastAsked = Math.max(...asked);
  const from = clause.findIndex((c) => c > lastAsked);
  if (from < 0) return null;
  // Only a short reply: the words after the question, fillers aside.
  const words = tokens.slice(from).filter((_, k) => !(owner[from + k] != null && isFiller(owner[from + k]!)));
  if (words.length === 0 || words.length > SHORT + 1) return null;
  // Another answer said there (对，留吧) is read as answers are: this reads only the verb.
  if (owner.slice(from).some((o) => o != null && means(o, 'answer') && !isFiller(o))) return null;
  let k = 0;
  while (k < words.length && LEAD.has(words[k]!.text)) k++;
  const refused = k < words.length && REFUSE.has(words[k]!.text);
  if (refused) k++;
  // 不要留 / 唔好登記: the modal before the verb is part of the refusal.
  if (refused && k < words.length && MODALS.has(words[k]!.text) && !verbs.has(words[k]!.text)) k++;
  const verb = words[k];
  if (verb === undefined || !verbs.has(verb.text)) return null;
  return { answer: refused ? 'no' : 'yes', sure: 0.7 };
}
