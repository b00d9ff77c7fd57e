import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../../../app/domain/catalogue';
import { KINDS } from '../../../../app/domain/kinds';
import { LANGUAGES } from '../../../../app/i18n/languages';
import { ANSWERS, COMMANDS, GRAMMARS, grammarFor, matchIntent } from '../../../../app/intents';
import { tokenise } from '../../../../app/intents/normalise';
import { readingOf } from '../../../../app/intents/phonetics';

type Tree = { [key: string]: string | string[] | Tree };
const translation = (lng: string) =>
  JSON.parse(readFileSync(join('locales', lng, 'translation.json'), 'utf8')) as Tree & {
    catalogue: Record<string, Record<string, { label: string; phrases: string[] }>>;
    kinds: Record<string, { label: string }>;
  };

/** Characters with no Mandarin reading at all (𨋢, Cantonese for a lift; the particle 㗎): they can only match as written. */
const NO_READING = new Set(['𨋢', '㗎']);

describe.each(LANGUAGES)('the %s grammar', (lang) => {
  const grammar = GRAMMARS[lang];

  it('lives in locales/<lng>/intents.json and names its language', () => {
    const file = JSON.parse(readFileSync(join('locales', lang, 'intents.json'), 'utf8'));
    expect(file).toEqual(grammar);
    expect(grammar.language).toBe(lang);
  });

  it('covers every kind, every default category, both answers and every command', () => {
    expect(Object.keys(grammar.kinds).sort()).toEqual([...KINDS].sort());
    expect(Object.keys(grammar.categories).sort()).toEqual(DEFAULT_CATALOGUE.map((c) => c.code).sort());
    for (const set of Object.values(grammar.categories)) expect(set.phrases.length).toBeGreaterThan(0);
    expect(Object.keys(grammar.answers).sort()).toEqual([...ANSWERS].sort());
    expect(Object.keys(grammar.commands).sort()).toEqual([...COMMANDS].sort());
    expect(Object.keys(grammar.numbers.digits).sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('compiles: every phrase has something to match and every number word is one token', () => {
    expect(() => grammarFor(lang)).not.toThrow();
  });

  it('understands every category label and quick phrase the screen shows, as the category it belongs to', () => {
    const t = translation(lang);
    for (const category of DEFAULT_CATALOGUE) {
      const [prefix, name] = category.code.split('.') as [string, string];
      const { label, phrases } = t.catalogue[prefix]![name]!;
      for (const text of [label, ...phrases]) {
        const withKind = matchIntent(text, { lang, expect: 'category', kind: category.kind });
        expect(withKind.category, `${text} (${category.kind})`).toBe(category.code);
        // Without the kind, a shared phrase (其他, "Home visits") may stay open, but is never another category.
        const alone = matchIntent(text, { lang, expect: 'category' }).category;
        expect([category.code, null], text).toContain(alone);
      }
    }
  });

  it('understands every kind button by its label', () => {
    const t = translation(lang);
    for (const kind of KINDS) expect(matchIntent(t.kinds[kind]!.label, { lang, expect: 'kind' }).kind).toBe(kind);
  });

  // English has no characters to read: the test exists only for the Chinese grammars.
  if (lang !== 'en')
    it('has a pinyin reading for every character it uses, once simplified', () => {
      // Situation words (situations.ts) are matched only as written, never by sound: they need no reading.
      const { situations: _asWritten, ...bySound } = JSON.parse(
        readFileSync(join('locales', lang, 'intents.json'), 'utf8'),
      );
      const text = JSON.stringify(bySound);
      const unread = new Set(
        tokenise(text)
          .filter((t) => t.han && readingOf(t.text) === undefined && !NO_READING.has(t.text))
          .map((t) => t.text),
      );
      // When this fails, regenerate the tables: see scripts/intent-tables.mjs.
      expect([...unread]).toEqual([]);
    });
});

describe('the zh-HK grammar', () => {
  it('is written in traditional characters', () => {
    const text = readFileSync(join('locales', 'zh-HK', 'intents.json'), 'utf8');
    // A handful of simplified forms are there on purpose, as recognisers write them (投诉).
    const simplifiedOnly = [...'们这说话门时见车长会发东语应区边对爱'].filter((ch) => text.includes(ch)).join('');
    expect(simplifiedOnly).toBe('');
    expect(text).toContain('鄰居');
  });
});
