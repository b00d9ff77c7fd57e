import * as z from 'zod';
import { LANGUAGES } from '../../app/i18n/languages';

/** Limits that keep the location screen to buttons a resident can take in at a glance, and the location field within its length. */
export const ADDRESS_BOOK_LIMITS = { buildings: 40, units: 24, landmarks: 24, nameLength: 30 } as const;

/**
 * A place's name: one text for every language ("5号楼"), or one per language
 * (`{ "zh-CN": "5号楼", "en": "Building 5" }`); a language left out shows the
 * first one given.
 */
const PlaceName = z.union(
  [
    z.string().trim().min(1).max(ADDRESS_BOOK_LIMITS.nameLength),
    z
      .partialRecord(z.enum(LANGUAGES), z.string().trim().min(1).max(ADDRESS_BOOK_LIMITS.nameLength))
      .refine((names) => Object.keys(names).length > 0, { message: 'must name the place in at least one language' }),
  ],
  { error: 'must be a name, or names per language such as {"zh-CN": "5号楼", "en": "Building 5"}' },
);
export type PlaceName = z.output<typeof PlaceName>;

/** Two entries that read the same would be two buttons a resident cannot tell apart. */
function noRepeats(names: readonly PlaceName[], ctx: z.RefinementCtx, what: string) {
  const seen = new Set<string>();
  names.forEach((name, i) => {
    const key = typeof name === 'string' ? name : JSON.stringify(Object.entries(name).sort());
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i], message: `repeats ${what} "${shownName(name)}"` });
    seen.add(key);
  });
}

function shownName(name: PlaceName): string {
  return typeof name === 'string' ? name : (Object.values(name)[0] ?? '');
}

const Building = z
  .object({
    name: PlaceName,
    units: z
      .array(PlaceName)
      .max(ADDRESS_BOOK_LIMITS.units)
      .default([])
      .superRefine((units, ctx) => noRepeats(units, ctx, 'the unit')),
  })
  .strict();

/**
 * `addressBook` in config.json: the centre's buildings (each with its units)
 * and landmarks, which the location screen offers as buttons so that a
 * resident need not type where it happened.
 */
export const AddressBookConfig = z
  .object({
    buildings: z
      .array(Building)
      .max(ADDRESS_BOOK_LIMITS.buildings)
      .default([])
      .superRefine((buildings, ctx) =>
        noRepeats(
          buildings.map((b) => b.name),
          ctx,
          'the building',
        ),
      ),
    landmarks: z
      .array(PlaceName)
      .max(ADDRESS_BOOK_LIMITS.landmarks)
      .default([])
      .superRefine((landmarks, ctx) => noRepeats(landmarks, ctx, 'the landmark')),
  })
  .strict();
export type AddressBookConfig = z.output<typeof AddressBookConfig>;

type Names = Partial<Record<(typeof LANGUAGES)[number], string>>;

/** A name with an entry for every language, so the renderer never has to guess. */
function everyLanguage(name: PlaceName, languages: readonly (typeof LANGUAGES)[number][]): Names {
  if (typeof name === 'string') return Object.fromEntries(languages.map((lang) => [lang, name]));
  const first = shownName(name);
  return Object.fromEntries(languages.map((lang) => [lang, name[lang] ?? first]));
}

/** The address book as the renderer sees it (KioskConfigView.addressBook), or undefined when there is none. */
export function addressBookView(book: AddressBookConfig | undefined, languages: readonly (typeof LANGUAGES)[number][]) {
  if (book === undefined || (book.buildings.length === 0 && book.landmarks.length === 0)) return undefined;
  return {
    buildings: book.buildings.map((b) => ({
      name: everyLanguage(b.name, languages),
      units: b.units.map((u) => everyLanguage(u, languages)),
    })),
    landmarks: book.landmarks.map((l) => everyLanguage(l, languages)),
  };
}
