import type { CallContext, ParsedArgsOf } from '../../app/contract/kioskApi';
import { csvChunks } from '../exports/csv';
import { type ExportFile, exportFile, exportFileName, jsonChunks } from '../exports/exportFile';
import { auditedFilter } from '../store/submissionFilter';
import { createCaseExport } from './caseExport';
import type { ServiceDeps } from './deps';
import { requireStaffSession } from './staffSession';

/**
 * An export about to be written: its file's name and type, and its text as a generator of pieces that
 * reads the store as it goes (returning how many submissions it wrote). `written` records the export in
 * the audit log once the last piece is out; `cut` records one that stopped part-way (the client went, or
 * the store failed), since what was sent has left the kiosk all the same.
 */
export interface ExportDownload {
  filename: string;
  contentType: string;
  chunks: Generator<string, number>;
  written(count: number): void;
  cut(): void;
}

/**
 * The staff export, written once for both its answers: the contract's JSON (the whole file as one string,
 * exportSubmissions) and the browser host's streamed download (host/exportRoute.ts). Both check the
 * session the same way, read the same rows and write the same bytes and the same audit entry.
 */
export function createExportDownloads(
  deps: Pick<ServiceDeps, 'store' | 'config' | 'staffAuth' | 'staffDirectory' | 'now'>,
) {
  const { store, staffAuth, now } = deps;
  const caseExport = createCaseExport(deps);

  return {
    /** Checks the staff session (throws its ApiError), then gives the export to write; nothing is read yet. */
    open({ format, ...filter }: ParsedArgsOf<'exportSubmissions'>, ctx: CallContext): ExportDownload {
      const { actor, actorId } = requireStaffSession(staffAuth, ctx);
      const at = now();
      const record = (detail: { count: number } | { cut: true }) =>
        store.audit.record({
          actor,
          actorId,
          action: 'submissions.export',
          detail: { format, ...detail, filter: auditedFilter(filter) },
        });
      const { submissions } = store;
      // CSV and JSON are written as they are read, a batch at a time; Open311 is one document, made whole.
      const chunks =
        format === 'csv'
          ? csvChunks(caseExport.summariesOf(filter))
          : format === 'json'
            ? jsonChunks(caseExport.withCaseFields(submissions.fullInBatches(filter)))
            : wholeFile(() => {
                const rows = [...caseExport.withCaseFields(submissions.listFull(filter))];
                return { file: exportFile(format, rows, at), count: rows.length };
              });
      return {
        ...exportFileName(format, at),
        chunks,
        written: (count) => record({ count }),
        cut: () => record({ cut: true }),
      };
    },
  };
}

export type ExportDownloads = ReturnType<typeof createExportDownloads>;

function* wholeFile(make: () => { file: ExportFile; count: number }): Generator<string, number> {
  const { file, count } = make();
  yield file.body;
  return count;
}

/** The whole export as one string, for the contract's JSON answer; recorded once written. */
export function exportWhole(download: ExportDownload): ExportFile {
  const pieces: string[] = [];
  const { chunks } = download;
  for (let next = chunks.next(); ; next = chunks.next()) {
    if (next.done) {
      download.written(next.value);
      return { filename: download.filename, contentType: download.contentType, body: pieces.join('') };
    }
    pieces.push(next.value);
  }
}
