import type { Submission } from '../../app/domain/submission';

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

/** One cell: neutralised, then quoted as RFC 4180 (section 2, rules 6 and 7) requires. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cells(s: Submission): Record<Column, string> {
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

/**
 * CSV that Excel opens correctly with Chinese text: UTF-8 with a BOM (without
 * it Excel guesses the legacy code page), CRLF line ends (RFC 4180, 2.1).
 */
export function toCsv(submissions: readonly Submission[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const s of submissions) {
    const row = cells(s);
    lines.push(CSV_COLUMNS.map((c) => csvCell(row[c])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
