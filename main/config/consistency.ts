import { DEFAULT_CATALOGUE, findCategory } from '../../app/domain/catalogue';
import { KIND_PREFIX, KINDS } from '../../app/domain/kinds';
import { forwardingProblems } from './forwarding';
import { keypadProblems } from './keypad';
import type { ParsedConfigFile } from './schema';
import { speechProblems } from './speech';

export interface ConfigProblem {
  path: (string | number)[];
  message: string;
}

/** Checks that span fields, run once each field is valid on its own. */
export function consistencyProblems(file: ParsedConfigFile): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const { languages } = file;
  languages.forEach((lang, i) => {
    if (languages.indexOf(lang) !== i) problems.push({ path: ['languages', i], message: `repeats "${lang}"` });
  });
  if (file.defaultLanguage !== undefined && !languages.includes(file.defaultLanguage)) {
    problems.push({
      path: ['defaultLanguage'],
      message: `must be one of the configured languages (${languages.join(', ')})`,
    });
  }
  for (const lang of languages) {
    if (file.centreName[lang] === undefined) {
      problems.push({ path: ['centreName', lang], message: 'is required for every configured language' });
    }
  }
  if (file.catalogue !== undefined) problems.push(...catalogueProblems(file.catalogue, languages));
  problems.push(...forwardingProblems(file));
  problems.push(...speechProblems(file));
  problems.push(...keypadProblems(file));
  if (file.staff.sessionIdleMinutes > file.staff.sessionMaxHours * 60) {
    problems.push({
      path: ['staff', 'sessionIdleMinutes'],
      message: `must not be longer than staff.sessionMaxHours (${file.staff.sessionMaxHours} hours)`,
    });
  }
  return problems;
}

function catalogueProblems(
  catalogue: NonNullable<ParsedConfigFile['catalogue']>,
  languages: ParsedConfigFile['languages'],
): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const seen = new Set<string>();
  catalogue.forEach((entry, i) => {
    const prefix = `${KIND_PREFIX[entry.kind]}.`;
    if (seen.has(entry.code)) problems.push({ path: ['catalogue', i, 'code'], message: `repeats "${entry.code}"` });
    seen.add(entry.code);
    if (!entry.code.startsWith(prefix)) {
      problems.push({
        path: ['catalogue', i, 'code'],
        message: `must start with "${prefix}" for kind "${entry.kind}"`,
      });
    }
    if (findCategory(DEFAULT_CATALOGUE, entry.code) !== undefined) return;
    for (const lang of languages) {
      if (entry.label?.[lang] === undefined) {
        problems.push({
          path: ['catalogue', i, 'label', lang],
          message: 'is required for a category that is not in the default catalogue',
        });
      }
    }
  });
  for (const kind of KINDS) {
    if (!catalogue.some((entry) => entry.kind === kind)) {
      problems.push({ path: ['catalogue'], message: `has no category of kind "${kind}"` });
    }
  }
  return problems;
}
