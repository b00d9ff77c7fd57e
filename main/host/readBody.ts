import type { IncomingMessage } from 'node:http';
import { ApiError } from '../../app/contract/errors';

export const BODY_LIMIT = 64 * 1024;

const tooLarge = (limit: number) => new ApiError('too-large', `body: must be at most ${limit / 1024} KiB`, 'body');

/** The request says it carries a body (a length other than 0, or chunks). */
export function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * Reads at most `limit` bytes. Past that (or when the declared length is
 * past it) it stops reading: the caller answers 413 and closes the
 * connection without reading the rest (timeouts.ts, closeWithoutReading).
 */
function readLimited(req: IncomingMessage, limit: number): Promise<Buffer> {
  if (Number(req.headers['content-length']) > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      stop();
      req.pause();
      reject(tooLarge(limit));
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

function isJsonContentType(header: string | undefined): boolean {
  return header?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * The JSON object a KioskApi call sends; an empty body is `{}`. Throws
 * ApiError 'invalid' (field `body` or `content-type`) or 'too-large'; the
 * caller answers a wrong Content-Type with 415.
 */
export async function readJsonBody(req: IncomingMessage, limit = BODY_LIMIT): Promise<unknown> {
  // Not read: the caller answers 415 and closes the connection rather than reading a body it will not use.
  if (hasBody(req) && !isJsonContentType(req.headers['content-type'])) {
    throw new ApiError('invalid', 'content-type: must be application/json', 'content-type');
  }
  const bytes = await readLimited(req, limit);
  let text: string;
  try {
    // fatal: invalid UTF-8 is refused, not turned into U+FFFD and stored as something the resident never sent.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError('invalid', 'body: is not valid UTF-8', 'body');
  }
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError('invalid', 'body: is not valid JSON', 'body');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ApiError('invalid', 'body: must be a JSON object', 'body');
  }
  return value;
}
