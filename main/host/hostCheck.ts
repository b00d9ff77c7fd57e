import type { IncomingMessage } from 'node:http';
import { ApiError } from '../../app/contract/errors';

const LOOPBACK = ['127.0.0.1', 'localhost', '::1'];

const hostPart = (address: string) => (address.includes(':') ? `[${address}]` : address);

/** The Host header values the kiosk answers to: its own address and port, nothing a foreign DNS name points here. */
export function allowedHosts(bind: string, port: number): Set<string> {
  const names = LOOPBACK.includes(bind) || bind.startsWith('127.') ? [...LOOPBACK, bind] : [bind];
  const hosts = new Set<string>();
  for (const name of names) {
    hosts.add(`${hostPart(name)}:${port}`);
    if (port === 80) hosts.add(hostPart(name));
  }
  return hosts;
}

/**
 * Refuses a request whose Host is not the kiosk's own (a DNS-rebinding page
 * would carry its own name there), and an API call from a page of another
 * origin (a browser sends Origin on cross-origin and on every POST).
 */
export function checkRequestSource(req: IncomingMessage, allowed: Set<string>, isApi: boolean): ApiError | null {
  const host = req.headers.host?.toLowerCase();
  if (host === undefined || !allowed.has(host)) {
    return new ApiError('forbidden', 'This kiosk answers only at its own address');
  }
  const origin = req.headers.origin;
  if (isApi && req.method !== 'GET' && origin !== undefined && origin.toLowerCase() !== `http://${host}`) {
    return new ApiError('forbidden', 'Calls are accepted only from the kiosk’s own pages');
  }
  return null;
}
