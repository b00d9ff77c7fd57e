/**
 * Length as a resident counts it: one per character (code point), so an
 * emoji or a rare CJK character outside the BMP counts once, not twice.
 */
export function charCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** True when the text has something besides white space. */
export function hasContent(text: string): boolean {
  return text.trim() !== '';
}
