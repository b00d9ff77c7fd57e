import type { ServerResponse } from 'node:http';
import { ApiError, HTTP_STATUS } from '../../app/contract/errors';
import type { SpeechConfig } from '../config/speech';
import { contentSecurityPolicy } from './contentSecurity';

/** On every response: the page may load only its own resources, and never inside a frame. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  // No other page keeps a handle on this one (window.opener), nor embeds its resources.
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // The microphone (voice input) for the kiosk's own page only; no camera, location or payment.
  'Permissions-Policy': 'camera=(), geolocation=(), microphone=(self), payment=(), usb=()',
};

/** The security headers for a centre's speech settings: the CSP lets the page reach its speech service. */
export function securityHeaders(speech?: Pick<SpeechConfig, 'provider' | 'azure'>): Readonly<Record<string, string>> {
  return { ...SECURITY_HEADERS, 'Content-Security-Policy': contentSecurityPolicy(speech) };
}

export function setSecurityHeaders(
  res: ServerResponse,
  headers: Readonly<Record<string, string>> = SECURITY_HEADERS,
): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/** `{ "error": { "code", "message", "field"? } }` with the code's HTTP status (415 and 405 where HTTP has a better word). */
export function sendError(res: ServerResponse, error: ApiError, status = HTTP_STATUS[error.code]): void {
  if (error.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(error.retryAfterSeconds));
  sendJson(res, status, error.toBody());
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

export const internalError = () => new ApiError('internal', 'Internal error');
