import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../../app/i18n/languages';
import { fixedPrompts } from '../../../../app/speech/fixedPrompts';

const resources = {
  en: {
    steps: {
      welcome: { title: 'Welcome to {{centre}}', spoken: 'Welcome to {{ centre }}. Touch to start.' },
      receipt: { spoken: 'Your reference number is {{ref}}.' },
    },
    common: { help: 'Help', back: 'Back', again: 'Help' },
    catalogue: { 'cmp.noise': { label: 'Noise', phrases: ['Noise at night', 'Renovation noise'] } },
    both: '{{centre}} and {{count}}',
    empty: '',
  },
  'zh-CN': { common: { help: '帮助' }, steps: { welcome: { title: '欢迎来到{{centre}}' } } },
};

describe('fixedPrompts', () => {
  const prompts = fixedPrompts({
    languages: ['en', 'zh-CN'],
    resources,
    centreName: { en: 'East & West <Centre>', 'zh-CN': '东西社区' },
    catalogue: [{ label: { en: 'Pets', 'zh-CN': '宠物' }, phrases: { en: ['Dog licence', 'Help'] } }, {}],
  });
  const texts = (language: string) => prompts.filter((p) => p.language === language).map((p) => p.text);

  it('takes every string leaf, arrays included, as written, in order, once per language', () => {
    expect(texts('en')).toEqual([
      'Welcome to East & West <Centre>',
      'Welcome to East & West <Centre>. Touch to start.',
      'Help',
      'Back',
      'Noise',
      'Noise at night',
      'Renovation noise',
      'Pets',
      'Dog licence',
    ]);
  });

  it('fills in the centre’s name and leaves out strings with any other placeholder', () => {
    expect(texts('en').some((t) => t.includes('{{'))).toBe(false);
    expect(texts('zh-CN')).toEqual(['帮助', '欢迎来到东西社区', '宠物']);
  });

  it('speaks only the languages the centre offers, in its order', () => {
    const onlyChinese = fixedPrompts({
      languages: ['zh-CN'],
      resources,
      centreName: { 'zh-CN': '东西社区' },
      catalogue: [],
    });
    expect(new Set(onlyChinese.map((p) => p.language))).toEqual(new Set(['zh-CN']));
    expect(prompts[0]!.language).toBe('en');
  });

  it('covers the real locale files: a fixed prompt for every language, and no placeholder left', () => {
    const real = Object.fromEntries(
      LANGUAGES.map((lng) => [lng, JSON.parse(readFileSync(join('locales', lng, 'translation.json'), 'utf8'))]),
    );
    const all = fixedPrompts({
      languages: LANGUAGES,
      resources: real,
      centreName: { 'zh-CN': '邻里社区服务中心', en: 'Linli Community Centre', 'zh-HK': '鄰里社區服務中心' },
      catalogue: [],
    });
    for (const lng of LANGUAGES) expect(all.filter((p) => p.language === lng).length).toBeGreaterThan(100);
    expect(all.filter((p) => /\{\{|\}\}/.test(p.text))).toEqual([]);
    expect(all.map((p) => p.text)).toContain('Welcome to Linli Community Centre');
  });
});
