import { type FixedPrompt, fixedPrompts } from '../../app/speech/fixedPrompts';
import en from '../../locales/en/translation.json';
import zhCN from '../../locales/zh-CN/translation.json';
import zhHK from '../../locales/zh-HK/translation.json';
import type { Config } from '../config/config';

// Bundled like the renderer bundles them (renderer/i18n.ts), so a packaged kiosk's `--admin` has them too.
const RESOURCES = { 'zh-CN': zhCN, en, 'zh-HK': zhHK };

/** The fixed prompts of this centre (app/speech/fixedPrompts.ts): the locale files and its config. */
export function centrePrompts(config: Pick<Config, 'languages' | 'centreName' | 'catalogue'>): FixedPrompt[] {
  return fixedPrompts({
    languages: config.languages,
    resources: RESOURCES,
    centreName: config.centreName,
    catalogue: config.catalogue,
  });
}
