import type { Submission } from '../../app/domain/submission';
import type { ForwardingConfig } from '../config/forwarding';
import { toOpen311Request } from '../exports/open311';
import { maskedExcerpt, safeErrorCode, wordsSent } from './cityAnswer';
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

/**
 * The city's answer as it is kept: status, GeoReport error code, length and a masked excerpt of its
 * message (cityAnswer.ts) — never its words as they came, which may quote the resident's.
 */
function answerText(status: number, body: string, sent: ReadonlySet<string>, what = ''): string {
  const record = firstRecord(parseJson(body));
  const code = safeErrorCode(record?.code, sent);
  const description = record?.description;
  const message = typeof description === 'string' ? description : body;
  const parts = [`HTTP ${status}${what}`];
  if (code !== null) parts.push(`code ${code}`);
  if (body !== '') parts.push(`${Buffer.byteLength(body)} bytes`);
  const excerpt = maskedExcerpt(message, sent);
  return clip(`${parts.join(', ')}${excerpt === '' ? '' : `: ${excerpt}`}`);
}

/** `sent`: the request's form, whose personal words are masked in what is kept of the answer. */
export function judge(outcome: PostOutcome, sent?: URLSearchParams): Verdict {
  if (outcome.kind === 'not-sent') return { kind: 'failed', reason: clip(`not sent: ${outcome.reason}`) };
  if (outcome.kind === 'no-answer') return { kind: 'uncertain', reason: clip(`sent, no answer: ${outcome.reason}`) };
  const { status, body } = outcome;
  const words = wordsSent(sent);
  if (status < 200 || status >= 300) return { kind: 'failed', reason: answerText(status, body, words) };
  const record = firstRecord(parseJson(body));
  const serviceRequestId = idText(record?.service_request_id);
  const token = idText(record?.token);
  if (serviceRequestId !== null || token !== null) return { kind: 'accepted', serviceRequestId, token };
  // A success we cannot read: the city most likely created the request, so it must not be sent again.
  return { kind: 'uncertain', reason: answerText(status, body, words, ' without a service_request_id or token') };
}
