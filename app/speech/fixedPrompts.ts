import type { Category } from '../domain/catalogue';
import type { Language } from '../i18n/languages';

/** One text the kiosk may speak that is the same for every resident: worth synthesizing once and keeping. */
export interface FixedPrompt {
  language: Language;
  text: string;
}

/** What the fixed prompts are made of; passed in as data, so the renderer and `admin prerender-speech` agree. */
export interface FixedPromptSources {
  /** The languages the centre offers, in its order. */
  languages: readonly Language[];
  /** Each language's `translation.json`, as parsed. */
  resources: Partial<Record<Language, unknown>>;
  /** The centre's name per language, for `{{centre}}`. */
  centreName: Partial<Record<Language, string>>;
  /** The centre's catalogue: its own labels and phrases are spoken too. */
  catalogue: readonly Pick<Category, 'label' | 'phrases'>[];
}

const CENTRE = /\{\{\s*centre\s*\}\}/g;
const PLACEHOLDER = /\{\{.*?\}\}/;

function* leaves(node: unknown): Generator<string> {
  if (typeof node === 'string') yield node;
  else if (Array.isArray(node)) for (const item of node) yield* leaves(item);
  else if (typeof node === 'object' && node !== null) for (const value of Object.values(node)) yield* leaves(value);
}

/**
 * Every fixed prompt of each language offered: each string of its
 * `translation.json` as written, with `{{centre}}` filled in (the way
 * i18next does with `escapeValue: false`), then the labels and phrases the
 * centre's catalogue gives. A string with any other `{{…}}` depends on the
 * resident (a reference number, a count) and is read back live instead.
 * Each text once per language, in the order first met.
 */
export function fixedPrompts({ languages, resources, centreName, catalogue }: FixedPromptSources): FixedPrompt[] {
  const prompts: FixedPrompt[] = [];
  for (const language of languages) {
    const seen = new Set<string>();
    const add = (text: string) => {
      if (text.trim() === '' || PLACEHOLDER.test(text) || seen.has(text)) return;
      seen.add(text);
      prompts.push({ language, text });
    };
    const centre = centreName[language];
    for (const text of leaves(resources[language])) {
      add(centre === undefined ? text : text.replace(CENTRE, () => centre));
    }
    for (const category of catalogue) {
      const label = category.label?.[language];
      if (label !== undefined) add(label);
      for (const phrase of category.phrases?.[language] ?? []) add(phrase);
    }
  }
  return prompts;
}
