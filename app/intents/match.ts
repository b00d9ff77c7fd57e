import { type Category, codesOfKind, DEFAULT_CATALOGUE } from '../domain/catalogue';
import { KINDS } from '../domain/kinds';
import type { Language } from '../i18n/languages';
import { wishedBetter } from './better';
import { chooseChoice, countsOther } from './choices';
import { weighCommand } from './commandStep';
import { compileGrammar, keyOf, sharesSound } from './compileGrammar';
import { descriptionOf } from './description';
import { digitsHeard, saysNoPhone } from './digitsHeard';
import { askBackFallback } from './fallback';
import { askingClauses } from './family';
import { askedWhyNot } from './frames';
import type { CompiledGrammar, ExtraCategory } from './grammar';
import { GRAMMARS } from './grammars';
import { distinct, type Hit, isFiller, means, names, span } from './hits';
import { UNSURE } from './kindAndCategory';
import { weighKindAndCategory } from './kindStep';
import { chineseWithin, englishAfterClassifier, englishWithin } from './mixing';
import { type Token, tokenise } from './normalise';
import { ratingOf } from './rating';
import { isHedged } from './replies';
import { weighReply } from './replyStep';
import { defersToSomeone, firstThoughts, praised, spansOf } from './scopes';
import { kinNamed, situationsOf } from './situations';
import { slipsToAnswer, soundFamily, soundsAlike, takesShorterWord } from './slips';
import { joinWords, joinWordsBesideDigits, spacedByWord } from './spacing';
import { repairSpelling } from './spelling';
import { toldInStory } from './storyWords';
import type { Expect, IntentResult, MatchOptions } from './types';
import { clausesOf, hasCue, pauseBetween, rejected } from './understand';
import { faultsForGoingBack } from './unreplied';

// ---- compiled once per language (and per centre catalogue with phrases of its own) ----

const compiled = new Map<Language, CompiledGrammar>();
const compiledForCatalogue = new WeakMap<readonly Category[], Map<Language, CompiledGrammar>>();
/** With the verdict's phrases: only the verdict question compiles them in, so other steps are untouched. */
const compiledWithRatings = new Map<Language, CompiledGrammar>();

/** The grammar for the verdict question (no centre categories: it names none). */
function ratingGrammarFor(lang: Language): CompiledGrammar {
  let grammar = compiledWithRatings.get(lang);
  if (grammar === undefined) {
    grammar = compileGrammar(GRAMMARS[lang], [], { ratings: true });
    compiledWithRatings.set(lang, grammar);
  }
  return grammar;
}

function extraCategories(catalogue: readonly Category[], lang: Language): ExtraCategory[] {
  return catalogue.flatMap((c) => {
    const phrases = [c.label?.[lang], ...(c.phrases?.[lang] ?? [])].filter((p): p is string => !!p?.trim());
    return phrases.length > 0 ? [{ code: c.code, kind: c.kind, phrases }] : [];
  });
}

/** The compiled grammar for a language and catalogue, built on first use and kept. */
export function grammarFor(lang: Language, catalogue: readonly Category[] = DEFAULT_CATALOGUE): CompiledGrammar {
  const extra = extraCategories(catalogue, lang);
  const cache =
    extra.length === 0
      ? compiled
      : (compiledForCatalogue.get(catalogue) ?? compiledForCatalogue.set(catalogue, new Map()).get(catalogue)!);
  let grammar = cache.get(lang);
  if (grammar === undefined) {
    grammar = compileGrammar(GRAMMARS[lang], extra);
    cache.set(lang, grammar);
  }
  return grammar;
}

// ---- finding and choosing phrases ----

function findHits(grammar: CompiledGrammar, text: string, tokens: readonly Token[]): { hits: Hit[]; steps: number } {
  const symbols = tokens.map((t) => grammar.symbols.get(keyOf(t.text, t.han)) ?? -1);
  // Punctuation between two tokens: the recogniser heard a pause there, and no phrase spans it.
  const pauses: number[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (pauseBetween(text, tokens[i - 1]!.end, tokens[i]!.start, false)) pauses.push(i);
  }
  const hits: Hit[] = [];
  const seen = new Set<string>();
  // In a Chinese sentence an English word ("CCTV", "management") says as much as a two-character word.
  const mixed = tokens.some((t) => t.han);
  const steps = grammar.automaton.scan(symbols, (pattern, last) => {
    const phrase = grammar.phrases[pattern]!;
    const length = phrase.texts.length;
    const start = last - length + 1;
    let exact = 0;
    // Words repaired from a letter slip ("complant") count towards the half, not as said.
    let heard = 0;
    for (let k = 0; k < length; k++) {
      const t = tokens[start + k]!;
      if (t.text === phrase.texts[k] && !t.near) exact++;
      else if (t.text === phrase.texts[k]) heard++;
    }
    // Half the characters must be the grammar's own, and fillers and one-character phrases
    // (是, 吵) must be exactly right: 是 sounds like too much else.
    const literal = phrase.meanings.every((m) => m.slot === 'filler' || m.slot === 'cue');
    const half = exact + heard >= Math.ceil(length / 2);
    if (exact < length && (literal || (!half && !soundFamily(grammar, phrase, tokens, start, length)))) return;
    // A character borrowed from a sound-alike group is that group's, not any homophone of its members.
    if (
      grammar.alike.size > 0 &&
      !phrase.texts.every((own, k) => !tokens[start + k]!.han || sharesSound(grammar, own, tokens[start + k]!.text))
    )
      return;
    if (pauses.length > 0 && pauses.some((p) => p > start && p <= last)) return;
    const key = `${pattern}:${start}`;
    if (seen.has(key)) return;
    seen.add(key);
    // Heard only by its sound, a word is always asked back: 0.55 keeps it below the threshold.
    const quality = exact === length ? 1 : !half ? 0.55 : 0.6 + (0.2 * exact) / length;
    let mass = length;
    if (mixed) for (let k = start; k <= last; k++) if (!tokens[k]!.han) mass++;
    hits.push({ phrase, start, end: last + 1, quality, mass });
  });
  return { hits, steps };
}

/**
 * Leftmost-longest, without overlaps: phrases said exactly first (a longer
 * one wins: 不对 over 对, 办事太慢 over 办事; at the same length a phrase that
 * means something wins over a filler), then phrases found only by sound in
 * the gaps left. Returns which hit owns each token.
 */
function chooseHits(hits: Hit[], tokens: readonly Token[], english: boolean): (Hit | null)[] {
  const tokenCount = tokens.length;
  const owner: (Hit | null)[] = new Array(tokenCount).fill(null);
  const order = (a: Hit, b: Hit) =>
    a.start - b.start || span(b) - span(a) || Number(isFiller(a)) - Number(isFiller(b)) || b.quality - a.quality;
  const take = (h: Hit) => {
    for (let k = h.start; k < h.end; k++) owner[k] = h;
  };
  let cursor = 0;
  const exact = hits.filter((x) => x.quality === 1).sort(order);
  // In English a phrase gives way to a longer one that means something and starts inside it (a filler to
  // any such phrase: "I was wondering" to "wondering whether"): in "I dont know how to work this" what was
  // said is "dont know how to work this", not "I dont know how" and a stray "work". (Chinese phrases overlap by a character far more often, and by chance: 是垃圾 / 垃圾堆.)
  const overtaken = (h: Hit) =>
    english &&
    exact.some(
      (x) =>
        x.start > h.start &&
        x.start < h.end &&
        x.end > h.end &&
        (span(x) > span(h) || isFiller(h)) &&
        x.phrase.meanings.some((m) => m.slot !== 'cue' && m.slot !== 'filler'),
    );
  for (const h of exact) {
    if (h.start >= cursor && !overtaken(h)) {
      take(h);
      cursor = h.end;
    }
  }
  // A phrase found by sound may take tokens from fillers (再说一边: 说 is also a filler), never from a phrase.
  // A word of four characters or more heard by its sound may take a shorter word it holds (为劳服务 holds 服务):
  // the slip is the longer word's, and being heard by sound it is asked back.
  const holds = (h: Hit, o: Hit) =>
    span(h) >= 4 &&
    o.start >= h.start &&
    o.end <= h.end &&
    span(o) <= span(h) - 2 &&
    names(o) &&
    (names(h) || means(h, 'command')) &&
    soundsAlike(h, tokens);
  // A word with half its characters as written goes before one heard wholly by its sound (見衣生: 医生 with 生
  // said, not 建议 from 見衣).
  const bySound = (a: Hit, b: Hit) => Number(b.quality > 0.55) - Number(a.quality > 0.55) || order(a, b);
  for (const h of hits.filter((x) => x.quality < 1 && !isFiller(x)).sort(bySound)) {
    const displaced = owner.slice(h.start, h.end);
    if (
      !displaced.every(
        (o) =>
          o === null ||
          isFiller(o) ||
          holds(h, o) ||
          takesShorterWord(h, o, tokens, owner) ||
          slipsToAnswer(h, o, tokens),
      )
    )
      continue;
    for (const filler of displaced) {
      if (filler !== null) for (let k = filler.start; k < filler.end; k++) owner[k] = null;
    }
    take(h);
  }
  return owner;
}

const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;

// ---- the matcher ----

export interface MatchCost {
  tokens: number;
  /** Automaton transitions and occurrences, hits weighed, and tokens scanned for numbers. */
  steps: number;
}

/** matchIntent, with what it cost: the linear-cost test bounds `steps` by the utterance, not the grammar. */
export function matchWithCost(said: string, options: MatchOptions): { result: IntentResult; cost: MatchCost } {
  const expect: Expect = options.expect ?? 'free';
  const catalogue = options.catalogue ?? DEFAULT_CATALOGUE;
  const grammar = expect === 'rating' ? ratingGrammarFor(options.lang) : grammarFor(options.lang, catalogue);
  // Chinese spaced word by word (spacing.ts) is read as if unspaced; digits keep their spaces, which group them.
  const spaced = spacedByWord(said);
  const text = !spaced ? said : expect === 'digits' ? joinWordsBesideDigits(said, grammar.numbers) : joinWords(said);
  const tokens = repairSpelling(tokenise(text), grammar);
  const found = findHits(grammar, text, tokens);
  // English words inside Chinese ("我想 apply 公屋") are read through the English lexicon too (mixing.ts).
  if (options.lang !== 'en' && expect !== 'rating') {
    found.hits = englishAfterClassifier(found.hits, tokens);
    const within = englishWithin(
      () => grammarFor('en', catalogue),
      text,
      tokens,
      findHits,
      expect === 'yesno',
      expect === 'choice',
    );
    found.hits.push(...within.hits);
    found.steps += within.steps;
  }
  // Chinese commands inside English ("can you 講多次 please") are read through the Chinese lexicons (mixing.ts).
  if (options.lang === 'en' && expect !== 'rating') {
    const within = chineseWithin(
      () => [grammarFor('zh-HK', catalogue), grammarFor('zh-CN', catalogue)],
      text,
      tokens,
      findHits,
    );
    found.hits.push(...within.hits);
    found.steps += within.steps;
  }
  // On the yes/no step "yes but the phone number's wrong one": the fault inside "wrong one" (unreplied.ts).
  const picked = chooseHits(found.hits, tokens, options.lang === 'en');
  const owner = expect === 'yesno' ? faultsForGoingBack(picked, found.hits) : picked;
  const chosen = distinct(owner);
  const cost = { tokens: tokens.length, steps: found.steps + found.hits.length + 2 * tokens.length };
  const slack = options.lang === 'en' ? 1 : 2;
  const uncovered = (from = 0, to = tokens.length) => owner.slice(from, to).filter((o) => o === null).length;
  const clause = clausesOf(text, tokens, owner);
  // The kin words said, scanned for once, when a rule first asks.
  let kinSpans: { start: number; end: number }[] | undefined;
  const kin = () => (kinSpans ??= kinNamed(GRAMMARS[options.lang], tokens));
  const rejects = rejected(
    chosen,
    owner,
    clause,
    found.hits,
    tokens,
    (i) => kin().some((k) => k.end === i),
    (code) => codesOfKind(catalogue, 'service').has(code),
  );
  // "Why don't you open on Sundays", 为啥不开门: the "not" of a why asked rhetorically denies no wish (frames.ts).
  for (const h of askedWhyNot(chosen, clause, spansOf(GRAMMARS[options.lang], tokens, 'whyWords'))) rejects.delete(h);
  // "辦手續可以簡單啲", "the centre could stay open later": the thing wished better asks for nothing (better.ts).
  const better = wishedBetter(GRAMMARS[options.lang], chosen, tokens, clause, catalogue);
  for (const h of better?.subjects ?? []) if (!rejects.has(h)) rejects.set(h, 'kind');
  // The later decision wins over a first thought (本来想提建议…后来…得投诉): scopes.ts.
  for (const h of firstThoughts(GRAMMARS[options.lang], chosen, tokens, clause))
    if (!rejects.has(h)) rejects.set(h, 'kind');
  // Praise of what a complaint would name (服务态度真好) is thanks: scopes.ts.
  const complaintCodes = codesOfKind(catalogue, 'complaint');
  const complaining = (h: Hit) =>
    h.phrase.meanings.some(
      (m) => (m.slot === 'kind' && m.value === 'complaint') || (m.slot === 'category' && complaintCodes.has(m.value)),
    );
  for (const h of praised(GRAMMARS[options.lang], { tokens, owner, chosen, clause }, complaining))
    rejects.set(h, 'all');
  const naming = chosen.filter((h) => names(h) && rejects.get(h) !== 'all');
  // Asking someone at home first (等我問下我老公先) is thinking aloud too: no answer yet.
  const hedged = isHedged(found.hits, owner) || defersToSomeone(GRAMMARS[options.lang], tokens);
  // A story told with its thing and its trouble (situations.ts): what the kind and category steps weigh below.
  const story = situationsOf(GRAMMARS[options.lang], tokens, clause);
  // Talk of the day before the resident's own request (我刚看完病，想问问…) is an aside, not the whole of it.
  // Said in the clause of a story's thing or trouble, it is the story (storyWords.ts toldInStory).
  // Nor in a clause that wishes (要是有志愿者来坐坐就好了, "if someone could pop round"): what is wished. Round twenty-two.
  const wishing = new Set(chosen.filter((h) => hasCue(h, 'wish') || hasCue(h, 'ask')).map((h) => clause[h.start]));
  const offTopicHits = chosen.filter(
    (h) => hasCue(h, 'offTopic') && !toldInStory(h, story, clause) && !wishing.has(clause[h.start]),
  );
  const lastOffTopic = Math.max(-1, ...offTopicHits.map((h) => clause[h.start]!));
  const offTopic = offTopicHits.length > 0 && ![...askingClauses(tokens, clause)].some((c) => c > lastOffTopic);

  const result: IntentResult = {
    kind: null,
    category: null,
    command: null,
    answer: null,
    choice: null,
    digits: null,
    confidence: 0,
    description: null,
  };
  const confidence: Partial<Record<keyof IntentResult, number>> = {};

  const heard = weighCommand({
    text,
    lang: options.lang,
    expect,
    tokens,
    owner,
    chosen,
    clause,
    found: found.hits,
    naming,
    hedged,
    offTopic,
    story,
    slack,
    uncovered,
  });
  const { commandHit, commands, shape } = heard;
  if (heard.command !== null) {
    result.command = heard.command;
    confidence.command = heard.sure;
  }
  const others = naming.filter((h) => h !== commandHit || result.command === null);
  // What the rules ruled out of the fallback's reach below: praise, or a kind they weighed and set aside.
  let ruledOut = false;

  if ((expect === 'kind' || expect === 'category' || expect === 'free') && !heard.overStory) {
    const step = {
      text,
      options,
      expect,
      catalogue,
      tokens,
      owner,
      chosen,
      clause,
      rejects,
      hedged,
      story,
      offTopic,
      kin,
      better,
    };
    ruledOut = weighKindAndCategory(step, others, commandHit, result, confidence);
  }

  // A command phrase heard but not said as one (我刚才要说啥来着: the resident's own words) leaves no bare reply.
  const unheeded = chosen.some((h) => means(h, 'command') && !commands.includes(h));
  if (expect === 'yesno' || (expect === 'free' && others.length === 0 && result.command === null && !unheeded)) {
    const { reply, asked, replied } = weighReply({
      text,
      lang: options.lang,
      expect,
      grammar,
      tokens,
      owner,
      chosen,
      clause,
      found: found.hits,
      hedged,
      story,
      offTopic: offTopic ? new Set(offTopicHits.map((h) => clause[h.start]!)) : new Set(),
    });
    // Beside a command ("my hearing's not what it was, could you say that again"), an answer the matcher is
    // unsure of is a word of the reason given, not a reply: the command is what was asked.
    // A command inside the question asked back ("问我要不要重新说一遍？不用了"), a reply after it: the question's words.
    const said = commandHit ?? shape ?? undefined;
    const quoted =
      expect === 'yesno' &&
      reply !== null &&
      result.command !== null &&
      said !== undefined &&
      asked.has(clause[said.start]!) &&
      replied.some((h) => means(h, 'answer') && clause[h.start]! > clause[said.start]!);
    if (quoted) {
      result.command = null;
      delete confidence.command;
    }
    const besideCommand = result.command !== null && reply !== null && reply.sure <= UNSURE;
    if (reply !== null && !besideCommand && (expect === 'yesno' || (uncovered() <= slack && !offTopic))) {
      result.answer = reply.answer;
      confidence.answer = reply.sure;
    }
  }

  if (expect !== 'yesno' && expect !== 'digits') {
    const found = chooseChoice(tokens, owner, chosen, grammar, clause);
    // "我第一次用", "it's my first time", 三楼, "the third floor landing", "level 3": an ordinal counting
    // occasions, floors or weeks chooses nothing.
    const occasion = found !== null && countsOther(tokens, found, grammar.numbers);
    // "second from the bottom", 倒数第二: counted from an end the matcher does not know, so asked again.
    const fromEnd = chosen.some((h) => hasCue(h, 'fromEnd'));
    // 幾錢一部, 多少钱一个, "how much is one": a price asked for each, or a question about the kiosk itself
    // (呢部機幾時裝㗎, 第一部), chooses nothing.
    const priced =
      found !== null &&
      (chosen.some((h) => hasCue(h, 'machineItself') && h.end === found.start) ||
        (chosen.some((h) => hasCue(h, 'machine')) && chosen.some((h) => hasCue(h, 'machineItself'))));
    const choice = occasion || fromEnd || priced ? null : found;
    const outside = choice === null ? 0 : uncovered() - uncovered(choice.start, choice.end);
    const quiet = others.length === 0 && result.command === null && outside <= slack;
    const accept =
      choice !== null &&
      !hedged &&
      (choice.marked || !offTopic) &&
      (expect === 'choice'
        ? choice.marked || outside <= slack
        : expect === 'free'
          ? choice.marked && quiet
          : result.kind === null && result.category === null && (choice.marked || quiet));
    if (accept) {
      result.choice = choice.value;
      // A choice word read from a slip ("number to", "the tird one") is asked back.
      const misheard = choice.guessed === true || tokens.slice(choice.start, choice.end).some((t) => t.near);
      confidence.choice = misheard ? UNSURE : choice.marked ? 0.95 : 0.85;
      // The kind screen always lists the kinds in this order (app/domain/kinds.ts).
      const kind = KINDS[choice.value - 1];
      if (expect === 'kind' && kind !== undefined) {
        result.kind = kind;
        confidence.kind = confidence.choice;
      }
    }
  }

  if (expect === 'rating') {
    const verdict = result.command === null ? ratingOf(found.hits, chosen, owner, clause, hedged) : null;
    result.rating = verdict?.rating ?? null;
    if (verdict) confidence.rating = verdict.sure;
  }

  if (expect === 'digits' || (expect === 'free' && others.length === 0 && result.command === null)) {
    const heard = digitsHeard(text, tokens, owner, grammar, {
      skipped: (o) => (o === commandHit && result.command !== null) || hasCue(o, 'label'),
      numbers: expect === 'digits',
      slack,
      words: GRAMMARS[options.lang],
    });
    if (heard !== null) {
      result.digits = heard.digits;
      confidence.digits = heard.sure;
    }
    // No phone to give a number of (手机？我不会用，也没有; 手機？冇呀), or a repeat said between two tellings of the
    // number (…再講多次…, "…one more time…": the resident saying it again): the words ask for nothing.
    if (heard?.saidAgain === true || (heard === null && expect === 'digits' && saysNoPhone(chosen))) {
      result.command = null;
      delete confidence.command;
    }
  }

  result.confidence = round(overall(expect, confidence));
  // Nothing any rule knows: the corpus-trained fallback (fallback.ts) may guess a kind or category, always
  // asked back — only where words no list holds were said and no rule decided there was nothing: not thinking
  // aloud, talk or praise, not a denial (不是投诉物业), not a kind weighed and set aside (a lament, family news).
  const ruled = hedged || offTopic || ruledOut || rejects.size > 0 || uncovered() < 2;
  const step = { lang: options.lang, expect, catalogue, ruled, ...(options.kind ? { kind: options.kind } : {}) };
  if (askBackFallback(result, tokens, step)) result.description = descriptionOf(text, tokens, owner);
  return { result, cost };
}

/** Turns an utterance into what it means to the step that asked (DESIGN.md, "Intents"). */
export function matchIntent(text: string, options: MatchOptions): IntentResult {
  return matchWithCost(text, options).result;
}

function overall(expect: Expect, c: Partial<Record<keyof IntentResult, number>>): number {
  const asked: Partial<Record<Expect, (keyof IntentResult)[]>> = {
    kind: ['kind'],
    category: ['category'],
    yesno: ['answer'],
    choice: ['choice'],
    digits: ['digits'],
    rating: ['rating'],
  };
  for (const field of asked[expect] ?? []) if (c[field] !== undefined) return c[field]!;
  if (c.command !== undefined) return c.command;
  // On the category step a kind alone chooses nothing: it must not look like a sure answer.
  const { kind, ...rest } = c;
  return Math.max(0, ...Object.values(expect === 'category' ? rest : c));
}
