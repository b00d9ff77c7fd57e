import type { SubmissionSummary } from '../../app/contract/kioskApi';

export const CSV_COLUMNS = [
  'ref',
  'created_at',
  'status',
  'kind',
  'category',
  'description',
  'location',
  'anonymous',
  'name',
  'phone',
  'language',
  'input_modes',
  'kiosk_id',
  'updated_at',
] as const;

type Column = (typeof CSV_COLUMNS)[number];

/**
 * A spreadsheet treats a cell starting with one of these as a formula
 * (OWASP, "CSV Injection"); a leading apostrophe makes it plain text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const NEEDS_QUOTES = /[",\r\n]/;
/** Either of the above: most cells have neither, and one test per cell is what a large export can afford. */
const PLAIN_UNLESS = /^[=+\-@\t\r]|[",\r\n]/;

/** One cell: neutralised, then quoted as RFC 4180 (section 2, rules 6 and 7) requires. */
export function csvCell(value: string): string {
  if (!PLAIN_UNLESS.test(value)) return value;
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cells(s: SubmissionSummary): Record<Column, string> {
  return {
    ref: s.ref,
    created_at: s.createdAt,
    status: s.status,
    kind: s.kind,
    category: s.category,
    description: s.description,
    location: s.location ?? '',
    anonymous: s.anonymous ? 'true' : 'false',
    name: s.name ?? '',
    phone: s.phone ?? '',
    language: s.language,
    input_modes: s.inputModes.join(';'),
    kiosk_id: s.kioskId,
    updated_at: s.updatedAt,
  };
}

/** Lines joined into one string per this many, so a large export keeps a few hundred strings alive, not one per row. */
const LINES_PER_CHUNK = 1000;

/**
 * CSV that Excel opens correctly with Chinese text: UTF-8 with a BOM (without
 * it Excel guesses the legacy code page), CRLF line ends (RFC 4180, 2.1).
 * Reads `submissions` once, in order, so they can be produced as they are written.
 */
export function csvBody(submissions: Iterable<SubmissionSummary>): { body: string; count: number } {
  const chunks: string[] = [];
  let lines = [CSV_COLUMNS.join(',')];
  let count = 0;
  for (const s of submissions) {
    const row = cells(s);
    lines.push(CSV_COLUMNS.map((c) => csvCell(row[c])).join(','));
    count++;
    if (lines.length === LINES_PER_CHUNK) {
      chunks.push(lines.join('\r\n'));
      lines = [];
    }
  }
  if (lines.length > 0) chunks.push(lines.join('\r\n'));
  return { body: `\uFEFF${chunks.join('\r\n')}\r\n`, count };
}

export const toCsv = (submissions: Iterable<SubmissionSummary>): string => csvBody(submissions).body;
