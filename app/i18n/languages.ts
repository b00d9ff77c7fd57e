/** Languages the kiosk offers, in the order the welcome screen shows them. */
export const LANGUAGES = ['zh-CN', 'en', 'zh-HK'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

/**
 * The name of each language written in that language, for the welcome buttons.
 * Cantonese is 粵語: the name residents in both Guangdong and Hong Kong read as
 * the spoken language (廣東話 is the everyday word in Hong Kong, but 粵語 is
 * understood everywhere); the locale is
 * also written in traditional characters, which the button shows.
 */
export const LANGUAGE_ENDONYMS: Record<Language, string> = {
  'zh-CN': '简体中文',
  en: 'English',
  'zh-HK': '粵語',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
