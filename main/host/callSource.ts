import type { IncomingMessage } from 'node:http';
import { isIPv4, isIPv6 } from 'node:net';

/** The header the console sets on calls its timers make (a poll), so they do not keep a staff session alive. */
export const BACKGROUND_HEADER = 'x-linli-background';

/** Whether the client marked this call as a timer's, not a person's. */
export function isBackgroundCall(req: IncomingMessage): boolean {
  return req.headers[BACKGROUND_HEADER] === '1';
}

/**
 * Who is calling, for per-source throttles (CallContext.source): `ip:<address>`.
 * Behind the configured reverse proxy (`host.publicOrigin`), the TCP peer is
 * the proxy, so the address is the last one in X-Forwarded-For: the one the
 * proxy itself added (anything before it the client could have written).
 * Without a proxy the header is ignored: any caller could forge it. IPv6
 * addresses count per /64, the block one household or host gets, so one
 * machine cannot take a fresh source for every guess.
 */
export function callSource(req: IncomingMessage, behindProxy: boolean): string {
  const forwarded = behindProxy ? lastForwarded(req.headers['x-forwarded-for']) : undefined;
  return `ip:${sourceAddress(forwarded ?? req.socket.remoteAddress ?? 'unknown')}`;
}

function lastForwarded(header: string | string[] | undefined): string | undefined {
  const joined = Array.isArray(header) ? header.join(',') : header;
  const last = joined?.split(',').at(-1)?.trim();
  return last !== undefined && (isIPv4(last) || isIPv6(last)) ? last : undefined;
}

/** An IPv4 address as it is (also when mapped into IPv6); an IPv6 address as its /64 prefix. */
export function sourceAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address) || address === '::1') return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const headParts = head === '' ? [] : head.split(':');
  const tailParts = tail === '' ? [] : tail.split(':');
  const groups = address.includes('::')
    ? [...headParts, ...Array(8 - headParts.length - tailParts.length).fill('0'), ...tailParts]
    : headParts;
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}
