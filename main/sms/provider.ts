import type { SmsTemplate } from '../../app/sms/templates';
import type { PostOutcome } from '../forwarding/httpClient';

/** One SMS as the sender hands it to a provider: the reference and the template, never what the resident wrote. */
export interface OutgoingSms {
  /** The outbox row's id: stable across attempts, so a provider that can deduplicate may. */
  id: number;
  phone: string;
  template: SmsTemplate;
  language: string;
  ref: string;
  /** The message in the submission's language (locales' `sms.status.*`), for providers that take text. */
  text: string;
}

/**
 * What became of one send, told apart like the forwarder's: whether the
 * provider can have taken it decides whether trying again could send twice.
 */
export type SmsOutcome =
  | { kind: 'accepted'; providerId: string | null }
  /** The provider did not take it (refused, or never reached): safe to try again. */
  | { kind: 'failed'; reason: string }
  /** It may have been taken: never sent again by itself. */
  | { kind: 'uncertain'; reason: string };

/** A way of sending SMS (a webhook, Alibaba Cloud, …); tests pass their own. Never rejects. */
export interface SmsProvider {
  readonly name: string;
  send(message: OutgoingSms): Promise<SmsOutcome>;
}

/** How a provider posts; by default postOnce (main/forwarding/httpClient.ts), tests may pass their own. */
export type Post = (url: string, body: Buffer, headers: Record<string, string>) => Promise<PostOutcome>;

/** The answer's body, short and on one line, for the reason staff see (a provider's error text, never ours). */
export const excerpt = (body: string) => body.replace(/\s+/g, ' ').trim().slice(0, 200);

/** The outcome of a POST whose answer is not a success: it never reached, or was refused, or may have been taken. */
export function unanswered(outcome: Exclude<PostOutcome, { kind: 'answered' }>): SmsOutcome {
  return outcome.kind === 'not-sent'
    ? { kind: 'failed', reason: `not reached: ${outcome.reason}` }
    : { kind: 'uncertain', reason: `no answer: ${outcome.reason}` };
}
