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
  if (isApi && req.method !== 'GET' && origin !== undefined && !isOwnOrigin(origin, host, publicOrigin)) {
    return new ApiError('forbidden', 'Calls are accepted only from the kiosk’s own pages');
  }
  return null;
}

const isOwnOrigin = (origin: string, host: string | undefined, publicOrigin: string | undefined) =>
  origin === `http://${host}` || origin === publicOrigin;

/**
 * Refuses a download of residents' data (the export) that a page of another origin asked for, GET or POST,
 * before any byte: the session cookie is SameSite=Strict, but a page on the same site (another port of
 * this address, another name of the centre's domain) still gets it sent, and a GET carries no Origin. A
 * browser says where a request comes from in Sec-Fetch-Site (Fetch Metadata): `same-origin` from the staff
 * console, `none` for an address typed or bookmarked; `same-site` and `cross-site` are refused, and so is
 * an Origin that is not the kiosk's own. A client that sends neither (a script such as the benchmark) is let
 * through to the staff session check as before.
 */
export function checkDownloadSource(req: IncomingMessage, publicOrigin?: string): ApiError | null {
  const site = req.headers['sec-fetch-site']?.toLowerCase();
  const origin = req.headers.origin?.toLowerCase();
  const crossSite = site === 'cross-site' || site === 'same-site';
  if (crossSite || (origin !== undefined && !isOwnOrigin(origin, req.headers.host?.toLowerCase(), publicOrigin))) {
    return new ApiError('forbidden', 'Files are given only to the kiosk’s own pages');
  }
  return null;
}
