import type { IncomingMessage } from 'node:http';
import { ApiError } from '../../app/contract/errors';

const LOOPBACK = ['127.0.0.1', 'localhost', '::1'];

const hostPart = (address: string) => (address.includes(':') ? `[${address}]` : address);

/**
 * The Host header values the kiosk answers to: its own address and port, and
 * the public origin's host when it is behind a proxy; nothing a foreign DNS
 * name points here.
 */
export function allowedHosts(bind: string, port: number, publicOrigin?: string): Set<string> {
  const names = LOOPBACK.includes(bind) || bind.startsWith('127.') ? [...LOOPBACK, bind] : [bind];
  const hosts = new Set<string>();
  for (const name of names) {
    hosts.add(`${hostPart(name)}:${port}`);
    if (port === 80) hosts.add(hostPart(name));
  }
  if (publicOrigin !== undefined) hosts.add(new URL(publicOrigin).host);
  return hosts;
}

/**
 * Refuses a request whose Host is not the kiosk's own (a DNS-rebinding page
 * would carry its own name there), and an API call from a page of another
 * origin (a browser sends Origin on cross-origin and on every POST).
 */
export function checkRequestSource(
  req: IncomingMessage,
  allowed: Set<string>,
  isApi: boolean,
  publicOrigin?: string,
): ApiError | null {
  const host = req.headers.host?.toLowerCase();
  if (host === undefined || !allowed.has(host)) {
    return new ApiError('forbidden', 'This kiosk answers only at its own address');
  }
  const origin = req.headers.origin?.toLowerCase();
  const ownOrigin = origin === `http://${host}` || origin === publicOrigin;
  if (isApi && req.method !== 'GET' && origin !== undefined && !ownOrigin) {
    return new ApiError('forbidden', 'Calls are accepted only from the kiosk’s own pages');
  }
  return null;
}
