import { readFileSync } from 'node:fs';
import { type CaseTimeLimits, parseTimeLimits, TimeLimitsError } from '../../app/cases/timeLimits';
import { type Category, DEFAULT_CATALOGUE, findCategory } from '../../app/domain/catalogue';
import { DEFAULT_LANGUAGE, type Language } from '../../app/i18n/languages';
import { issueField, plainMessages } from '../validation/issues';
import { consistencyProblems } from './consistency';
import { ConfigFile, type ParsedConfigFile } from './schema';

/** The centre's config, with every default filled in. */
export interface Config extends Omit<ParsedConfigFile, 'defaultLanguage' | 'catalogue' | 'caseTimeLimits'> {
  defaultLanguage: Language;
  catalogue: Category[];
  /** Response and resolution times in working days, with the centre's calendar (defaults per kind). */
  caseTimeLimits: CaseTimeLimits;
}

/** A config that cannot be used; the message names the file and the field. */
export class ConfigError extends Error {
  constructor(
    /** The config file as it was given (or "config" for a value not read from a file). */
    readonly source: string,
    /** The dotted path of the bad field (`timing.warningSeconds`), or null when the file as a whole is wrong. */
    readonly field: string | null,
    readonly problem: string,
  ) {
    super(field === null ? `${source}: ${problem}` : `${source}: ${field || '(top level)'}: ${problem}`);
    this.name = 'ConfigError';
  }
}

/** Reads and checks a config file; `undefined` gives the built-in defaults. */
export function loadConfig(path: string | undefined): Config {
  if (path === undefined) return parseConfig({});
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(path, null, code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? error})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(path, null, `is not valid JSON (${(error as Error).message})`);
  }
  return parseConfig(value, path);
}

/** Checks a config value already parsed from JSON. */
export function parseConfig(value: unknown, source = 'config'): Config {
  const parsed = ConfigFile.safeParse(value, { error: plainMessages });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(source, issueField(issue), withMore(issue.message, parsed.error.issues.length));
  }
  const problems = consistencyProblems(parsed.data);
  if (problems.length > 0) {
    const first = problems[0]!;
    throw new ConfigError(source, first.path.join('.'), withMore(first.message, problems.length));
  }
  return complete(parsed.data, source);
}

function withMore(message: string, count: number): string {
  return count > 1 ? `${message} (and ${count - 1} more problem${count > 2 ? 's' : ''})` : message;
}

function complete(file: ParsedConfigFile, source: string): Config {
  const defaultLanguage =
    file.defaultLanguage ?? (file.languages.includes(DEFAULT_LANGUAGE) ? DEFAULT_LANGUAGE : file.languages[0]!);
  const catalogue = (file.catalogue ?? DEFAULT_CATALOGUE).map((entry): Category => {
    const known = findCategory(DEFAULT_CATALOGUE, entry.code);
    const category: Category = {
      code: entry.code,
      kind: entry.kind,
      asksLocation: entry.asksLocation ?? known?.asksLocation ?? false,
    };
    if (entry.label !== undefined) category.label = { ...entry.label };
    if (entry.phrases !== undefined) category.phrases = { ...entry.phrases };
    return category;
  });
  return { ...file, defaultLanguage, catalogue, caseTimeLimits: timeLimits(file.caseTimeLimits, catalogue, source) };
}

function timeLimits(raw: unknown, catalogue: Category[], source: string): CaseTimeLimits {
  try {
    return parseTimeLimits(raw, catalogue);
  } catch (error) {
    if (!(error instanceof TimeLimitsError)) throw error;
    const field = error.field === '' ? 'caseTimeLimits' : `caseTimeLimits.${error.field}`;
    // The error's message starts with the field already; the ConfigError names it once.
    throw new ConfigError(source, field, error.message.replace(/^caseTimeLimits[^:]*: /, ''));
  }
}
