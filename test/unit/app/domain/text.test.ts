import { describe, expect, it } from 'vitest';
import { hasVisibleText, showControls, textProblem } from '../../../../app/domain/text';

const C1 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(0x80 + i));

describe('what text a person wrote may hold', () => {
  it('names every C1 control character (U+0080–U+009F) as a control character, like C0 and DEL', () => {
    for (const c of [...C1, '\u0000', '\u0007', '\u001b', '\u007f']) {
      expect(textProblem(`楼上${c}噪音`), `U+${c.charCodeAt(0).toString(16)}`).toBe('control');
    }
  });

  it('keeps line breaks, tabs and the characters next to the C1 range', () => {
    for (const text of ['第一行\n第二行\r\n\t好', '\u00a0non-breaking', '\u00a9 ©', '\u007e~', '噪音 🙂 𠮷']) {
      expect(textProblem(text), JSON.stringify(text)).toBeNull();
    }
  });

  it('names a lone surrogate as broken', () => {
    expect(textProblem('噪音\ud83d')).toBe('broken');
  });

  it.each([
    ['spaces and line breaks', ' \n\t\u3000'],
    ['zero-width space, non-joiner and joiner', '\u200b\u200c\u200d'],
    ['word joiner and byte-order mark', '\u2060\ufeff'],
    ['variation selectors', '\ufe0f\ufe00\u{e0100}'],
    ['bidi marks', '\u200e\u200f\u202e'],
    ['Hangul fillers and the blank Braille pattern', '\u3164\u115f\u2800'],
  ])('finds nothing visible in %s', (_what, text) => {
    expect(hasVisibleText(text)).toBe(false);
  });

  it('finds visible text among invisible characters', () => {
    for (const text of ['\u200b噪\u200b', 'a', '。', '🙂\ufe0f', '1']) expect(hasVisibleText(text), text).toBe(true);
  });

  it('shows control characters as their codes, for a terminal', () => {
    expect(showControls('a\u0085b\u009b2Jc\u001b[0m')).toBe('a<U+0085>b<U+009B>2Jc<U+001B>[0m');
    expect(showControls('楼上\n噪音\t')).toBe('楼上\n噪音\t');
  });
});
