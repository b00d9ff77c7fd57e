import { looseSyllable } from './compileGrammar';
import type { CompiledGrammar, CompiledPhrase } from './grammar';
import { type Hit, isFiller, means, names, span } from './hits';
import type { Token } from './normalise';
import { readingOf } from './phonetics';

/*
 * Recogniser slips in Chinese, as the phrase matcher (match.ts) hears them: a word written wholly with other
 * characters of its sound, and a word with one character slipped.
 */

/** Characters of grammar said in almost every sentence, in their compared (simplified) form. */
const GRAMMAR_CHARACTERS = new Set([...'的了是个不我你他她在有这那就也都吗呢吧啊嘅咗喺唔佢']);

/**
 * A kind, category or command word written wholly with other characters of its sound (頭素 for 投诉, 从心
 * for 重新): the family of each such word is every spelling the pinyin table reads alike, so it is matched by
 * sound, not listed. Only words of two to four characters, never an everyday word of the same sound
 * (`notSlips`: 中心 is not 重新), and never a filler or cue, which count only as written.
 */
export function soundFamily(
  grammar: CompiledGrammar,
  phrase: CompiledPhrase,
  tokens: readonly Token[],
  start: number,
  length: number,
): boolean {
  if (length < 2 || length > 4) return false;
  // A category word of two characters shares its sound with too many everyday words (个字, 家住, 一趟).
  const keyword = phrase.meanings.every(
    (m) =>
      m.slot === 'command' ||
      (m.slot === 'kind' && m.weight >= 1) ||
      (m.slot === 'category' && m.weight >= 1 && length >= 3),
  );
  if (!keyword) return false;
  // Each character must share the word's own most common reading (第一 is no 提议, read di-yi only as a
  // rarer reading of 提), and none may be a number word (揀一 is a choice, not 建議).
  let heard = '';
  for (let k = start; k < start + length; k++) {
    const t = tokens[k]!;
    const own = readingOf(phrase.texts[k - start]!);
    const said = readingOf(t.text);
    if (!t.han || own === undefined || said === undefined || looseSyllable(own) !== looseSyllable(said)) return false;
    if (grammar.numbers.digit.has(t.text) || grammar.numbers.ordinalPrefix.has(t.text)) return false;
    // Nor the commonest grammar words (个字是 is no 鸽子屎): a recogniser writes them right.
    if (GRAMMAR_CHARACTERS.has(t.text)) return false;
    heard += t.text;
  }
  return !grammar.notSlips.has(heard);
}

/** Every character of the phrase not said as written is said with the same sound (劳 for 老). */
export function soundsAlike(h: Hit, tokens: readonly Token[]): boolean {
  return h.phrase.texts.every((own, k) => {
    const t = tokens[h.start + k]!;
    if (t.text === own) return true;
    const [a, b] = [readingOf(own), readingOf(t.text)];
    return t.han && a !== undefined && b !== undefined && looseSyllable(a) === looseSyllable(b);
  });
}

/**
 * A category word whose last character slipped (好多文 for 好多蚊, 好潮 for 好嘈), that character claimed by
 * nothing else and the word ending where it is said (a particle at most after it: 好潮呀), may take the shorter
 * word it begins with when that names nothing (好多 "many", 好 "good" or "yes"): the slip says which longer word
 * was meant, and heard by sound it still costs confidence. A character that starts a word of its own with the
 * next (好粗魯: rude, not noisy) or a slip at the start or of a kind word (瞓唔到, 要系) stays as said.
 */
export function takesShorterWord(h: Hit, o: Hit, tokens: readonly Token[], owner: readonly (Hit | null)[]): boolean {
  const last = h.end - 1;
  const next = owner[h.end];
  return (
    h.quality > 0.55 &&
    o.start === h.start &&
    o.end < h.end &&
    !names(o) &&
    !means(o, 'command') &&
    h.phrase.meanings.every((m) => m.slot === 'category') &&
    h.phrase.texts.every(
      (own, k) => tokens[h.start + k]!.text === own || (h.start + k === last && owner[last] === null),
    ) &&
    (h.end === tokens.length || !tokens[h.end]!.han || (next != null && isFiller(next)))
  );
}

/**
 * A kind or command word whose slipped character is written as a yes word (办是 for 办事: 是 and 事 are both
 * shi), the rest as written: the word was meant, and the 是 (or 是的) is the slip, not a reply. Only a
 * kind or command word (a category word ending in 是 would turn 活动是几点 into 活动室), heard by sound, so
 * still asked back.
 */
export function slipsToAnswer(h: Hit, o: Hit, tokens: readonly Token[]): boolean {
  const slipped = o.start - h.start;
  return (
    h.quality > 0.55 &&
    span(h) >= 2 &&
    o.quality === 1 &&
    o.start > h.start &&
    span(o) <= 2 &&
    o.phrase.meanings.every((m) => m.slot === 'answer' || m.slot === 'filler') &&
    o.phrase.meanings.some((m) => m.slot === 'answer') &&
    tokens[o.start]!.text !== h.phrase.texts[slipped] &&
    h.phrase.meanings.every((m) => m.slot === 'command' || (m.slot === 'kind' && m.weight >= 1))
  );
}
