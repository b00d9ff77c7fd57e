import type { TFunction } from 'i18next';
import type { KioskConfigView } from '../../app/contract/kioskApi';
import type { Language } from '../../app/i18n/languages';
import { dynamicKey, type PhraseListKey } from '../../app/i18n/localeKey';

type Entry = KioskConfigView['catalogue'][number];

/** A category's label: the centre's own when it configured one, else the locale's. */
export function categoryLabel(entry: Entry | undefined, code: string, language: Language, t: TFunction): string {
  return entry?.label?.[language] ?? t(dynamicKey(`catalogue.${code}.label`));
}

/** A category's quick phrases: the centre's own when configured, else the locale's. */
export function categoryPhrases(entry: Entry | undefined, code: string, language: Language, t: TFunction): string[] {
  const own = entry?.phrases?.[language];
  if (own) return own;
  const phrases = t(dynamicKey<PhraseListKey>(`catalogue.${code}.phrases`), { returnObjects: true, defaultValue: [] });
  return Array.isArray(phrases) ? (phrases as string[]) : [];
}

export function findEntry(config: KioskConfigView, code: string | null): Entry | undefined {
  return code === null ? undefined : config.catalogue.find((c) => c.code === code);
}
