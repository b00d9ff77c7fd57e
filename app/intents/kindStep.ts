import type { Category } from '../domain/catalogue';
import type { Language } from '../i18n/languages';
import { saidAside } from './asides';
import type { WishedBetter } from './better';
import { HOW } from './commands';
import { toldToCompanion } from './companion';
import { withoutComparedMore } from './comparisons';
import { descriptionOf } from './description';
import { besideWhichKind, kindInDoubt } from './doubts';
import { askingClauses, forgetFamilyNews, isReportedNews } from './family';
import { framedSuggestion, moreWished } from './frames';
import { GRAMMARS } from './grammars';
import { type Hit, means } from './hits';
import { fillKindAndCategory, forgetKindAndCategory, topicalOf, UNSURE } from './kindAndCategory';
import type { Token } from './normalise';
import { ownWish, wishForOneself } from './ownWish';
import { placedHits } from './places';
import { onThePoint } from './point';
import { praisingClauses } from './praise';
import { questionClauses } from './questions';
import { audienceGivesWay, forgetTheDay, spansOf } from './scopes';
import { type Situation, storyDisagrees, toldKind } from './situations';
import {
  asksWhatToDo,
  beyondHedges,
  fearsIn,
  heardBeside,
  reportedToThePolice,
  storyWord,
  toldInStory,
  withoutEchoes,
  withoutOverruled,
  withoutWhetherAsked,
  withoutWhoWasHurt,
} from './storyWords';
import { asksWhetherItIs } from './talk';
import type { Expect, IntentResult, MatchOptions } from './types';
import { hasCue, type Rejected } from './understand';

/*
 * The kind and category steps' weighing, split from match.ts: what was named, told as a story, framed as a
 * wish or said in passing, and which of those the resident meant. A function of its own also keeps
 * matchWithCost small enough for the JIT to optimise early in a kiosk's day.
 */

/** What match.ts has found in the utterance before the kind and category are weighed. */
export interface Said {
  text: string;
  options: MatchOptions;
  expect: Expect;
  catalogue: readonly Category[];
  tokens: readonly Token[];
  owner: readonly (Hit | null)[];
  chosen: readonly Hit[];
  clause: readonly number[];
  rejects: Rejected;
  hedged: boolean;
  story: Situation;
  offTopic: boolean;
  /** The kin words said (situations.ts `kinNamed`), found once per utterance when first asked for. */
  kin: () => readonly { start: number; end: number }[];
  /** A thing said to be better if it were otherwise (better.ts: 办手续可以简单点), if one is. */
  better: WishedBetter | null;
}

/**
 * Fills the result's kind, category and description at the kind, category and free steps. Returns whether a
 * rule weighed a kind or category and set it aside (or heard only praise): the fallback stays out then.
 */
export function weighKindAndCategory(
  utterance: Said,
  naming: readonly Hit[],
  commandHit: Hit | undefined,
  result: IntentResult,
  confidence: Partial<Record<keyof IntentResult, number>>,
): boolean {
  const { text, options, expect, catalogue, tokens, owner, chosen, clause, rejects, hedged, offTopic, kin } = utterance;
  const story = beyondHedges(utterance.story, chosen);
  // "More … than" compares and wishes nothing: the story's own kind still stands (comparisons.ts).
  const others = besideWhichKind(
    GRAMMARS[options.lang],
    tokens,
    withoutComparedMore(GRAMMARS[options.lang], naming, tokens, clause),
  );
  // Nothing asked and no question put, in any clause: found once, when a rule first needs it.
  let asksNothing: boolean | undefined;
  const nothingAsked = () =>
    (asksNothing ??=
      askingClauses(tokens, clause, true).size === 0 && questionClauses(text, tokens, clause).size === 0);
  const whys = spansOf(GRAMMARS[options.lang], tokens, 'whyWords');
  // With no kind chosen yet, "X could be …er" and "more" inside a suggestion's words (種多啲樹) frame a wish too; on the
  // category step they would only cast doubt on the kind the resident chose.
  const frame =
    framedSuggestion(chosen, clause, tokens, catalogue, whys) ??
    (options.kind === undefined ? (utterance.better?.frame ?? moreWished(chosen, clause, tokens, catalogue)) : null);
  // "Whether they can" after a story's trouble (不知道能不能在这上学) is its question, not a wish (storyWords.ts).
  const framed = frame !== null && withoutWhetherAsked([frame], utterance.story, clause).length === 0 ? null : frame;
  // A fear's condition and a sound-alike inside the story's words are the story's (storyWords.ts).
  // …and a report of a crime told goes to the police (storyWords.ts).
  // …and "whether they can" after a story's trouble is its question here too.
  const heard = reportedToThePolice(
    withoutWhetherAsked(heardBeside(others, story, clause, chosen), utterance.story, clause),
    story,
  );
  // A story told with no category named (situations.ts, above): its thing and trouble hint at one, and,
  // with no kind said or wished, at the kind the story asks for.
  const kindSaid = heard.some((h) => means(h, 'kind'));
  // Beside talk not meant for the kiosk (街市, "the shops"), only a thing and its trouble together still
  // tell a story, and it is asked back, never acted on.
  const told =
    story.tells !== null &&
    framed === null &&
    !kindSaid &&
    options.kind === undefined &&
    (!offTopic || (story.tells.quality === 1 && !story.tells.guess))
      ? [
          toldKind(
            story.tells,
            offTopic,
            (commandHit !== undefined && asksWhatToDo(commandHit, story, clause)) || toldToTheCentre(chosen, story),
          ),
        ]
      : [];
  // A reading that takes in words the resident denied (不是邻居吵架 是楼道里堆的垃圾: the neighbours) is no
  // reading of the story told: "not A, it's B" keeps B (round twenty-three).
  // Only a denial said first (不是 A, "not A"), and a reading that reaches past its clause: one inside it ("it's
  // not safe") is the trouble itself, and a word denied after it (楼上说不是他家的事) is someone else's say.
  const deniedFirst = (d: Hit) =>
    rejects.get(d) === 'all' &&
    chosen.some((n) => (hasCue(n, 'negator') || hasCue(n, 'verbNegator')) && n.end <= d.start && d.start - n.end <= 1);
  const denied = chosen.filter(deniedFirst);
  const standing = story.hits.filter(
    (s) => !denied.some((d) => d.start < s.end && s.start < d.end && clause[s.start] !== clause[s.end - 1]),
  );
  const storyHits = offTopic ? standing.filter((h) => h.quality === 1) : standing;
  // Praise with nothing asked and no trouble told ("the park looked lovely today") is talk (praise.ts);
  // English only: Chinese `good` words also count (好多) or enable (就可以).
  const praising =
    options.lang === 'en' && framed === null && story.tells === null && !kindSaid
      ? praisingClauses(chosen, tokens, clause)
      : new Set<number>();
  const onlyPraise = praising.size > 0;
  // A suggestion's category named by a story's own thing or trouble (门卫 in 门卫老在睡觉, 好黑 in 樓梯好黑), in
  // a complaint told with no wish framed, gives way to the story (situations.ts).
  // A hint inside a story's reading of the same category (修 in 没人修) is the story's, weighed once.
  // …and a neighbour who only fell (隔籬屋阿婆跌低) is who, not what, beside a broken thing.
  const said = withoutInsideTroubles(
    withoutOverruled(
      withoutWhoWasHurt(
        withoutEchoes(
          framed !== null || offTopic ? heard : heard.filter((h) => !storyWord(h, story, catalogue, options.kind)),
          story,
          storyHits,
        ),
        story,
        storyHits,
      ),
      story,
      catalogue,
    ),
    story,
  );
  // In a long utterance the point is where the request is; the asides before it name nothing (point.ts).
  // Who a wish is for (我哋老人家) gives way to what it is about when that is named (audienceGivesWay).
  const weighed = onThePoint(
    audienceGivesWay(
      GRAMMARS[options.lang],
      [...said, ...(framed === null ? [] : [framed]), ...storyHits, ...told],
      tokens,
    ),
    chosen,
    clause,
    () => ({
      kin: kin(),
      asking: askingClauses(tokens, clause),
      told: new Set(storyHits),
    }),
  );
  fillKindAndCategory(result, confidence, weighed, catalogue, options.kind, rejects, {
    asked: expect,
    offTopic: offTopic || onlyPraise,
    // Not a word inside a story's trouble ("calling me" in "calling me names"): the trouble's. Round twenty-two.
    offTopicAt: (i) =>
      onlyPraise ||
      chosen.some(
        (h) =>
          hasCue(h, 'offTopic') &&
          clause[h.start] === clause[i] &&
          !story.troubles.some((t) => t.start <= h.start && h.end <= t.end) &&
          // Nor said in the story's own clause ("somebody to pop in and visit the ones who live alone").
          !toldInStory(h, story, clause),
      ),
    hedged,
    topical: topicalOf(chosen, owner),
    placed: placedHits(
      GRAMMARS[options.lang],
      tokens,
      said,
      storyHits,
      (code) => catalogue.find((c) => c.code === code)?.kind,
    ),
    storyKind: told[0]?.quality === 1 ? story.tells?.kind : undefined,
    fears: told[0]?.quality === 1 && fearsIn(chosen, story, clause).length > 0,
  });
  const weighedAny = result.kind !== null || result.category !== null;
  // Weighing which kind it is while thinking aloud (不知道该算哪一种, "sort of a complaint but kind of not"):
  // no kind chosen yet, it is asked again (doubts.ts).
  if (
    options.kind === undefined &&
    result.category === null &&
    kindInDoubt(GRAMMARS[options.lang], { tokens, owner, chosen, clause }, rejects, hedged)
  ) {
    forgetKindAndCategory(result, confidence);
    return weighedAny;
  }
  // 奶奶这儿办事呢, 婆婆喺度辦緊嘢: told to a grandchild beside the kiosk, not asked of it (companion.ts).
  if (options.kind === undefined && toldToCompanion(GRAMMARS[options.lang], { tokens, owner, chosen, clause })) {
    forgetKindAndCategory(result, confidence);
    return weighedAny;
  }
  // A call answered at the kiosk or one's own pills wondered about (喂 儿子 你到哪了, "did I take my tablets"):
  // an aside, whatever it names, on the category step too (asides.ts).
  if (saidAside(GRAMMARS[options.lang], { tokens, chosen, clause })) {
    forgetKindAndCategory(result, confidence);
    return weighedAny;
  }
  // Not knowing whether it is one ("不知道该不该投诉", "not sure if this is a complaint"): the kind weighed
  // in a clause of doubt is asked back, never acted on.
  if (hedged && result.kind !== null && undecided(chosen, tokens, clause, result.kind)) {
    // And the choice left to the kiosk ("我也说不好算不算投诉，你们看着办", "whether it's a complaint I couldn't
    // say, up to you"): nothing to read back — the kind is asked again.
    if (chosen.some((h) => hasCue(h, 'leftToYou'))) {
      forgetKindAndCategory(result, confidence);
      return true;
    }
    confidence.kind = Math.min(confidence.kind ?? 0, UNSURE);
    if (confidence.category !== undefined) confidence.category = Math.min(confidence.category, UNSURE);
  }
  // A kind told only by a trouble with no thing ("I couldn't sleep last night"), or beside off-topic talk,
  // is asked back with its category, never acted on as it is.
  const toldOnly = told[0] !== undefined && told[0].quality < 1 && result.kind === story.tells?.kind;
  // A story whose thing and trouble point to another category than the one taken is asked back.
  if (toldOnly || (result.category !== null && storyDisagrees(storyHits, result.category, catalogue))) {
    confidence.category = Math.min(confidence.category ?? 0, UNSURE);
    if (confidence.kind !== undefined) confidence.kind = Math.min(confidence.kind, UNSURE);
  }
  // A frame alone ("could you make it louder", 如果聽日天氣好就去飲茶) may be talk, not a wish for the
  // centre: the suggestion it hints is asked back, never taken as it is.
  const saidSuggestion = others.some((h) =>
    h.phrase.meanings.some((m) => m.slot === 'kind' && m.value === 'suggestion'),
  );
  if (framed !== null && result.kind === 'suggestion' && !saidSuggestion) {
    confidence.kind = Math.min(confidence.kind ?? 0, UNSURE);
    if (confidence.category !== undefined) confidence.category = Math.min(confidence.category, UNSURE);
  }
  // "Are you open on Sundays": asking how the centre is, not suggesting it (talk.ts).
  const suggesting = weighed.filter((h) =>
    h.phrase.meanings.some((m) => m.slot === 'kind' && m.value === 'suggestion'),
  );
  if (
    result.kind === 'suggestion' &&
    options.kind === undefined &&
    asksWhetherItIs(GRAMMARS[options.lang], tokens, clause, suggesting)
  ) {
    forgetKindAndCategory(result, confidence);
  }
  // A wish for one's kin (老婆仲喺度就好喇, 要是我老伴还在就好了, "if only my wife was still here"): a lament,
  // not a suggestion for the centre — nothing but the kin is named, nothing is provided, and only a few
  // words of the resident's own say what is wished (还在, "was still here"; not 有人能陪我老伴聊聊天).
  if (result.kind === 'suggestion' && result.category === null) {
    const kinSaid = kin();
    // Over the kin ("my son" holds son): a family word, whatever else it holds.
    const isKin = (h: Hit) => kinSaid.some((k) => h.start < k.end && k.start < h.end);
    const lament =
      kinSaid.length > 0 &&
      // What the kin would do for the resident ("my son would ring me more") is no provision by the centre.
      !chosen.some(
        (h) => hasCue(h, 'provide') && !kinSaid.some((k) => k.end <= h.start && clause[k.start] === clause[h.start]),
      ) &&
      others.every((h) => isKin(h) || !means(h, 'category')) &&
      // Said as a wish ("就好了", "it would be nice if", "I wish"): a relative's suggestion named (我妈想提个建议,
      // "my husband has a suggestion") is one the resident brings for them.
      chosen.some((h) => hasCue(h, 'wish') || hasCue(h, 'good')) &&
      others.some((h) => !isKin(h) && kinSaid.some((k) => clause[k.start] === clause[h.start])) &&
      kinSaid.every(
        (k) =>
          owner.filter((o, i) => o === null && clause[i] === clause[k.start] && (i < k.start || i >= k.end)).length <=
          3,
      );
    if (lament) {
      result.kind = null;
      delete confidence.kind;
    }
  }
  // A wish that provides nothing and names nothing the centre could see to (要是明天不下雨就好了, "it'd be nice
  // if my knees didn't ache"): a wish for one's own life as likely as one for the centre — asked back.
  // One whose subject is the resident or their kin ("I wish I could still drive"): no suggestion (ownWish.ts).
  // The kind given already (the category step) is the resident's choice: never taken back here.
  if (
    options.kind === undefined &&
    result.kind === 'suggestion' &&
    wishForOneself(chosen, others, tokens, kin(), passedOnLast(tokens, clause, options.lang), clause)
  ) {
    forgetKindAndCategory(result, confidence);
  } else if (result.kind === 'suggestion' && result.category === null && ownWish(chosen, others)) {
    confidence.kind = Math.min(confidence.kind ?? 0, UNSURE);
  }
  // Family news (我外孙在上海读书, "my grandson loves football"), a stray word that would be asked back: nothing.
  if (options.kind === undefined && expect !== 'category' && !kindSaid && story.tells === null)
    forgetFamilyNews(result, confidence, weighed, tokens, clause, kin);
  // A service only named in what someone else said (医生说我血压有点高, "the doctor says my blood pressure is
  // up a bit"), with nothing asked: news passed on, not a request — asked again, not "did you mean …?". Unless
  // the news tells the resident's own case, a thing with its trouble (someone said "I might be entitled to his
  // pension", "there's an allowance … I never applied"): what they were told is why they came.
  const named = weighed.filter((h) =>
    h.phrase.meanings.some((m) => m.slot === 'category' && m.value === result.category),
  );
  const ownCase = story.tells?.kind === 'service' && story.tells.quality === 1 && !story.tells.guess;
  if (
    options.kind === undefined &&
    expect !== 'category' &&
    !kindSaid &&
    !ownCase &&
    result.kind === 'service' &&
    nothingAsked() &&
    isReportedNews(tokens, clause, named)
  ) {
    forgetKindAndCategory(result, confidence);
  }
  // Talk of the day or of habits (今天早上去公园打了套太极拳, 佢哋成日去打太極): no request, question or kind.
  const quiet = () =>
    options.kind === undefined &&
    expect !== 'category' &&
    !kindSaid &&
    framed === null &&
    story.tells === null &&
    nothingAsked();
  const day = { tokens, clause, weighed };
  forgetTheDay(GRAMMARS[options.lang], result, confidence, day, { quiet, storyWords: story.hits.length > 0 });
  if (result.kind !== null || result.category !== null) result.description = descriptionOf(text, tokens, owner);
  return onlyPraise || (weighedAny && result.kind === null && result.category === null);
}

/**
 * A category word inside a longer trouble's words whose story points elsewhere (跌親 in 跌親都冇人知: no one would
 * know, a resident alone) is the trouble's, not a category of its own. Round twenty-two.
 */
function withoutInsideTroubles(hits: readonly Hit[], story: Situation): Hit[] {
  // Every reading, even one beside talk not meant for the kiosk (打電話): the trouble's words are the story's still.
  const told = new Set(
    story.hits.flatMap((h) => h.phrase.meanings.flatMap((m) => (m.slot === 'category' ? [m.value] : []))),
  );
  if (told.size === 0) return [...hits];
  return hits.filter(
    (h) =>
      !story.troubles.some((t) => t.start <= h.start && h.end <= t.end && t.end - t.start > h.end - h.start) ||
      h.phrase.meanings.some((m) => m.slot !== 'category' || told.has(m.value)),
  );
}

/**
 * A story told to the centre on purpose (我哋個屋苑啲老人家…個個都話悶…咁我就想同你哋講下, "the old folk here have
 * nothing to do … I just wanted to tell you"): a lack of others that would only be guessed a suggestion is meant
 * as one. Only with a thing and its trouble told, and the telling said after them.
 */
function toldToTheCentre(chosen: readonly Hit[], story: Situation): boolean {
  const tells = story.tells;
  return (
    tells !== null &&
    tells.quality === 1 &&
    tells.kind === 'suggestion' &&
    chosen.some((h) => hasCue(h, 'tellYou') && h.start >= tells.end)
  );
}

/**
 * A hit naming `kind` after a hedge in its clause (不知道该不该投诉, "not sure if this is a complaint", 可能算投诉):
 * weighed, not decided. Not knowing how ("我不知道怎么投诉", "I don't know how to complain") is a request.
 */
function undecided(chosen: readonly Hit[], tokens: readonly Token[], clause: readonly number[], kind: string): boolean {
  const how = (from: number, to: number) =>
    tokens.slice(from, to).some((t, k) => HOW.has(t.text) || (t.text === '点' && tokens[from + k + 1]?.text === '样'));
  return chosen.some(
    (h) =>
      h.phrase.meanings.some((m) => m.slot === 'kind' && m.value === kind) &&
      chosen.some(
        (o) =>
          clause[o.start] === clause[h.start] &&
          hasCue(o, 'hedge') &&
          // A doubt said after the kind ("whether it's a complaint I couldn't say") holds it too.
          (o.start < h.start ? !how(o.start, h.start) : o.start >= h.end),
      ),
  );
}

/** Passing on ("share", 提一提) said last in its clause: its thing said before it ("an idea I'd like to share"). */
function passedOnLast(tokens: readonly Token[], clause: readonly number[], lang: Language) {
  return spansOf(GRAMMARS[lang], tokens, 'passingOn').filter(
    (p) => p.end === tokens.length || clause[p.end] !== clause[p.start],
  );
}
