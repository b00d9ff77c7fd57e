import { groupDigits } from '../domain/phone';
import { formatReference } from '../domain/referenceNumber';
import type { Language } from '../i18n/languages';

/**
 * Each digit's word, as people read a number digit by digit. Mandarin reads 1
 * as 幺 (yāo) in every string of digits — phone numbers, room numbers, bus
 * lines, references — because 一 (yī) and 七 (qī) differ in one consonant and
 * are easily confused over a loudspeaker; "幺七七五" cannot be heard as
 * "七七七五". Cantonese has no such habit: 一 (jat1) and 七 (cat1) differ
 * clearly, so it reads 一. English says "zero", not "oh": a synthetic voice
 * reads "oh" as a word, and "zero" is what a resident types.
 */
const DIGIT_WORDS: Record<Language, readonly string[]> = {
  'zh-CN': ['零', '幺', '二', '三', '四', '五', '六', '七', '八', '九'],
  'zh-HK': ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
};

/** What a short pause is written as: a comma, which every voice reads as a breath. */
const PAUSE: Record<Language, string> = { 'zh-CN': '，', 'zh-HK': '，', en: ', ' };

/** How a number is grouped when read: a reference "588 1775", a phone "139 1234 5678", or as it came. */
export type DigitGrouping = 'reference' | 'phone' | 'none';

function groupsOf(digits: string, grouping: DigitGrouping): string[] {
  if (grouping === 'none') return [digits];
  return (grouping === 'reference' ? formatReference(digits) : groupDigits(digits)).split(' ').filter(Boolean);
}

const wordsOf = (group: string, language: Language) =>
  [...group].filter((c) => c >= '0' && c <= '9').map((c) => DIGIT_WORDS[language][Number(c)]!);

/**
 * A number said digit by digit, in its groups with a breath between them:
 * "五八八，幺七七五", "five eight eight, one seven seven five" — never "five
 * hundred and eighty-eight". Anything but digits is left out.
 */
export function spokenDigits(digits: string, language: Language, grouping: DigitGrouping = 'none'): string {
  const between = language === 'en' ? ' ' : '';
  return groupsOf(digits, grouping)
    .map((group) => wordsOf(group, language).join(between))
    .filter(Boolean)
    .join(PAUSE[language]);
}

/** The same number slowly, a breath after every digit, for the resident to write it down. */
export function spokenDigitsSlowly(digits: string, language: Language): string {
  return wordsOf(digits, language).join(PAUSE[language]);
}
