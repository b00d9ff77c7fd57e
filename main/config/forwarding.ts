import * as z from 'zod';
import { DEFAULT_CATALOGUE } from '../../app/domain/catalogue';
import type { ConfigProblem } from './consistency';
import type { ParsedConfigFile } from './schema';

/** Loopback names: plain http is allowed only to these (a test server, or a proxy on the kiosk itself). */
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/**
 * The city's Open311 GeoReport v2 endpoint, without `/requests.json`. It
 * carries the api_key and residents' contact details, so only https — or
 * http to this computer.
 */
const Endpoint = z
  .url()
  .refine((text) => !/[?#]/.test(text), { message: 'must not have a query or a fragment' })
  .refine(
    (text) => {
      if (!URL.canParse(text)) return true; // z.url() has said so already
      const url = new URL(text);
      return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname));
    },
    { message: 'must be an https:// address (http:// only to 127.0.0.1 or localhost)' },
  );

/** `forwarding` in config.json: absent, nothing is forwarded. */
export const ForwardingConfig = z
  .object({
    endpoint: Endpoint,
    apiKey: z.string().trim().min(1).max(500),
    /** Needed only by an endpoint that serves several jurisdictions (GeoReport v2, "POST Service Request"). */
    jurisdictionId: z.string().trim().min(1).max(200).optional(),
    /** Catalogue code → the city's service_code; submissions of a category not listed here are not forwarded. */
    serviceCodes: z
      .record(z.string(), z.string().trim().min(1).max(200))
      .refine((codes) => Object.keys(codes).length > 0, { message: 'must map at least one catalogue code' }),
  })
  .strict();
export type ForwardingConfig = z.output<typeof ForwardingConfig>;

/** `retention` in config.json. */
export const RetentionConfig = z
  .object({
    /** Personal details of a submission closed longer than this are removed by `purge` (DESIGN.md, "Storage and staff"). */
    closedDays: z.number().int().min(1).max(3650).default(180),
  })
  .strict();

/** Every mapped code must be one this kiosk offers, or the mapping has a typo and those would never be forwarded. */
export function forwardingProblems(file: ParsedConfigFile): ConfigProblem[] {
  if (file.forwarding === undefined) return [];
  const offered = new Set((file.catalogue ?? DEFAULT_CATALOGUE).map((c) => c.code));
  return Object.keys(file.forwarding.serviceCodes)
    .filter((code) => !offered.has(code))
    .map((code) => ({ path: ['forwarding', 'serviceCodes', code], message: 'is not a code in the catalogue' }));
}

/** `https://city.example/open311/v2` → `https://city.example/open311/v2/requests.json`. */
export const requestsUrl = (endpoint: string): string => `${endpoint.replace(/\/+$/, '')}/requests.json`;
