import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '../../app/contract/errors';
import type { CallContext } from '../../app/contract/kioskApi';
import { asApiError, checkedArgs } from '../services/dispatch';
import type { ExportDownload, ExportDownloads } from '../services/exportDownload';
import { type ApiCallOptions, answerUnread, callContext, refuseBody } from './apiRoute';
import { readJsonBody } from './readBody';
import { sendError } from './respond';
import { DEFAULT_TIMEOUTS } from './timeouts';

export const EXPORT_METHOD = 'exportSubmissions';

/**
 * A call to exportSubmissions that asks for the file itself rather than the contract's JSON answer: a GET
 * with the arguments in the query (a link), or a POST whose Accept names a file (`text/csv`, or
 * `application/octet-stream` for any format). A plain POST keeps its JSON answer.
 */
export function wantsExportFile(req: IncomingMessage): boolean {
  if (req.method === 'GET') return true;
  return req.method === 'POST' && /\btext\/csv\b|\bapplication\/octet-stream\b/i.test(req.headers.accept ?? '');
}

/**
 * The query's arguments as the JSON body would carry them: each given once (a repeated one is refused,
 * naming it), `assignee` a number when it is written as one (otherwise the contract refuses it by name).
 */
export function queryArgs(url: string): Record<string, unknown> {
  const query = new URLSearchParams(url.includes('?') ? url.slice(url.indexOf('?') + 1) : '');
  const args: Record<string, unknown> = {};
  for (const [name, value] of query) {
    if (Object.hasOwn(args, name)) throw new ApiError('invalid', `${name}: given more than once`, name);
    args[name] = name === 'assignee' && /^\d{1,9}$/.test(value) ? Number(value) : value;
  }
  return args;
}

/**
 * The export as a download written as it is read (`text/csv; charset=utf-8` for CSV), with the checks and
 * the audit entry of the JSON answer (services/exportDownload.ts). Every refusal (no session, a bad filter:
 * 400 naming the field) and the first rows come before the first byte, so an error is the usual JSON error.
 * After that a failure cuts the connection: the chunked answer then lacks its end, and the browser reports
 * a failed download rather than keeping a short file.
 */
export async function handleExportDownload(
  downloads: ExportDownloads,
  req: IncomingMessage,
  res: ServerResponse,
  options: ApiCallOptions = {},
): Promise<void> {
  const { lingerMs = DEFAULT_TIMEOUTS.lingerMs } = options;
  let rawArgs: unknown;
  try {
    if (req.method === 'GET') {
      refuseBody(req, res, lingerMs);
      rawArgs = queryArgs(req.url ?? '');
    } else rawArgs = await readJsonBody(req);
  } catch (error) {
    answerUnread(req, res, EXPORT_METHOD, error, lingerMs);
    return;
  }
  const ctx: CallContext = callContext(req, res, options);
  let download: ExportDownload;
  const first: string[] = [];
  try {
    download = downloads.open(checkedArgs(EXPORT_METHOD, rawArgs, ctx), ctx);
    // The header line and the first rows: a store that cannot read is still answered with its error.
    for (let i = 0; i < 2; i++) {
      const next = download.chunks.next();
      if (next.done) return finish(res, download, first, next.value);
      first.push(next.value);
    }
  } catch (error) {
    sendError(res, asApiError(EXPORT_METHOD, error));
    return;
  }
  res.writeHead(200, fileHeaders(download));
  for (const piece of first) res.write(piece);
  let count: number | null;
  try {
    count = await writeAll(res, download.chunks);
  } catch (error) {
    asApiError(EXPORT_METHOD, error);
    cut(res, download);
    return;
  }
  if (count === null) cut(res, download);
  else finish(res, download, [], count);
}

/** A file to save (the name is the export's own: ASCII, no quotes), never kept by a cache. */
const fileHeaders = (download: ExportDownload) => ({
  'Content-Type': download.contentType,
  'Content-Disposition': `attachment; filename="${download.filename}"`,
  'Cache-Control': 'no-store',
});

/**
 * What is sent at a time: the pieces (about 35 kB of text each) are encoded into a buffer of this size and
 * sent when it is full. Sent one by one, a 33 MB export was a thousand writes, each its own chunk of the
 * answer, its length counted in a pass of its own before being encoded, and its wait for 'drain'.
 */
const WRITE_BYTES = 256 * 1024;

/**
 * Writes the pieces as the generator makes them, waiting for the client to take what it was sent ('drain')
 * before making more, so memory holds one batch whatever the export's size. Resolves with the generator's
 * count, or null when the client went away first (the generator is then closed: no more rows are read).
 */
async function writeAll(res: ServerResponse, chunks: Generator<string, number>): Promise<number | null> {
  // A buffer is used again once the socket has written it (the write's callback): two or three in all, where
  // a new one per write would leave 330 MB of them to the garbage collector at a million rows.
  const spare: Buffer[] = [];
  let buffer: Buffer = Buffer.allocUnsafe(WRITE_BYTES);
  let used = 0;
  /** Sends what the buffer holds; false when the connection closed before the client took it. */
  const send = async (): Promise<boolean> => {
    if (used === 0) return !res.destroyed;
    const full = buffer;
    const sent = res.write(full.subarray(0, used), () => spare.push(full));
    buffer = spare.pop() ?? Buffer.allocUnsafe(WRITE_BYTES);
    used = 0;
    return sent || drained(res);
  };
  for (;;) {
    if (res.destroyed) {
      chunks.return(0);
      return null;
    }
    const next = chunks.next();
    if (next.done) return (await send()) ? next.value : null;
    // At most 3 bytes of UTF-8 per UTF-16 unit (a surrogate pair: 4 for 2).
    const room = next.value.length * 3;
    if (used + room > WRITE_BYTES && !(await send())) {
      chunks.return(0);
      return null;
    }
    if (room <= WRITE_BYTES) used += buffer.write(next.value, used, 'utf8');
    else if (!res.write(next.value) && !(await drained(res))) {
      chunks.return(0);
      return null;
    }
  }
}

/** True once the client has taken what was written; false if the connection closed instead. */
function drained(res: ServerResponse): Promise<boolean> {
  if (res.destroyed) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (ok: boolean) => () => {
      res.off('drain', onDrain);
      res.off('close', onClose);
      resolve(ok);
    };
    const onDrain = done(true);
    const onClose = done(false);
    res.once('drain', onDrain);
    res.once('close', onClose);
  });
}

/** The whole file is out: recorded, then ended (a record that fails cuts the answer instead: no unaudited file). */
function finish(res: ServerResponse, download: ExportDownload, pieces: string[], count: number): void {
  try {
    download.written(count);
  } catch (error) {
    const failure = asApiError(EXPORT_METHOD, error);
    if (res.headersSent) res.destroy();
    else sendError(res, failure);
    return;
  }
  if (!res.headersSent) res.writeHead(200, fileHeaders(download));
  res.end(pieces.join(''));
}

/** Stopped part-way: the connection is cut (no end of the chunked answer), and what left is recorded as cut. */
function cut(res: ServerResponse, download: ExportDownload): void {
  res.destroy();
  try {
    download.cut();
  } catch (error) {
    asApiError(EXPORT_METHOD, error);
  }
}
