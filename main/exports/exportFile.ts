import type { ExportFormat } from '../../app/contract/kioskApi';
import type { Submission } from '../../app/domain/submission';
import { localIso } from '../clock';
import type { ExportedCase, ExportedSummary } from './caseFields';
import { csvBody, toCsv } from './csv';
import { toOpen311 } from './open311';

export interface ExportFile {
  filename: string;
  contentType: string;
  body: string;
}

/** Whole submissions with their history and case fields, each with its `ref`: parsing it gives back the same objects. */
export function toJson(submissions: readonly Submission[]): string {
  return `${JSON.stringify(submissions, null, 2)}\n`;
}

/**
 * The same text as toJson, a piece at a time: `[`, each submission indented as JSON.stringify indents an
 * array's items, `]`. A million submissions need no more memory than the batch being written.
 */
export function* jsonChunks(submissions: Iterable<Submission>): Generator<string, number> {
  let count = 0;
  for (const s of submissions) {
    yield `${count === 0 ? '[\n' : ',\n'}  ${JSON.stringify(s, null, 2).replaceAll('\n', '\n  ')}`;
    count++;
  }
  yield count === 0 ? '[]\n' : '\n]\n';
  return count;
}

const FORMATS: Record<ExportFormat, { extension: string; contentType: string; render: (s: ExportedCase[]) => string }> =
  {
    csv: { extension: 'csv', contentType: 'text/csv; charset=utf-8', render: toCsv },
    json: { extension: 'json', contentType: 'application/json; charset=utf-8', render: toJson },
    open311: { extension: 'open311.json', contentType: 'application/json; charset=utf-8', render: toOpen311 },
  };

const fileName = (extension: string, at: Date) => `linli-submissions-${localIso(at).slice(0, 10)}.${extension}`;

/** The name and type of an export's file made at `at`. */
export function exportFileName(format: ExportFormat, at: Date): { filename: string; contentType: string } {
  const { extension, contentType } = FORMATS[format];
  return { filename: fileName(extension, at), contentType };
}

/** An export as a file to download or write: `linli-submissions-2026-11-26.csv`. */
export function exportFile(format: ExportFormat, submissions: ExportedCase[], at: Date): ExportFile {
  const { extension, contentType, render } = FORMATS[format];
  return { filename: fileName(extension, at), contentType, body: render(submissions) };
}

/**
 * The same CSV file, from submissions without their history (which CSV does not show), read one by
 * one as they are written: the store need not read the history nor hold every submission at once.
 */
export function csvFile(submissions: Iterable<ExportedSummary>, at: Date): { file: ExportFile; count: number } {
  const { extension, contentType } = FORMATS.csv;
  const { body, count } = csvBody(submissions);
  return { file: { filename: fileName(extension, at), contentType, body }, count };
}
