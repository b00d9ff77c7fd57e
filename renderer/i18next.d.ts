// i18next's `t()` typed from the zh-CN strings (the first locale; the locale test holds the others
// to the same keys): a key that is not there, or a template whose union names one that is not,
// fails `tsc`. Keys held in data use the same file's keys through app/i18n/localeKey.ts.
import type zhCN from '../locales/zh-CN/translation.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
