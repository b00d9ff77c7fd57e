import type { Submission } from '../../app/domain/submission';
import type { ForwardingConfig } from '../config/forwarding';
import { toOpen311Request } from '../exports/open311';
import type { PostOutcome } from './httpClient';

/**
 * The form of a GeoReport v2 "POST Service Request"
 * (https://wiki.open311.org/GeoReport_v2/#post-service-request): the export's
 * payload with the city's service code, the api_key and the jurisdiction.
 * Linli's `ref` goes only as `attribute[ref]` (the spec's place for extras),
 * not as a top-level field the city does not know.
 */
export function requestForm(submission: Submission, config: ForwardingConfig, serviceCode: string): URLSearchParams {
  const { ref: _notAnOpen311Field, ...fields } = toOpen311Request(submission);
  const form = new URLSearchParams({ ...fields, service_code: serviceCode, api_key: config.apiKey });
  if (config.jurisdictionId !== undefined) form.set('jurisdiction_id', config.jurisdictionId);
  return form;
}

/** What an attempt means for the outbox. */
export type Verdict =
  /** The city has it. */
  | { kind: 'accepted'; serviceRequestId: string | null; token: string | null }
  /** The city does not have it: try again later. */
  | { kind: 'failed'; reason: string }
  /** The city may have it: never sent again without staff checking first. */
  | { kind: 'uncertain'; reason: string };

const MAX_REASON = 300;

/** One line, short: reasons are shown to staff and kept in the outbox. */
function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_REASON ? `${flat.slice(0, MAX_REASON - 1)}…` : flat;
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** GeoReport v2 answers with a list of one; some servers send the object alone. */
function firstRecord(value: unknown): Record<string, unknown> | null {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'object' && first !== null ? (first as Record<string, unknown>) : null;
}

const idText = (value: unknown): string | null =>
  (typeof value === 'string' && value.trim() !== '') || typeof value === 'number' ? String(value).trim() : null;

/** An error answer's own words: GeoReport v2 errors are `[{ "code", "description" }]`. */
function errorText(status: number, body: string): string {
  const description = firstRecord(parseJson(body))?.description;
  const detail = typeof description === 'string' ? description : body;
  return clip(`HTTP ${status}${detail.trim() ? `: ${detail}` : ''}`);
}

export function judge(outcome: PostOutcome): Verdict {
  if (outcome.kind === 'not-sent') return { kind: 'failed', reason: clip(`not sent: ${outcome.reason}`) };
  if (outcome.kind === 'no-answer') return { kind: 'uncertain', reason: clip(`sent, no answer: ${outcome.reason}`) };
  const { status, body } = outcome;
  if (status < 200 || status >= 300) return { kind: 'failed', reason: errorText(status, body) };
  const record = firstRecord(parseJson(body));
  const serviceRequestId = idText(record?.service_request_id);
  const token = idText(record?.token);
  if (serviceRequestId !== null || token !== null) return { kind: 'accepted', serviceRequestId, token };
  // A success we cannot read: the city most likely created the request, so it must not be sent again.
  return {
    kind: 'uncertain',
    reason: clip(`HTTP ${status} without a service_request_id or token: ${body || '(empty)'}`),
  };
}
