import { PINYIN_OTHER, PINYIN_PRIMARY } from './tables/pinyin';
import { TRADITIONAL_PAIRS } from './tables/traditional';

/*
 * The tables are strings (compact in the bundle, ~19 KB gzipped together) and
 * become maps the first time they are needed.
 */

let simplified: Map<string, string> | undefined;
let primary: Map<string, string> | undefined;
let other: Map<string, string[]> | undefined;

function simplifiedMap(): Map<string, string> {
  if (simplified === undefined) {
    simplified = new Map();
    const chars = [...TRADITIONAL_PAIRS];
    for (let i = 0; i + 1 < chars.length; i += 2) simplified.set(chars[i]!, chars[i + 1]!);
  }
  return simplified;
}

function readTable(table: string, each: (syllable: string, ch: string) => void) {
  for (const entry of table.split(' ')) {
    const colon = entry.indexOf(':');
    const syllable = entry.slice(0, colon);
    for (const ch of entry.slice(colon + 1)) each(syllable, ch);
  }
}

function primaryMap(): Map<string, string> {
  if (primary === undefined) {
    const map = new Map<string, string>();
    readTable(PINYIN_PRIMARY, (syllable, ch) => map.set(ch, syllable));
    primary = map;
  }
  return primary;
}

function otherMap(): Map<string, string[]> {
  if (other === undefined) {
    const map = new Map<string, string[]>();
    readTable(PINYIN_OTHER, (syllable, ch) => map.set(ch, [...(map.get(ch) ?? []), syllable]));
    other = map;
  }
  return other;
}

/** The simplified form of one character (itself when it has none). */
export function simplifiedChar(ch: string): string {
  return simplifiedMap().get(ch) ?? ch;
}

/** Traditional (and Hong Kong or Taiwan variant) characters folded to simplified; everything else as it is. */
export function toSimplified(text: string): string {
  let out = '';
  for (const ch of text) out += simplifiedChar(ch);
  return out;
}

/** Toneless pinyin of a simplified character's most common reading ("投" → "tou"), or undefined. */
export function readingOf(ch: string): string | undefined {
  return primaryMap().get(ch);
}

let bySyllable: Map<string, string> | undefined;

/** The characters whose most common reading is this syllable ("ling" → 〇令伶凌…零领龄). */
export function charactersReading(syllable: string): string {
  if (bySyllable === undefined) {
    const map = new Map<string, string>();
    readTable(PINYIN_PRIMARY, (s, ch) => map.set(s, (map.get(s) ?? '') + ch));
    bySyllable = map;
  }
  return bySyllable.get(syllable) ?? '';
}

/** Every reading the table has for a character, the most common first (重 → zhong, chong). */
export function readingsOf(ch: string): string[] {
  const first = readingOf(ch);
  if (first === undefined) return [];
  return [first, ...(otherMap().get(ch) ?? [])];
}
