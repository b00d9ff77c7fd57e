import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_ENDONYMS, LANGUAGES } from '../../../app/i18n/languages';

/**
 * The kiosk bundles Noto Sans SC (renderer/main.tsx), split by @fontsource
 * into unicode-range slices. Its slices also cover the traditional and
 * Cantonese characters of the 粵語 locale (鄰, 區, 嘅, 喺, 咗, 唔, 冇…), so no
 * second CJK font is needed; this fails if a locale ever uses one it lacks.
 */
function unicodeRanges(weight: number): [number, number][] {
  const css = readFileSync(join('node_modules/@fontsource/noto-sans-sc', `${weight}.css`), 'utf8');
  return [...css.matchAll(/unicode-range:\s*([^;]+);/g)].flatMap((m) =>
    m[1]!.split(',').map((part): [number, number] => {
      const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-') as [string, string?];
      return [Number.parseInt(from, 16), Number.parseInt(to, 16)];
    }),
  );
}

describe('the bundled Chinese font', () => {
  for (const weight of [400, 700]) {
    it(`has every CJK character of every locale, at weight ${weight}`, () => {
      const ranges = unicodeRanges(weight);
      const covered = (cp: number) => ranges.some(([from, to]) => cp >= from && cp <= to);
      for (const lng of LANGUAGES) {
        const text = readFileSync(join('locales', lng, 'translation.json'), 'utf8') + LANGUAGE_ENDONYMS[lng];
        const missing = new Set([...text].filter((ch) => ch.codePointAt(0)! >= 0x2e80 && !covered(ch.codePointAt(0)!)));
        expect([...missing].join(''), lng).toBe('');
      }
    });
  }
});
