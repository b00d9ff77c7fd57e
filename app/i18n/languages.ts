/** Languages the kiosk offers, in the order the welcome screen shows them. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

/** The name of each language written in that language, for the welcome buttons. */
export const LANGUAGE_ENDONYMS: Record<Language, string> = {
  'zh-CN': '简体中文',
  en: 'English',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
