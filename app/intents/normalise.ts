import { foldContractions, withApostrophe } from './contractions';
import { readingOf, simplifiedChar } from './phonetics';

/** One unit of an utterance or a grammar phrase: a Han character, a digit, or a word. */
export interface Token {
  /** The form compared: half-width, lower case, simplified, plural -s taken off a word. */
  text: string;
  han: boolean;
  /** UTF-16 offsets in the original text, so a description keeps the resident's own characters. */
  start: number;
  end: number;
  /** A word repaired from a recogniser's slip (spelling.ts): it matches, but not as said. */
  near?: boolean;
}

const HAN = /\p{Script=Han}/u;
const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /[0-9]/;
const APOSTROPHE = /['\u2019]/;

/**
 * Full-width forms become half-width (NFKC: "１２３" → "123", "ＯＫ" → "ok"),
 * letters lower case, traditional characters simplified. Punctuation, symbols
 * and spaces only separate words.
 */
function foldChar(ch: string): string {
  return [...ch.normalize('NFKC').toLowerCase()].map(simplifiedChar).join('');
}

/**
 * English plurals and -s forms compare alike ("lifts" = "lift", "facilities" =
 * "facility"), on both the grammar's side and the resident's; short words
 * ("yes", "bus") and -ss, -us, -is endings are left alone.
 */
export function stem(word: string): string {
  if (word.length < 4) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Characters before which 儿 is a word of its own (女儿, 幼儿, 婴儿), not a northern ending. */
const CHILD_BEFORE = new Set([...'女孙幼婴孤健男胎宠托患侄胎']);
/** Characters after which 儿 starts a word (儿子, 儿童, 儿媳). */
const CHILD_AFTER = new Set([...'子童媳孙女科歌']);

/**
 * The northern 儿 ending (这儿, 事儿, 眼神儿, 一块儿) adds a sound, not a word: it is left out, so
 * 眼神儿不好 matches 眼神不好. 儿 as a word (女儿, 儿子) stays.
 */
function isErhua(previous: Token | undefined, text: string, offset: number): boolean {
  if (previous === undefined || !previous.han || CHILD_BEFORE.has(previous.text)) return false;
  const next = text.codePointAt(offset);
  return next === undefined || !CHILD_AFTER.has(simplifiedChar(String.fromCodePoint(next)));
}

/** Splits text into tokens, in one pass over its code points. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let word = '';
  let wordStart = 0;
  let wordEnd = 0;
  let apostrophe = false;
  const endWord = () => {
    const full = apostrophe ? withApostrophe(word) : undefined;
    if (full !== undefined) for (const w of full) tokens.push({ text: w, han: false, start: wordStart, end: wordEnd });
    else if (word !== '') tokens.push({ text: stem(word), han: false, start: wordStart, end: wordEnd });
    word = '';
    apostrophe = false;
  };
  let offset = 0;
  for (const original of text) {
    const start = offset;
    offset += original.length;
    for (const ch of foldChar(original)) {
      if (HAN.test(ch)) {
        endWord();
        if (ch === '儿' && isErhua(tokens[tokens.length - 1], text, offset)) continue;
        // 一哈 is the south-west's 一下 (等一哈, 想一哈): one word, said two ways.
        const said = ch === '哈' && tokens[tokens.length - 1]?.text === '一' ? '下' : ch;
        tokens.push({ text: said, han: true, start, end: offset });
      } else if (DIGIT.test(ch)) {
        endWord();
        tokens.push({ text: ch, han: false, start, end: offset });
      } else if (LETTER.test(ch)) {
        if (word === '') wordStart = start;
        word += ch;
        wordEnd = offset;
      } else if (APOSTROPHE.test(ch) && word !== '') {
        // "that's" → "thats", "workers'" → "workers": an apostrophe neither splits nor counts (but "I'll"
        // is "I will", not "ill": contractions.ts).
        wordEnd = offset;
        apostrophe = true;
      } else endWord();
    }
  }
  endWord();
  return foldContractions(tokens);
}

/** The text as the matcher compares it: "投訴！ＯＫ" → "投诉 ok". */
export function normalise(text: string): string {
  let out = '';
  let previousHan = true;
  for (const token of tokenise(text)) {
    if (out !== '' && !(token.han && previousHan)) out += ' ';
    out += token.text;
    previousHan = token.han;
  }
  return out;
}

/** Toneless pinyin of each token (a token without a reading stands for itself): "头诉" → ["tou", "su"]. */
export function pinyinOf(text: string): string[] {
  return tokenise(text).map((t) => (t.han ? (readingOf(t.text) ?? t.text) : t.text));
}
