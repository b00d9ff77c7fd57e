import { isApiErrorBody } from '../../app/contract/errors';
import type { ArgsOf, KioskApi } from '../../app/contract/kioskApi';
import { KioskApiError } from '../api/client';
import { download, type SessionEnd, sessionEndOf } from './useStaffApi';

/** Exports the queue as a file the browser saves; rejects with a KioskApiError as a call does. */
export type SaveExport = (args: ArgsOf<'exportSubmissions'>) => Promise<void>;

/** Over the KioskApi (Electron's IPC): the whole file in one answer, then saved. */
export const saveOverApi =
  (api: KioskApi): SaveExport =>
  async (args) => {
    const file = await api.exportSubmissions(args);
    download(file.filename, file.contentType, file.body);
  };

/** The file's name from `Content-Disposition: attachment; filename="…"` (the host writes it so). */
const fileNameOf = (disposition: string | null, fallback: string) =>
  /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;

/**
 * Over the browser host: the file itself, which the host writes as it reads the rows (a hundred thousand
 * cases need not wait for one JSON answer, nor fill the host's memory). Asked for by a POST with
 * `Accept: text/csv`, so the cookie's SameSite and the host's Origin check guard it like any call. A
 * connection cut part-way rejects `blob()`: no short file is saved as if it were whole. A 401 ends the
 * console's session as any call's does (useStaffApi).
 */
export const saveOverHttp =
  (onSessionEnded: (why: SessionEnd) => void): SaveExport =>
  async (args) => {
    let response: Response;
    let blob: Blob;
    try {
      response = await fetch('/api/exportSubmissions', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: args.format === 'csv' ? 'text/csv' : 'application/octet-stream',
        },
        body: JSON.stringify(args),
        credentials: 'same-origin',
      });
      if (response.ok) blob = await response.blob();
    } catch (error) {
      throw new KioskApiError('network', `network: ${String(error)}`);
    }
    if (!response.ok) {
      const body: unknown = await response.json().catch(() => null);
      const error = isApiErrorBody(body)
        ? new KioskApiError(body.error.code, body.error.message, body.error.field, body.error.retryAfterSeconds)
        : new KioskApiError('internal', `HTTP ${response.status}`);
      if (error.code === 'unauthorized') onSessionEnded(sessionEndOf(error));
      throw error;
    }
    const name = fileNameOf(response.headers.get('Content-Disposition'), `linli-submissions.${args.format}`);
    download(name, blob!.type, blob!);
  };
