import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTRASTS, RATES, TEXT_SIZES, VOLUMES } from '../../../app/dialog/settings';
import {
  CONTACT_STAGES,
  type ContactStage,
  LOOKUP_ERRORS,
  LOOKUP_STAGES,
  type LookupStage,
  ME_TOO_STAGES,
  SECTIONS,
  STEPS,
  type Step,
  SUBMIT_ERRORS,
} from '../../../app/dialog/types';
import { DEFAULT_CATALOGUE } from '../../../app/domain/catalogue';
import { KINDS } from '../../../app/domain/kinds';
import { PHONE_ERRORS } from '../../../app/domain/phone';
import { REFERENCE_PROBLEMS } from '../../../app/domain/referenceNumber';
import { STATUSES } from '../../../app/domain/status';
import { LANGUAGES } from '../../../app/i18n/languages';
import { listeningFor } from '../../../app/speech/listening';
import { SPEECH_ERRORS } from '../../../app/speech/types';

/** Whether a screen (`contact.phone`) listens, and so has a spoken voice hint. */
function listens(screen: string): boolean {
  const [step, stage] = screen.split('.') as [Step, (ContactStage | LookupStage)?];
  return listeningFor(step, stage ?? null).type !== 'none';
}

type Tree = { [key: string]: string | string[] | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string | string[]> {
  const out = new Map<string, string | string[]>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
    } else out.set(prefix + key, value);
  }
  return out;
}

const locales = Object.fromEntries(
  LANGUAGES.map((lng) => [
    lng,
    flatten(JSON.parse(readFileSync(join('locales', lng, 'translation.json'), 'utf8')) as Tree),
  ]),
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}
const sources = [...sourceFiles('renderer'), ...sourceFiles('app')].map((f) => readFileSync(f, 'utf8'));

/** Keys the code builds from the domain's closed lists. */
function dynamicKeys(): string[] {
  const stages: Record<string, readonly string[]> = {
    contact: CONTACT_STAGES,
    lookup: LOOKUP_STAGES,
    meToo: ME_TOO_STAGES,
  };
  const stepNames = STEPS.flatMap((s) => (stages[s] ? stages[s].map((stage) => `${s}.${stage}`) : [s]));
  return [
    ...stepNames.flatMap((s) => ['title', 'spoken', 'spokenAgain', 'help'].map((p) => `steps.${s}.${p}`)),
    ...KINDS.flatMap((k) => [`kinds.${k}.label`, `kinds.${k}.hint`]),
    ...DEFAULT_CATALOGUE.flatMap((c) => [`catalogue.${c.code}.label`, `catalogue.${c.code}.phrases`]),
    ...PHONE_ERRORS.map((e) => `contact.phone.error.${e}`),
    ...SUBMIT_ERRORS.map((e) => `submit.error.${e}`),
    ...LOOKUP_ERRORS.map((e) => `lookup.error.${e}`),
    ...REFERENCE_PROBLEMS.map((e) => `lookup.error.${e}`),
    ...STATUSES.map((s) => `lookup.status.${s}`),
    'lookup.error.last4',
    ...TEXT_SIZES.map((s) => `settings.sizes.${s}`),
    ...CONTRASTS.map((c) => `settings.contrasts.${c}`),
    ...STATUSES.map((s) => `staff.status.${s}`),
    ...SECTIONS.map((s) => `review.change.${s}`),
    ...SPEECH_ERRORS.map((e) => `speech.error.${e}`),
    ...RATES.map((_, i) => `voice.rates.${i}`),
    ...VOLUMES.map((_, i) => `voice.volumes.${i}`),
    ...stepNames.filter((s) => listens(s)).map((s) => `voice.hint.${s}`),
    'describe.error.empty',
    'describe.error.tooLong',
    'location.error.tooLong',
    'contact.name.error.tooLong',
  ];
}

const variables = (text: string | string[]) =>
  [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  it('every locale has every key any locale has', () => {
    const all = new Set(Object.values(locales).flatMap((m) => [...m.keys()]));
    for (const lng of LANGUAGES) {
      expect(
        [...all].filter((k) => !locales[lng]!.has(k)),
        `missing in ${lng}`,
      ).toEqual([]);
    }
  });

  it('no string is empty and every phrase list has phrases', () => {
    for (const lng of LANGUAGES) {
      for (const [key, value] of locales[lng]!) {
        if (Array.isArray(value)) expect(value.length, `${lng}: ${key}`).toBeGreaterThan(0);
        else expect(value.trim(), `${lng}: ${key}`).not.toBe('');
      }
    }
  });

  it('the same placeholders appear in every language of a string', () => {
    for (const [key, value] of locales['zh-CN']!) {
      for (const lng of LANGUAGES)
        expect(variables(locales[lng]!.get(key) ?? ''), `${lng}: ${key}`).toEqual(variables(value));
    }
  });

  it('every key the code builds from the domain exists in every locale', () => {
    for (const lng of LANGUAGES) {
      expect(
        dynamicKeys().filter((k) => !locales[lng]!.has(k)),
        `absent from ${lng}`,
      ).toEqual([]);
    }
  });

  // A key named literally, or built from a closed union (`lookup.status.${status}`), is checked by
  // tsc: `t()` and `LocaleKey` are typed from zh-CN (renderer/i18next.d.ts, app/i18n/localeKey.ts),
  // and the first test above holds every other locale to zh-CN's keys. What tsc cannot follow goes
  // through `dynamicKey(`…`)`, and is checked here.
  it('every key built at run time through dynamicKey matches keys that exist', () => {
    const patterns = sources.flatMap((s) => [...s.matchAll(/\bdynamicKey(?:<\w+>)?\(\s*`([^`]+)`/g)].map((m) => m[1]!));
    expect(patterns.length).toBeGreaterThan(3);
    for (const pattern of patterns) {
      const regex = new RegExp(
        `^${pattern
          .split(/\$\{[^}]+\}/)
          .map((p) => p.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
          .join('[\\w.-]+')}$`,
      );
      for (const lng of LANGUAGES) {
        expect(
          [...locales[lng]!.keys()].some((k) => regex.test(k)),
          `${pattern} in ${lng}`,
        ).toBe(true);
      }
    }
  });
});
