import type { IncomingMessage, ServerResponse } from 'node:http';

export const STAFF_COOKIE = 'linli_staff';

/** The staff session token from the request's cookie, or null. */
export function staffTokenOf(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === STAFF_COOKIE) return value.join('=') || null;
  }
  return null;
}

/**
 * HttpOnly: scripts in the page never see the token. SameSite=Strict: no
 * other site can make the browser send it. Secure when browsers reach the
 * host over TLS (a proxy's https public origin): never sent in the clear. No
 * Max-Age: the browser drops it when it closes, and the server expires idle
 * sessions on its own.
 */
export function setStaffCookie(res: ServerResponse, token: string | null, secure = false): void {
  const attributes = `HttpOnly; SameSite=Strict; Path=/${secure ? '; Secure' : ''}`;
  res.setHeader(
    'Set-Cookie',
    token === null ? `${STAFF_COOKIE}=; ${attributes}; Max-Age=0` : `${STAFF_COOKIE}=${token}; ${attributes}`,
  );
}
