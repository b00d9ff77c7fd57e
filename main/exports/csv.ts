// The cell rule lives in app/, shared with the staff console's audit log export.
import { csvCell } from '../../app/domain/csv';
import { type ExportedSummary, latestOf } from './caseFields';

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
  // Case handling (after the first columns, which keep their places): caseFields.ts says what each holds.
  'assignee',
  'respond_by',
  'resolve_by',
  'overdue',
  'entered_by',
  'responded_at',
  'resolved_at',
  'closed_at',
  'reopened_at',
  'rating',
  'rating_reason',
  'follow_up',
  'follow_up_at',
  // "Me too": how many residents reported it, and the case it was merged into.
  'residents',
  'merged_into',
] as const;

/**
 * One row, its cells in the order of CSV_COLUMNS (csv.test.ts checks both). Written out rather than
 * mapped over the columns: a large export makes 100,000 of these, and the arrays and objects of a
 * mapping cost more than the text itself.
 */
function line(s: ExportedSummary): string {
  const latest = latestOf(s);
  return (
    `${csvCell(s.ref)},${csvCell(s.createdAt)},${csvCell(s.status)},${csvCell(s.kind)},${csvCell(s.category)},` +
    `${csvCell(s.description)},${csvCell(s.location ?? '')},${s.anonymous ? 'true' : 'false'},` +
    `${csvCell(s.name ?? '')},${csvCell(s.phone ?? '')},${csvCell(s.language)},${csvCell(s.inputModes.join(';'))},` +
    `${csvCell(s.kioskId)},${csvCell(s.updatedAt)},` +
    `${csvCell(s.assignee?.name ?? '')},${s.respondBy},${s.resolveBy},${s.overdue ? 'true' : 'false'},` +
    `${csvCell(s.enteredBy ?? '')},${s.respondedAt ?? ''},${s.resolvedAt ?? ''},${s.closedAt ?? ''},` +
    `${s.reopenedAt ?? ''},${latest.rating},${csvCell(latest.ratingReason)},${latest.followUp},${latest.followUpAt},` +
    `${s.residents},${s.mergedInto ?? ''}`
  );
}

/**
 * Lines joined into one string per this many, so a large export keeps a thousand strings alive, not one
 * per row. Small enough (about 35 kB) for V8's young generation: a larger string gets pages of its own,
 * and first touching fresh pages costs more than copying the text (about 100 ms for 35 MB here).
 */
const LINES_PER_CHUNK = 100;

/**
 * CSV that Excel opens correctly with Chinese text: UTF-8 with a BOM (without
 * it Excel guesses the legacy code page), CRLF line ends (RFC 4180, 2.1).
 * Reads `submissions` once, in order, and yields the file in pieces of
 * LINES_PER_CHUNK lines as it goes, so a writer can stream it with memory
 * that does not grow with the export.
 */
export function* csvChunks(submissions: Iterable<ExportedSummary>): Generator<string, number> {
  yield `\uFEFF${CSV_COLUMNS.join(',')}\r\n`;
  let lines: string[] = [];
  let count = 0;
  for (const s of submissions) {
    lines.push(line(s));
    count++;
    if (lines.length === LINES_PER_CHUNK) {
      yield `${lines.join('\r\n')}\r\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join('\r\n')}\r\n`;
  return count;
}

/** The same CSV as one string, with how many submissions it holds. */
export function csvBody(submissions: Iterable<ExportedSummary>): { body: string; count: number } {
  const chunks: string[] = [];
  const writer = csvChunks(submissions);
  for (let next = writer.next(); ; next = writer.next()) {
    if (next.done) return { body: chunks.join(''), count: next.value };
    chunks.push(next.value);
  }
}

export const toCsv = (submissions: Iterable<ExportedSummary>): string => csvBody(submissions).body;
