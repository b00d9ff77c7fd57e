import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../app/i18n/languages';
import en from '../locales/en/translation.json';
import zhCN from '../locales/zh-CN/translation.json';
import zhHK from '../locales/zh-HK/translation.json';

/** Every locale's strings, bundled: the kiosk must speak and show every language offline. */
export const RESOURCES: Record<Language, { translation: object }> = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
  'zh-HK': { translation: zhHK },
};

export function createI18n(language: Language = DEFAULT_LANGUAGE): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: RESOURCES,
    lng: language,
    supportedLngs: [...LANGUAGES],
    fallbackLng: false,
    // React escapes what it renders; i18next's own escaping would show &lt; to the resident.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}
