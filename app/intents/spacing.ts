import type { CompiledNumbers } from './grammar';
import { tokenise } from './normalise';
import { digitValue } from './numbers';

/*
 * Chinese transcribed word by word. Some recognisers put a space after every
 * Chinese word (唔係 嚟 投訴 嘅 我 想 辦 啲 手續); others put one only where
 * the speaker paused (呃 几点了现在 我三点还要接孙子). Read as pauses, the
 * first kind's spaces would cut every clause to a word, and a denial or a
 * command would no longer reach what it is about; so such a transcript's
 * spaces are word gaps, and only punctuation, a filler or a contrast word
 * marks its pauses (understand.ts clausesOf).
 */

const HAN = /\p{Script=Han}/u;
const HAN_SPACE_HAN = /\p{Script=Han}[ \u3000\t]+\p{Script=Han}/u;

/** The Chinese characters in a piece of text. */
function hanCount(piece: string): number {
  let n = 0;
  for (const ch of piece) if (HAN.test(ch)) n++;
  return n;
}

/**
 * Whether the text's spaces fall between words rather than between phrases:
 * at least three space-separated Chinese pieces, nearly all of them a word
 * long (one or two characters, 三个字 at most now and then). A resident's
 * pauses leave longer pieces (我选错了, 往回退一下) among the short ones.
 */
export function spacedByWord(text: string): boolean {
  // English, and Chinese said without spaces, are passed over at once.
  if (!HAN_SPACE_HAN.test(text)) return false;
  const pieces: number[] = [];
  for (const piece of text.split(/[\s\u3000]+/)) {
    const n = hanCount(piece);
    if (n > 0) pieces.push(n);
  }
  if (pieces.length < 3) return false;
  if (pieces.some((n) => n > 3)) return false;
  const short = pieces.filter((n) => n <= 2).length;
  return short * 4 >= pieces.length * 3;
}

/**
 * The text with the spaces between two Chinese characters taken out: word gaps, not pauses. A space beside a
 * character `keepsSpace` holds stays.
 */
export function joinWords(text: string, keepsSpace: (ch: string) => boolean = () => false): string {
  return text.replace(
    /(\p{Script=Han})([ \u3000\t]+)(?=(\p{Script=Han}))/gu,
    (_all, before: string, gap: string, after: string) =>
      keepsSpace(before) || keepsSpace(after) ? before + gap : before,
  );
}

/**
 * The same, said where a number is asked for (頭 先 嗰 個 答 錯 咗 可 唔 可 以 改 返): the words are joined so a
 * request is read whole, but a space beside a number word stays, since there it groups the digits (幺 三 五).
 */
export function joinWordsBesideDigits(text: string, numbers: CompiledNumbers): string {
  return joinWords(text, (ch) => {
    const token = tokenise(ch)[0];
    return (
      token === undefined ||
      digitValue(token, numbers) !== undefined ||
      numbers.soundalike.has(token.text) ||
      numbers.tens.has(token.text) ||
      numbers.repeater.has(token.text) ||
      numbers.word.has(token.text)
    );
  });
}
