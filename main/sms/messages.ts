import type { SmsTemplate } from '../../app/sms/templates';
import en from '../../locales/en/translation.json' with { type: 'json' };
import zhCN from '../../locales/zh-CN/translation.json' with { type: 'json' };
import zhHK from '../../locales/zh-HK/translation.json' with { type: 'json' };

// Bundled like main/speech/fixedPrompts.ts bundles them, so a packaged kiosk has them too.
const TEMPLATES: Record<string, Record<SmsTemplate, string>> = {
  'zh-CN': zhCN.sms.status,
  'zh-HK': zhHK.sms.status,
  en: en.sms.status,
};

/**
 * The text of a status-change SMS in the submission's language (zh-CN when
 * the language has none): the centre's name and the reference number are the
 * only things filled in, so nothing the resident wrote can be in it.
 */
export function smsText(template: SmsTemplate, language: string, values: { ref: string; centre: string }): string {
  const text = (TEMPLATES[language] ?? TEMPLATES['zh-CN']!)[template];
  return text.replace('{{centre}}', values.centre).replace('{{ref}}', values.ref);
}
