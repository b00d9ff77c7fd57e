/**
 * One cell of a CSV file staff open in a spreadsheet: the submissions export
 * (main/exports/csv.ts) and the audit log's (renderer/staff/AuditLog.tsx)
 * both write their cells with this rule, so they cannot drift apart.
 */

/**
 * A spreadsheet takes a cell starting with one of these for a formula (OWASP,
 * "CSV Injection"): = + - @, tab and carriage return, and their full-width
 * and small forms (＝＋－＠, ﹦﹢﹣﹫), which Chinese input methods type and
 * which spreadsheets in East Asian locales read as the ASCII ones. A leading
 * apostrophe makes such a cell plain text.
 */
export const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b]/;

/**
 * Quoted as RFC 4180 (section 2, rules 6 and 7) requires for a comma, a quote
 * or a line break, and for a semicolon too: spreadsheets in locales whose list
 * separator is `;` (much of Europe) split an unquoted cell there.
 */
const NEEDS_QUOTES = /[",;\r\n]/;

/** Either of the above: most cells have neither, and one test per cell is what a large export can afford. */
const PLAIN_UNLESS = new RegExp(`${FORMULA_START.source}|${NEEDS_QUOTES.source}`);

/** One cell: neutralised, then quoted where needed. */
export function csvCell(value: string): string {
  if (!PLAIN_UNLESS.test(value)) return value;
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
