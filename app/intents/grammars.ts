import en from '../../locales/en/intents.json';
import zhCN from '../../locales/zh-CN/intents.json';
import zhHK from '../../locales/zh-HK/intents.json';
import type { Language } from '../i18n/languages';
import type { IntentGrammar } from './grammar';

/** Every language's grammar, bundled like the translations (the kiosk understands every language offline). */
export const GRAMMARS: Record<Language, IntentGrammar> = {
  'zh-CN': zhCN,
  en,
  'zh-HK': zhHK,
};
