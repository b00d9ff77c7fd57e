/**
 * Length as a resident counts it: one per character (code point), so an
 * emoji or a rare CJK character outside the BMP counts once, not twice.
 */
export function charCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * Control characters other than tab and line breaks: C0, DEL and C1
 * (U+0080–U+009F, which some terminals obey as commands: U+009B is CSI).
 * No keyboard, keypad or recogniser produces them; they only hide things.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Half of a UTF-16 surrogate pair on its own: not a character, and SQLite would store U+FFFD in its place. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * Characters that show nothing on their own: white space, format characters
 * (Cf: bidi marks, U+FEFF), Unicode's default-ignorable code points
 * (zero-width space and joiners, U+2060, variation selectors, the combining
 * grapheme joiner, Hangul fillers, tags) and the blank Braille pattern.
 */
const INVISIBLE = /[\s\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/gu;

/** What is wrong with text a person wrote, as a closed set the schemas and the dialog both name. */
export type TextProblem = 'control' | 'broken';

/** The first problem with the characters of `text`, or null when every one can be stored and shown. */
export function textProblem(text: string): TextProblem | null {
  if (CONTROL.test(text)) return 'control';
  if (LONE_SURROGATE.test(text)) return 'broken';
  return null;
}

/** True when the text has at least one character that shows: not only spaces or invisible characters. */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, '') !== '';
}

/** A control character shown as its code (`<U+0085>`): for terminals, which would obey it. */
export function showControls(text: string): string {
  return text.replace(
    new RegExp(CONTROL.source, 'g'),
    (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`,
  );
}
