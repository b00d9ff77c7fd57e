import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '../../app/contract/errors';
import type { CallContext, KioskApiHandlers } from '../../app/contract/kioskApi';
import { dispatch } from '../services/dispatch';
import { callSource, isBackgroundCall } from './callSource';
import { setStaffCookie, staffTokenOf } from './cookies';
import { readJsonBody } from './readBody';
import { internalError, sendError, sendJson } from './respond';

/** `POST /api/<method>`: a thin transport over dispatch, the same as the IPC bridge. */
export async function handleApiCall(
  handlers: KioskApiHandlers,
  method: string,
  req: IncomingMessage,
  res: ServerResponse,
  secureCookie = false,
  behindProxy = false,
): Promise<void> {
  if (req.method !== 'POST') {
    req.resume();
    res.setHeader('Allow', 'POST');
    sendError(res, new ApiError('invalid', 'KioskApi calls are POST requests'), 405);
    return;
  }
  try {
    const args = await readJsonBody(req);
    const ctx: CallContext = {
      staffSession: staffTokenOf(req),
      source: callSource(req, behindProxy),
      background: isBackgroundCall(req),
      setStaffSession: (token) => setStaffCookie(res, token, secureCookie),
    };
    sendJson(res, 200, await dispatch(handlers, method, args, ctx));
  } catch (error) {
    if (!(error instanceof ApiError)) {
      // Only the body stream can fail here (dispatch never throws anything else): the client went away.
      console.error(`linli: reading a call to ${method} failed:`, error);
      if (!res.headersSent) sendError(res, internalError());
      return;
    }
    sendError(res, error, error.field === 'content-type' ? 415 : undefined);
  }
}
