import type { Language } from '../i18n/languages';
import type { Kind } from './kinds';

/**
 * One category a resident can choose. `code` is stable: it is the Open311
 * service code used in exports and by the intent grammars.
 */
export interface Category {
  code: string;
  kind: Kind;
  /** Asks for a location even when the kind does not (complaints always do). */
  asksLocation: boolean;
  /** Labels a centre configured; when absent, the locale key `catalogue.<code>.label` is used. */
  label?: Partial<Record<Language, string>>;
  /** Quick phrases a centre configured; when absent, the locale key `catalogue.<code>.phrases`. */
  phrases?: Partial<Record<Language, string[]>>;
}

const entry = (code: string, kind: Kind, asksLocation = false): Category => ({ code, kind, asksLocation });

/** The default catalogue (DESIGN.md, "The default catalogue"); labels live in the locales. */
export const DEFAULT_CATALOGUE: readonly Category[] = [
  entry('svc.employment', 'service'),
  entry('svc.social-security', 'service'),
  entry('svc.health', 'service'),
  entry('svc.education', 'service'),
  entry('svc.housing', 'service'),
  entry('svc.culture-sports', 'service'),
  entry('svc.public-safety', 'service', true),
  entry('svc.legal', 'service'),
  entry('svc.mediation', 'service'),
  entry('svc.other', 'service'),
  entry('cmp.property', 'complaint'),
  entry('cmp.neighbour', 'complaint'),
  entry('cmp.family', 'complaint'),
  entry('cmp.noise', 'complaint'),
  entry('cmp.sanitation', 'complaint'),
  entry('cmp.facilities', 'complaint'),
  entry('cmp.other', 'complaint'),
  entry('sug.services', 'suggestion'),
  entry('sug.environment', 'suggestion', true),
  entry('sug.activities', 'suggestion'),
  entry('sug.safety', 'suggestion', true),
  entry('sug.elderly', 'suggestion'),
  entry('sug.other', 'suggestion'),
];

export function categoriesOf(catalogue: readonly Category[], kind: Kind): Category[] {
  return catalogue.filter((c) => c.kind === kind);
}

const codesByKind = new WeakMap<readonly Category[], Map<Kind, ReadonlySet<string>>>();
/** The codes of a catalogue's categories of one kind, found once per catalogue (the matcher asks on every utterance). */
export function codesOfKind(catalogue: readonly Category[], kind: Kind): ReadonlySet<string> {
  let byKind = codesByKind.get(catalogue);
  if (byKind === undefined) {
    byKind = new Map();
    codesByKind.set(catalogue, byKind);
  }
  let codes = byKind.get(kind);
  if (codes === undefined) {
    codes = new Set(categoriesOf(catalogue, kind).map((c) => c.code));
    byKind.set(kind, codes);
  }
  return codes;
}

export function findCategory(catalogue: readonly Category[], code: string): Category | undefined {
  return catalogue.find((c) => c.code === code);
}

/** Complaints always ask where; other kinds only when the category says so. */
export function needsLocation(category: Category): boolean {
  return category.kind === 'complaint' || category.asksLocation;
}

/**
 * At most this many options on one screen, paged beyond: every kind of the
 * default catalogue (ten at the most) fits on one, 其他 always in sight, in
 * targets large enough for older hands; more would shrink them.
 */
export const CATEGORIES_PER_PAGE = 12;

export function pageCount(total: number, perPage = CATEGORIES_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / perPage));
}
