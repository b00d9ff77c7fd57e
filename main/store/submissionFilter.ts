import type { Kind } from '../../app/domain/kinds';
import type { Status } from '../../app/domain/status';
import { FILLER, isDigitSearch, textMatch } from './textIndex';

/** Which submissions a list, an export or a purge is about. `from` is inclusive, `to` exclusive. */
export interface SubmissionFilter {
  status?: Status | undefined;
  kind?: Kind | undefined;
  category?: string | undefined;
  /** ISO 8601 with an offset. */
  from?: string | undefined;
  to?: string | undefined;
  /** Found in the reference, description, location, name or phone, ignoring case. */
  text?: string | undefined;
  /** The staff account a case is assigned to. */
  assignee?: number | undefined;
}

export interface WhereClause {
  sql: string;
  /** The same, one condition an item, for a statement that adds its own. */
  conditions: string[];
  params: Record<string, string | number>;
}

/**
 * The columns text is found in, joined with a character residents' text never holds
 * (app/domain/submission.ts) so a match cannot span two of them, case folded by `fold`.
 */
const searched = (fold: string, t: string) =>
  `${fold}(${t}ref || char(0) || ${t}description || char(0) || coalesce(${t}location, '') || char(0) || ` +
  `coalesce(${t}name, '') || char(0) || coalesce(${t}phone, ''))`;

/**
 * SQLite's own lower() folds ASCII only, and costs half of calling back into JavaScript for every
 * row: enough when the text has no letter with case beyond ASCII (Chinese, digits, English).
 * Otherwise linli_fold, JavaScript's toLowerCase (database.ts), so `élodie` finds `ÉLODIE`.
 */
const CASED_BEYOND_ASCII = /[^\u0000-\u007f]/u;
const foldFor = (text: string) =>
  [...text].some((c) => CASED_BEYOND_ASCII.test(c) && c.toLowerCase() !== c.toUpperCase()) ? 'linli_fold' : 'lower';

/**
 * Whether the text index finds exactly what the scan would (textIndex.ts): not for letters with case beyond
 * ASCII, which only JavaScript folds, nor for the characters that keep columns apart (char(0) here, the
 * index's filler there).
 */
const indexed = (text: string) => foldFor(text) === 'lower' && !text.includes('\u0000') && !text.includes(FILLER);

/**
 * Every condition of the filter, for a statement on `submissions` (`forCount` when it only counts; `alias`
 * names the table when the statement joins). Text is found through the text index (migration 0120) where it
 * gives the same answer as reading every row; otherwise, or when `scan` asks for it (a few rows left by the
 * other conditions are read faster than looked up one by one in the index), by reading every row the other
 * conditions leave.
 */
export function whereClause(
  filter: SubmissionFilter,
  { forCount = false, alias = '', scan = false } = {},
): WhereClause {
  const conditions: string[] = [];
  const params: Record<string, string | number> = {};
  const t = alias === '' ? '' : `${alias}.`;
  const equal = (column: string, value: string | undefined) => {
    if (value === undefined) return;
    conditions.push(`${t}${column} = @${column}`);
    params[column] = value;
  };
  equal('status', filter.status);
  equal('kind', filter.kind);
  equal('category', filter.category);
  if (filter.assignee !== undefined) {
    conditions.push(`${t}assignee_id = @assignee`);
    params.assignee = filter.assignee;
  }
  // julianday() compares instants, so timestamps written under different UTC offsets (DST) still order correctly;
  // the indexes of migration 0040 are on this very expression, so it must stay written exactly so.
  if (filter.from !== undefined) {
    conditions.push(`julianday(${t}created_at) >= julianday(@from)`);
    params.from = filter.from;
  }
  if (filter.to !== undefined) {
    conditions.push(`julianday(${t}created_at) < julianday(@to)`);
    params.to = filter.to;
  }
  const text = (filter.text ?? '').trim().toLowerCase();
  if (text !== '' && isDigitSearch(text) && !scan) {
    // Digits only, enough of them: a range on the index of digit runs (textIndex.ts), ':' coming after '9'.
    conditions.push(
      `${t}id IN (SELECT submission_id FROM submission_digits WHERE digits >= @text AND digits < @text || ':')`,
    );
    params.text = text;
  } else if (text !== '' && indexed(text) && !scan) {
    // A count reads an index of `submissions` and looks each entry up among the matches (`+id` keeps SQLite
    // from fetching every matching row instead: 40,000 rows of a common word cost ten times as much).
    conditions.push(
      `${forCount ? '+' : ''}${t}id IN (SELECT rowid FROM submission_text WHERE submission_text MATCH @text)`,
    );
    params.text = textMatch(text);
  } else if (text !== '') {
    conditions.push(`instr(${searched(foldFor(text), t)}, @text) > 0`);
    params.text = text;
  }
  return { sql: conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`, params, conditions };
}

/** Which index answers this filter's text: the text index, the digit runs', or none (the text is matched by reading rows). */
export const textIndexOf = (filter: SubmissionFilter): 'text' | 'digits' | null => {
  const text = (filter.text ?? '').trim().toLowerCase();
  if (text === '') return null;
  return isDigitSearch(text) ? 'digits' : indexed(text) ? 'text' : null;
};

/** Whether a filter has free text to match. */
export const hasText = (filter: SubmissionFilter): boolean => (filter.text ?? '').trim() !== '';

/**
 * A filter as the audit log keeps it: that a text was searched for, never the
 * text, which is most often a resident's name, phone or address (and the
 * audit log is not encrypted).
 */
export function auditedFilter(filter: SubmissionFilter): Omit<SubmissionFilter, 'text'> & { textSearch?: true } {
  const { text: _notKept, ...rest } = filter;
  return hasText(filter) ? { ...rest, textSearch: true } : rest;
}
