import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '../../app/contract/errors';
import type { CallContext, KioskApiHandlers } from '../../app/contract/kioskApi';
import { dispatch } from '../services/dispatch';
import { callSource, isBackgroundCall } from './callSource';
import { setStaffCookie, staffTokenOf } from './cookies';
import { hasBody, readJsonBody } from './readBody';
import { internalError, sendError, sendJson } from './respond';
import { closeWithoutReading, DEFAULT_TIMEOUTS } from './timeouts';

export interface ApiCallOptions {
  /** The staff cookie is `Secure` (behind an HTTPS proxy). */
  secureCookie?: boolean;
  /** After a 413, how long the answer is given before the connection is cut (timeouts.ts). */
  lingerMs?: number;
  /** The host sits behind the configured `publicOrigin` proxy: the caller is its forwarded address (callSource.ts). */
  behindProxy?: boolean;
}

/** Before answering without reading the body: a request that has one is not read, and its connection closed. */
export function refuseBody(req: IncomingMessage, res: ServerResponse, lingerMs: number): void {
  if (hasBody(req)) closeWithoutReading(req, res, lingerMs);
  else req.resume();
}

/** One line for the log: a client that hung up is routine, and a stack trace says nothing about it. */
export function oneLine(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  return code ?? String(message ?? error).split('\n', 1)[0]!;
}

/** Who calls and how, as dispatch reads it: the staff cookie's session, the source, a timer's call or a person's. */
export function callContext(
  req: IncomingMessage,
  res: ServerResponse,
  { secureCookie = false, behindProxy = false }: ApiCallOptions,
): CallContext {
  return {
    staffSession: staffTokenOf(req),
    source: callSource(req, behindProxy),
    background: isBackgroundCall(req),
    setStaffSession: (token) => setStaffCookie(res, token, secureCookie),
  };
}

/** `POST /api/<method>`: a thin transport over dispatch, the same as the IPC bridge. */
export async function handleApiCall(
  handlers: KioskApiHandlers,
  method: string,
  req: IncomingMessage,
  res: ServerResponse,
  { secureCookie = false, lingerMs = DEFAULT_TIMEOUTS.lingerMs, behindProxy = false }: ApiCallOptions = {},
): Promise<void> {
  if (req.method !== 'POST') {
    refuseBody(req, res, lingerMs);
    res.setHeader('Allow', 'POST');
    sendError(res, new ApiError('invalid', 'KioskApi calls are POST requests'), 405);
    return;
  }
  try {
    const args = await readJsonBody(req);
    const ctx = callContext(req, res, { secureCookie, behindProxy });
    sendJson(res, 200, await dispatch(handlers, method, args, ctx));
  } catch (error) {
    // Only the body stream can fail here besides an ApiError (dispatch never throws anything else).
    answerUnread(req, res, method, error, lingerMs);
  }
}

/**
 * A call whose body could not be taken: an ApiError (too large, not JSON, a bad argument) is answered with
 * itself, the body left unread where it is too large or not JSON; anything else means the client went away.
 */
export function answerUnread(
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  error: unknown,
  lingerMs: number,
): void {
  if (!(error instanceof ApiError)) {
    console.error(`linli: reading a call to ${method} failed: the client hung up (${oneLine(error)})`);
    if (!res.headersSent) sendError(res, internalError());
    return;
  }
  if (error.code === 'too-large' || error.field === 'content-type') closeWithoutReading(req, res, lingerMs);
  sendError(res, error, error.field === 'content-type' ? 415 : undefined);
}
