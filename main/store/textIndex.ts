/**
 * How residents' text is indexed for search, in one place for the migration that builds the index
 * (0120), the triggers that keep it in step (as the SQL function `linli_grams`, database.ts) and the
 * search that reads it (submissionFilter.ts).
 *
 * SQLite's FTS5 trigram tokenizer finds any substring of three characters or more, Chinese included,
 * but nothing shorter; staff search Chinese by one or two characters (漏水, 楼). So the index holds
 * each column with a filler character between every two characters and at both ends: `漏水` becomes
 * `␁漏␁水␁`. Its trigrams are then `␁漏␁` (each character alone) and `漏␁水` (each pair), and any
 * text of any length, written the same way, is found as a substring of at least three characters.
 * The filler is U+0001, a control character residents' text never holds (app/domain/text.ts).
 *
 * Case is folded as SQLite's lower() folds it, ASCII only, with the tokenizer's own folding off: the
 * index then finds exactly what the scan finds for any text without letters with case beyond ASCII.
 * Text with such letters is searched by the scan, which folds it as JavaScript does.
 */
export const FILLER = '\u0001';

const ASCII_UPPER = /[A-Z]/g;

/** A column's text as the index holds it; null stays null. */
export function textGrams(text: string | null): string | null {
  if (text === null) return null;
  const folded = text.replace(ASCII_UPPER, (c) => c.toLowerCase());
  return `${FILLER}${[...folded].join(FILLER)}${FILLER}`;
}

/**
 * The FTS5 query that finds `text` (already folded) as a substring of a column: one quoted phrase. Its
 * characters joined by the filler, without the filler at either end unless it is a single character:
 * `漏␁水` is one trigram, whose list of rows is read once, where `␁漏␁水␁` would be three.
 */
export function textMatch(text: string): string {
  const chars = [...text];
  const phrase = chars.length === 1 ? textGrams(text)! : chars.join(FILLER);
  return `"${phrase.replaceAll('"', '""')}"`;
}

/**
 * A whole phone number as a trigram phrase is 19 trigrams of digits, each in the lists of most rows
 * (every reference and phone holds digits): seconds at a million. So runs of at least DIGITS_MIN
 * digits are also kept whole, with each of their suffixes of that length or more, in a plain index
 * (`submission_digits`, migration 0150): digits found inside a run are the start of one of its
 * suffixes, read by a range on that index. A search of DIGITS_MIN digits or more (and nothing else)
 * uses it, and finds exactly what the scan finds: digits never span two columns, nor anything else.
 */
export const DIGITS_MIN = 8;
const DIGIT_RUN = new RegExp(`[0-9]{${DIGITS_MIN},}`, 'g');
export const isDigitSearch = (text: string): boolean => new RegExp(`^[0-9]{${DIGITS_MIN},}$`).test(text);

/** The suffixes of every run of DIGITS_MIN digits or more in these columns, as a JSON array (for json_each). */
export function digitSuffixes(...columns: unknown[]): string {
  const found = new Set<string>();
  for (const text of columns) {
    if (typeof text !== 'string') continue;
    for (const [run] of text.matchAll(DIGIT_RUN)) {
      for (let i = 0; i + DIGITS_MIN <= run.length; i++) found.add(run.slice(i));
    }
  }
  return JSON.stringify([...found]);
}

/** The columns searched, as the index and the scan (submissionFilter.ts) both name them. */
export const SEARCHED_COLUMNS = ['ref', 'description', 'location', 'name', 'phone'] as const;

/**
 * After a purge or a retention redaction: a contentless index forgets a row at once for searches, but keeps
 * its entries in the index's pages until they are merged. Merging them all now removes the trigrams of
 * what was deleted (a name, a phone) from the file as well, as secure_delete does for the rows.
 */
export function compactTextIndex(db: { exec(sql: string): unknown }): void {
  db.exec("INSERT INTO submission_text (submission_text) VALUES ('optimize')");
}
