import type { IntentGrammar } from './grammar';
import { type Hit, means } from './hits';
import { forgetKindAndCategory } from './kindAndCategory';
import { type Token, tokenise } from './normalise';
import { kinNamed } from './situations';
import type { IntentResult } from './types';
import { hasCue } from './understand';

/*
 * Words that set the reach of what else is said, read from `scopes` in locales/<lng>/intents.json as plain
 * word lists (matched as written, never by sound): they steer the phrases found, they name nothing, so they
 * never take a character from a phrase.
 */

export interface Scopes {
  /** 本来, 原本, 一開始: a kind said after it was the first thought; a kind named in a later clause is the decision. */
  formerly?: string[];
  /** 老人, 街坊, 我哋老人家: who a wish is for — never its topic when a topic is named. */
  audience?: string[];
  /** 问问, 問下, 商量: asking someone else first — with a person after it, the answer is not given yet. */
  askFirst?: string[];
  /** 老伴, 屋企人: people at home a resident defers to, beside the kin of stories. */
  household?: string[];
  /** 真好, 不错, 好好, 唔錯: praise — said to close a clause after what a complaint would name, thanks. */
  praise?: string[];
  /** 中: answers that are answers only said alone, between pauses; joined to more they begin a word (中午). */
  aloneOnly?: string[];
  /** 好: an answer alone, yet between a word and the word it qualifies "very" (落到好大, 风好大啊): talk, not a yes. */
  veryBefore?: string[];
  /** 要, 需要: a yes alone, but between two words a "have to" (我还要接孙子): no reply (replyStep.ts). */
  modal?: string[];
  /** 昨天, 今天早上, 尋日, 上個禮拜: a day gone by — with a thing done after it, talk of the day. */
  dayGone?: string[];
  /** 明天, 下个月, 聽日, "next week": a day to come — a plan told in its clause with nothing asked is talk. */
  dayAhead?: string[];
  /** 想, 打算, 諗住, "want": wanting — a day to come said with it is a wish, not a plan told. */
  wanting?: string[];
  /** "are you", "is it", "do you": opening a clause, asking whether something is so — not wishing it were. */
  askWhether?: string[];
  /** 去, 去咗, 跑去: where someone goes — a place or pastime named right after it is told, not asked for. */
  going?: string[];
  /** 那个, 嗰個, "the": opening what is about to be said — a reply trailing off on one (嗯 那个) is still to come. */
  unfinished?: string[];
  /** 嗯, "mhm", "uh huh": sounds that are a yes only said alone and plainly — beside hesitation, they hesitate too. */
  hums?: string[];
  /** 哪一种, 邊一種, "which kind": the resident asking themselves which kind it is — still choosing (doubts.ts). */
  whichKind?: string[];
  /** 奶奶, 婆婆, "nana": a grandparent naming themselves as the child beside them would (companion.ts). */
  selfAsKin?: string[];
  /** 我老人家, 我年纪大了, "I'm old": the resident naming their age — why they ask, never an elderly service asked for. */
  selfAsElder?: string[];
  /** 这儿, 喺度, "is busy": right after `selfAsKin`, busy here — what follows is told to the child. */
  busyHere?: string[];
  /** 孙子, 乖孫, "sweetheart": someone beside the kiosk called to — with a bidding, talk to them (companion.ts). */
  vocative?: string[];
  /** 别乱按, 唔好亂撳, 过来, "come here": bidding someone beside the kiosk — never a reply to it (companion.ts). */
  toCompanion?: string[];
  /** 别碰, 唔好掂, "don't touch": bidding a child — said to the kiosk too, so only with one called to or `selfAsKin`. */
  toChild?: string[];
  /** 不是跟你说, 唔係同你講, "talking to my grandson": what was said was said to someone else (companion.ts). */
  toSomeoneElse?: string[];
  /** 别, 唔好, "don't": forbidding — opening a clause after a yes with more said, the resident's wish of how to be
   * contacted ("but please don't ring before ten"), no part of the read-back found wrong (replyStep.ts). */
  forbidding?: string[];
  /** 尾數, 最后一位, "the last digit": the digits told after it put right the end of the number (digitsHeard.ts). */
  lastDigits?: string[];
  /** 最后, 最尾, "the last": with a count (四个, "two") or a word telling digits (是, "are"), the end named. */
  lastPart?: string[];
  /** 中间, 中間, "the middle": a middle part named — the number going on, told in parts (digitParts.ts). */
  middlePart?: string[];
  /** 开头, 頭, "the first": with a count or a word telling digits, the start of the number named. */
  firstPart?: string[];
  /** 是, 係, "are", "is": after a part named (and its count), the part's digits come. */
  partIs?: string[];
  /** 然后, 跟住, "and", "then": right before a part named, the number going on, no part put right. */
  goingOn?: string[];
  /** 对, 即係, "that's": between a group and its end said again, the resident confirming it (digitParts.ts). */
  confirming?: string[];
  /** 白天, 夜晚, "in the evening": a time of day — after a yes and a "but", when to be rung (replyStep.ts). */
  contactTime?: string[];
  /** 点, 号波, 岁, "oclock": after one or two digits, a time, a typhoon signal, an age — no phone (digitsHeard.ts). */
  namedNumber?: string[];
  /** 不是, 唔係, "not": after the digits that put the end right, the ones quoted as wrong ("two not one"). */
  notThese?: string[];
  /** 还是算了, 定係算數, "or maybe not": a kind weighed against letting the matter be — still choosing (doubts.ts). */
  orLetItBe?: string[];
  /** 还是咋的, 定係咩, "or what": after a kind while thinking aloud, the kind asked of oneself (doubts.ts). */
  orWhat?: string[];
  /** 你係咪, 你是不是, "are you": said of the one listening — a staff word after it asks who they are (commandStep.ts). */
  youAre?: string[];
  /** 哪, 邊個, "who": a question word — with a machine word in its clause, a question about the kiosk (talk.ts). */
  whWords?: string[];
  /** "somebody", "anybody": anyone at all — asked for with `onDuty` and `lendHand` after, staff (commands.ts). */
  anyPerson?: string[];
  /** "working here", "on shift": that the person asked for works here. */
  onDuty?: string[];
  /** "give me a hand", "help me out": what the person on duty is asked to do. */
  lendHand?: string[];
  /** 为啥, 點解, "why", "how come": with a "not" and something provided after it, a wish asked rhetorically. */
  whyWords?: string[];
  /**
   * "share", "pass on", 提一提, 反映: passing a thing on — "an idea I'd like to share" tells of the idea; so does
   * "came up with" said last ("an idea I came up with": the idea's own, no wish for the resident's life).
   */
  passingOn?: string[];
  /** "now", "over here", 快点, 即刻: pressing a command ("Staff. Here. Now.") — no words of the resident's own. */
  pressing?: string[];
  /** 是, 係, "it's", "but": between digits quoted as wrong (不是二二) and the right ones (是三三) — digitsHeard.ts. */
  instead?: string[];
  /** 记不住, 記唔住, "can't remember": on the digits step, not recalling the number — no request to hear again. */
  forgetting?: string[];
  /** 你到哪了, 你喺邊呀, "where are you love": a call answered at the kiosk — talk to the caller (asides.ts). */
  onThePhone?: string[];
  /** 吃了没有, 擺咗喺邊, "did i take": wondering aloud about one's own pills or keys — no request (asides.ts). */
  wonderAloud?: string[];
  /** "than": with "more" a few words before it, a comparison, not a wish (comparisons.ts). */
  than?: string[];
  /** 点会记错, 唔會記錯, "never forget": certainty of one's own memory — its "no" is no reply (unreplied.ts). */
  sureOfMemory?: string[];
  /** 要是我说, 如果我講, "if I say": an answer after it in its clause is supposed, not given (unreplied.ts). */
  supposing?: string[];
  /** 可以, 能, "could": after a thing named and before a comparative, a wish that it were better (better.ts). */
  couldBe?: string[];
  /** 点, 一些, 啲, "later", "simpler": how the thing could be — after a `couldBe`, a wish (better.ts). */
  comparative?: string[];
}

type Span = { start: number; end: number };

type ScopeName = keyof Scopes;

/** Every list's words as tokens, keyed by their first token, so one pass over an utterance finds them all. */
const compiledScopes = new WeakMap<IntentGrammar, Map<string, [ScopeName, string[]][]>>();
/** The spans found in an utterance, by list: its tokens are one array for the whole of a match. */
const foundIn = new WeakMap<readonly Token[], { grammar: IntentGrammar; spans: Map<ScopeName, Span[]> }>();

function compileScopes(grammar: IntentGrammar): Map<string, [ScopeName, string[]][]> {
  let byFirst = compiledScopes.get(grammar);
  if (byFirst !== undefined) return byFirst;
  byFirst = new Map();
  for (const [name, list] of Object.entries(grammar.scopes ?? {}) as [ScopeName, string[]][]) {
    for (const word of list) {
      const texts = tokenise(word).map((t) => t.text);
      if (texts.length > 0) byFirst.set(texts[0]!, [...(byFirst.get(texts[0]!) ?? []), [name, texts]]);
    }
  }
  compiledScopes.set(grammar, byFirst);
  return byFirst;
}

/** Where the words of the list `name` are said, as token spans. */
export function spansOf(grammar: IntentGrammar, tokens: readonly Token[], name: ScopeName): Span[] {
  if (grammar.scopes === undefined) return [];
  let found = foundIn.get(tokens)?.grammar === grammar ? foundIn.get(tokens)!.spans : undefined;
  if (found === undefined) {
    found = new Map();
    const byFirst = compileScopes(grammar);
    for (let i = 0; i < tokens.length; i++) {
      for (const [list, w] of byFirst.get(tokens[i]!.text) ?? []) {
        if (w.every((text, k) => tokens[i + k]?.text === text))
          found.set(list, [...(found.get(list) ?? []), { start: i, end: i + w.length }]);
      }
    }
    foundIn.set(tokens, { grammar, spans: found });
  }
  return found.get(name) ?? [];
}

const kindsOf = (h: Hit) => h.phrase.meanings.flatMap((m) => (m.slot === 'kind' ? [m.value] : []));

/**
 * "我本来想提建议的 后来一想不行 这事儿得投诉": a kind said in the clause of a first thought gives way to
 * another kind named in a later clause — the later decision wins. Returns the kind hits given up.
 */
export function firstThoughts(
  grammar: IntentGrammar,
  chosen: readonly Hit[],
  tokens: readonly Token[],
  clause: readonly number[],
): Hit[] {
  const out: Hit[] = [];
  for (const cue of spansOf(grammar, tokens, 'formerly')) {
    const at = clause[cue.start]!;
    const thought = chosen.filter((h) => h.start >= cue.end && clause[h.start] === at && kindsOf(h).length > 0);
    const decided = chosen.filter((h) => clause[h.start]! > at && kindsOf(h).length > 0);
    const other = (h: Hit) => decided.some((d) => kindsOf(d).some((k) => !kindsOf(h).includes(k)));
    out.push(...thought.filter(other));
  }
  return out;
}

/**
 * The default catalogue's categories about the place and its safety, whoever they serve: a fire drill for
 * elders is about safety, a garden plot for elders about the environment. An activity, a check-up or a
 * service for elders (给老人组织体检, activity 俾老人家) is care for older people, so those do not count.
 */
const OF_THE_PLACE = new Set([
  'sug.safety',
  'sug.environment',
  'svc.public-safety',
  'cmp.sanitation',
  'cmp.facilities',
]);

/**
 * "不如請消防嚟教下我哋老人家點用滅火筒": the people a wish is for (老人家, 街坊) say nothing of what it is
 * about when a category of the place (OF_THE_PLACE) is named outright beside them. Returns the hits to weigh, audience words without
 * their categories when a topic is named.
 */
export function audienceGivesWay(grammar: IntentGrammar, hits: readonly Hit[], tokens: readonly Token[]): Hit[] {
  const spans = spansOf(grammar, tokens, 'audience');
  if (spans.length === 0) return [...hits];
  const isAudience = (h: Hit) => spans.some((s) => s.start <= h.start && h.end <= s.end);
  const categoriesOf = (h: Hit) => h.phrase.meanings.flatMap((m) => (m.slot === 'category' ? [m.value] : []));
  const topic = hits.some(
    (h) =>
      !isAudience(h) &&
      h.phrase.meanings.some((m) => m.slot === 'category' && m.weight >= 1 && OF_THE_PLACE.has(m.value)) &&
      hits.every((a) => !isAudience(a) || categoriesOf(h).every((c) => !categoriesOf(a).includes(c))),
  );
  if (!topic) return [...hits];
  return hits.flatMap((h) => {
    if (!isAudience(h) || !means(h, 'category')) return [h];
    const meanings = h.phrase.meanings.filter((m) => m.slot !== 'category');
    return meanings.length === 0 ? [] : [{ ...h, phrase: { ...h.phrase, meanings } }];
  });
}

/**
 * "等我问问我儿子再说", "等我問下我老公先": asking someone at home first, so no answer yet — thinking aloud,
 * like any hedge. The person follows the asking within two words (我, 个), or comes right before it.
 */
export function defersToSomeone(grammar: IntentGrammar, tokens: readonly Token[]): boolean {
  const asks = spansOf(grammar, tokens, 'askFirst');
  if (asks.length === 0) return false;
  const people = [...kinNamed(grammar, tokens), ...spansOf(grammar, tokens, 'household')];
  // 跟我老伴商量一下, 同屋企人傾下: the person may come first, right before the asking.
  return asks.some((a) =>
    people.some((p) => (p.start >= a.end && p.start - a.end <= 2) || (p.end <= a.start && a.start - p.end <= 1)),
  );
}

/** Said after a verb, these make it done: 打了, 去咗, 唱过, 排练完. */
const DONE = new Set(['了', '咗', '过', '完']);

/**
 * Talk of the day ("今天早上去公园打了套太极拳", "尋日去咗唱K，唱到聲都沙埋") or of someone's habits ("我老伴天天去跳
 * 广场舞", "佢哋成日去打太極"): no request, no kind said, no question, and every word that names the category
 * taken told as done on a day gone by (a `dayGone` word, then 了/咗/过/完 in its clause) or as where someone
 * goes (after a `going` word in its clause: 去跳广场舞, 去公園打太極) — a pastime or an errand told, not
 * a service asked for. The category is dropped: nothing is taken, and the kiosk asks again. A complaint is
 * most often told as what happened (上回态度可差了), so only going, never the day, drops one; and a day told
 * with a story's things or troubles (`storyWords`) is a story, not a pastime.
 */
export function forgetTheDay(
  grammar: IntentGrammar,
  result: IntentResult,
  confidence: Partial<Record<keyof IntentResult, number>>,
  said: { tokens: readonly Token[]; clause: readonly number[]; weighed: readonly Hit[] },
  quiet: { quiet: () => boolean; storyWords: boolean },
): void {
  if (result.category === null || !quiet.quiet()) return;
  const { tokens, clause, weighed } = said;
  const day = quiet.storyWords ? undefined : spansOf(grammar, tokens, 'dayGone')[0];
  // Every clause that names the category tells something done (下岗了… 看有没有招工的: the later clause asks).
  // English marks the past on the verb, not with a particle: a day gone by said in a clause makes it told.
  const done = new Set(
    day === undefined
      ? []
      : grammar.language === 'en'
        ? [clause[day.start]!]
        : tokens.flatMap((t, k) => (k >= day.end && DONE.has(t.text) ? [clause[k]!] : [])),
  );
  // A plan for a day to come (我们舞蹈队下个月去比赛, 合唱團聽日練歌, "our choir sings next Sunday"), said with
  // nothing asked, is told in the clause of that day — when it is all that is said: a clause more may be the
  // worry the plan brings (下个月要上幼儿园，不晓得要准备啥).
  const wished = new Set(spansOf(grammar, tokens, 'wanting').map((w) => clause[w.start]!));
  const ahead = new Set(
    spansOf(grammar, tokens, 'dayAhead').flatMap((a) => (wished.has(clause[a.start]!) ? [] : [clause[a.start]!])),
  );
  if (!quiet.storyWords && ahead.size > 0 && clause.every((c) => ahead.has(c))) for (const c of ahead) done.add(c);
  const goes = spansOf(grammar, tokens, 'going');
  // Anything named after it in its clause is where they go and what they do there (去公園打太極).
  const going = (h: Hit) => goes.some((g) => g.end <= h.start && clause[g.end - 1] === clause[h.start]);
  const naming = weighed.filter((h) =>
    h.phrase.meanings.some((m) => m.slot === 'category' && m.value === result.category),
  );
  if (naming.length === 0) return;
  const byGoing = naming.every(going);
  const byDay = result.kind !== 'complaint' && naming.every((h) => going(h) || done.has(clause[h.start]!));
  if (!byGoing && !byDay) return;
  forgetKindAndCategory(result, confidence);
}

/**
 * The hits of answers said joined to other words (`joined`) that are answers only alone (中 in 中午再说); with
 * `scope` veryBefore, those that qualify the word after them (好 in 风好大); `modal`, those that say "have to" (要 in 还要接).
 */
export function aloneOnly(
  grammar: IntentGrammar,
  chosen: readonly Hit[],
  tokens: readonly Token[],
  joined: (h: Hit) => boolean,
  scope: 'aloneOnly' | 'veryBefore' | 'modal' = 'aloneOnly',
): Set<Hit> {
  const spans = spansOf(grammar, tokens, scope);
  return new Set(
    chosen.filter((h) => joined(h) && spans.some((s) => s.start === h.start && s.end === h.end) && means(h, 'answer')),
  );
}

/** Said right before a word of praise, these turn it round (不好, 唔好, 没那么好). */
const NOT = new Set(['不', '没', '唔', '冇', '未', '无']);
/** Particles that may close a clause after the praise (真好啊, 好好呀). */
export const PARTICLES = new Set(['啊', '呀', '的', '了', '啦', '喔', '嘅', '呢', '哦', '嘞', '咧', '喇', '吖', '㗎']);

/**
 * Praise (你们这儿的人服务态度真好, 啲姑娘態度好好): something a complaint would name (态度), then praised
 * (`praise`: 真好, 不错, 好好) to close its clause — unturned by a "not" right before it, with no wish or request anywhere
 * (要是…就好了, 能不能) — is thanks, not a complaint. Returns the hits of `complaining` that are praised.
 */
export function praised(
  grammar: IntentGrammar,
  said: { tokens: readonly Token[]; owner: readonly (Hit | null)[]; chosen: readonly Hit[]; clause: readonly number[] },
  complaining: (h: Hit) => boolean,
): Hit[] {
  const { tokens, owner, chosen, clause } = said;
  const praise = spansOf(grammar, tokens, 'praise');
  if (praise.length === 0 || chosen.some((h) => hasCue(h, 'wish') || hasCue(h, 'ask'))) return [];
  // Nothing after it in its clause but fillers and particles: 真好意思收钱 is no praise.
  const closes = (g: Span) => {
    for (let k = g.end; k < tokens.length && clause[k] === clause[g.start]; k++) {
      const o = owner[k];
      if (!(o != null && means(o, 'filler') && !means(o, 'answer')) && !PARTICLES.has(tokens[k]!.text)) return false;
    }
    return true;
  };
  const goods = praise.filter((g) => !NOT.has(tokens[g.start - 1]?.text ?? '') && closes(g));
  return chosen.filter(
    (h) => complaining(h) && goods.some((g) => g.start >= h.end && clause[g.start] === clause[h.start]),
  );
}

/** Whether the utterance trails off on a word that opens what is about to be said (嗯 那个, "mm, the"). */
export function trailsOff(grammar: IntentGrammar, tokens: readonly Token[]): boolean {
  return spansOf(grammar, tokens, 'unfinished').some((s) => s.end === tokens.length);
}

/** Whether a hit is only a hum (嗯, "mhm") or a filler: a yes only when said alone and plainly. */
export function hummedBy(grammar: IntentGrammar, tokens: readonly Token[]): (h: Hit) => boolean {
  const hums = spansOf(grammar, tokens, 'hums');
  return (h) => means(h, 'filler') || hums.some((s) => s.start === h.start && s.end === h.end);
}
