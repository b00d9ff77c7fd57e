import type { IntentGrammar } from './grammar';
import { type Hit, means } from './hits';
import type { Token } from './normalise';
import { spansOf } from './scopes';
import { kinNamed } from './situations';
import { hasCue } from './understand';

/*
 * Talk to a companion beside the kiosk (小宝 别摸那个屏幕 奶奶这儿办事呢, 婆婆喺度辦緊嘢, "nana's sorting
 * something out here"): a grandparent naming themselves as the child calls them (scope selfAsKin: 奶奶, 婆婆,
 * "nana") opens a clause and says they are busy here (scope busyHere: 这儿, 喺度, "here"). The business named
 * in that clause is told to the child, not asked of the kiosk.
 */

/**
 * Whether every phrase naming a kind or category sits in such a clause, or in a clause bidden to the child
 * (companionClauses), or in one said to someone called at the start (小朋友 你是哪个学校的呀: addressedOnly): a
 * request said elsewhere still counts.
 */
export function toldToCompanion(
  grammar: IntentGrammar,
  said: { tokens: readonly Token[]; owner: readonly (Hit | null)[]; chosen: readonly Hit[]; clause: readonly number[] },
): boolean {
  const { tokens, owner, chosen, clause } = said;
  const selves = spansOf(grammar, tokens, 'selfAsKin');
  if (selves.length === 0) return addressedOnly(grammar, said);
  const here = spansOf(grammar, tokens, 'busyHere');
  // Only fillers before it in its clause: the kin word is the clause's subject, not someone spoken of.
  const opens = (start: number) => {
    for (let k = start - 1; k >= 0 && clause[k] === clause[start]; k--)
      if (owner[k] == null || !means(owner[k]!, 'filler')) return false;
    return true;
  };
  const busy = new Set(
    selves
      .filter((s) => opens(s.start) && here.some((h) => h.start >= s.end && h.start - s.end <= 1))
      .map((s) => clause[s.start]!),
  );
  // With a bidding to the child (乖乖 别摸那个屏幕 奶奶在办事呢), the grandparent's clause is the child's too.
  for (const c of companionClauses(grammar, said)) busy.add(c);
  if (busy.size === 0) return false;
  const naming = chosen.filter((h) => means(h, 'kind') || means(h, 'category'));
  return naming.length > 0 && naming.every((h) => busy.has(clause[h.start]!));
}

/**
 * The clauses said to someone beside the kiosk rather than to it (孙子 别乱按 过来奶奶这儿, 乖孫 唔好掂部機,
 * "sweetheart don't touch that, come and stand by grandma"): a bidding no one says to a kiosk (`toCompanion`:
 * 别乱按, 唔好亂撳, 过来, "come here") or, with someone called to (`vocative`: 孙子, 乖孫, "sweetheart") or a
 * grandparent naming themselves (`selfAsKin`), one said to a child (`toChild`: 别碰, 唔好掂, "don't touch",
 * "behave" — alone, "don't touch a thing" may tell the kiosk to leave the record be). The bidding opens its
 * clause (only fillers and the one called to before it: 我刚过来, 叫个人过来 tell or ask of someone else) or
 * follows the one called to (唔好呀 BB 放低佢). With a bidding, a clause naming the grandparent (过来奶奶这儿)
 * is the child's too; and "I was talking to my grandson" (`toSomeoneElse`) makes every clause someone else's.
 * A yes or no said in these clauses (别, 唔好, "don't") is the bidding's, no reply (replyStep.ts).
 */
/** The one bidden, said before the bidding (你别碰, "you come here"). */
const YOU = new Set(['你', '您', '你们', 'you']);

export function companionClauses(
  grammar: IntentGrammar,
  said: { tokens: readonly Token[]; owner: readonly (Hit | null)[]; clause: readonly number[] },
): Set<number> {
  const { tokens, owner, clause } = said;
  // "not you, I was talking to my grandson", 唔係同你講呀: nothing said was said to the kiosk.
  if (spansOf(grammar, tokens, 'toSomeoneElse').length > 0) return new Set(clause);
  const strong = spansOf(grammar, tokens, 'toCompanion');
  const weak = spansOf(grammar, tokens, 'toChild');
  if (strong.length === 0 && weak.length === 0) return new Set();
  const called = spansOf(grammar, tokens, 'vocative');
  const selves = spansOf(grammar, tokens, 'selfAsKin');
  const naming = [...called, ...selves];
  const named = (k: number) => naming.some((s) => s.start <= k && k < s.end);
  // A bidding inside an answer that holds it (唔好改 is "leave it as it is") is that answer.
  const heldByAnswer = (s: { start: number; end: number }) =>
    owner.some(
      (o) =>
        o != null && means(o, 'answer') && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start,
    );
  const calledAt = (k: number) => called.some((s) => s.start <= k && k < s.end) || nameCalled(tokens, owner, clause, k);
  const opens = (s: { start: number; end: number }) => {
    if (heldByAnswer(s)) return false;
    for (let k = s.start - 1; k >= 0 && clause[k] === clause[s.start]; k--) {
      // Right after the one called to (唔好呀 BB 放低佢): the clause is theirs, its "don't" too.
      if (calledAt(k)) return true;
      if (named(k) || YOU.has(tokens[k]!.text)) continue;
      if (owner[k] == null || !means(owner[k]!, 'filler') || means(owner[k]!, 'answer')) return false;
    }
    return true;
  };
  // A name called right before it ("Tommy don't touch", 小明 别碰) is someone beside the kiosk too.
  const namedBefore = (s: { start: number }) => s.start > 0 && nameCalled(tokens, owner, clause, s.start - 1);
  // So is a child bidden already ("Lily come here, don't touch that"): the next bidding is to them too.
  const bidden = strong.some(opens);
  const bids = [...strong, ...weak.filter((s) => naming.length > 0 || bidden || namedBefore(s))].filter(opens);
  const out = new Set(bids.map((s) => clause[s.start]!));
  if (out.size > 0) for (const s of selves) out.add(clause[s.start]!);
  return out;
}

/** How a Chinese name is called (小明, 阿强, 老李): one of these and one character. */
const NAME_PREFIX = new Set(['小', '阿', '老']);

/**
 * Whether token `k` is a name called at the start of its clause, right before a bidding ("Tommy don't touch
 * the buttons", 小明 别碰): one English word, or 小, 阿 or 老 and one character, that no phrase holds.
 */
function nameCalled(
  tokens: readonly Token[],
  owner: readonly (Hit | null)[],
  clause: readonly number[],
  k: number,
): boolean {
  const opensClause = (i: number) => i === 0 || clause[i - 1] !== clause[i];
  const free = (i: number) => owner[i] == null;
  const t = tokens[k];
  if (t === undefined || !free(k)) return false;
  if (!t.han) return opensClause(k);
  const [first, second] = NAME_PREFIX.has(t.text) ? [k, k + 1] : [k - 1, k];
  return (
    first >= 0 &&
    opensClause(first) &&
    NAME_PREFIX.has(tokens[first]!.text) &&
    tokens[second]?.han === true &&
    clause[second] === clause[first] &&
    free(first) &&
    free(second)
  );
}

/** 你, 您, "you": the one spoken to, right after the one called. */
const YOU_FIRST = new Set(['你', '您', 'you']);

/**
 * Whether everything that names a kind or category is said to someone called at the start (小朋友 你是哪个学校的呀,
 * "sweetheart, you …"): a word of `vocative` opening what was said, then "you" — the clause of that "you" is theirs
 * ("老头子你别插嘴我来说 就是楼上…" turns to the kiosk after it).
 */
function addressedOnly(
  grammar: IntentGrammar,
  said: { tokens: readonly Token[]; owner: readonly (Hit | null)[]; chosen: readonly Hit[]; clause: readonly number[] },
): boolean {
  const { tokens, owner, chosen, clause } = said;
  const first = owner.findIndex((o) => o == null || !means(o, 'filler'));
  const called = spansOf(grammar, tokens, 'vocative').find((s) => s.start === first);
  if (called === undefined) return false;
  let next = called.end;
  while (
    next < tokens.length &&
    owner[next] != null &&
    means(owner[next]!, 'filler') &&
    !YOU_FIRST.has(tokens[next]!.text)
  )
    next++;
  if (!YOU_FIRST.has(tokens[next]?.text ?? '')) return false;
  const theirs = new Set([clause[called.start]!, clause[next]!]);
  const naming = chosen.filter((h) => means(h, 'kind') || means(h, 'category'));
  return naming.length > 0 && naming.every((h) => theirs.has(clause[h.start]!));
}

/** Verbs of saying (说, 讲, 话, "says", "told"): after someone else, what follows is what they said. */
const SAYING = new Set(['说', '讲', '话', 'say', 'says', 'said', 'told', 'tell', 'tells', 'reckon', 'reckons']);
/** Said between the one who speaks and the saying (我儿子也说, 佢都話, "she always says"). */
const BETWEEN = new Set([
  '也',
  '都',
  '就',
  '还',
  '又',
  '亦',
  '成日',
  '总',
  '老',
  'also',
  'always',
  'just',
  'has',
  'had',
]);

/**
 * The answers someone else said (我孙子说这个机器是电脑控制的, 我老伴说得对, 我個仔話係啱嘅, "my son says it's
 * right"): after kin or a third person (`thirdPerson`) and a verb of saying, in its clause, a yes or no is
 * theirs, passed on — not the resident's reply. 我说, 你说得对, "like I told you" stay the resident's.
 */
export function reportedAnswers(
  grammar: IntentGrammar,
  said: { tokens: readonly Token[]; chosen: readonly Hit[]; clause: readonly number[] },
): Set<Hit> {
  const { tokens, chosen, clause } = said;
  if (!tokens.some((t) => SAYING.has(t.text))) return new Set();
  const speakers = [
    ...kinNamed(grammar, tokens).map((s) => s.end),
    ...chosen.filter((h) => h.quality === 1 && hasCue(h, 'thirdPerson')).map((h) => h.end),
  ];
  const out = new Set<Hit>();
  for (const end of speakers) {
    let k = end;
    while (k < tokens.length && clause[k] === clause[end - 1] && BETWEEN.has(tokens[k]!.text)) k++;
    if (k >= tokens.length || clause[k] !== clause[end - 1] || !SAYING.has(tokens[k]!.text)) continue;
    // 佢講得啱: the answer may begin with the saying itself.
    for (const h of chosen) if (h.start >= k && clause[h.start] === clause[k] && means(h, 'answer')) out.add(h);
  }
  return out;
}
