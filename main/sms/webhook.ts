import { excerpt, type Post, type SmsProvider, unanswered } from './provider';

/** The header that carries the shared secret, so the gateway can refuse anyone else. */
export const WEBHOOK_SECRET_HEADER = 'X-Linli-Secret';

/**
 * A gateway of the centre's own: each message is POSTed as JSON
 * `{ id, to, template, language, ref, text }` with the shared secret in
 * `X-Linli-Secret` and `Idempotency-Key: linli-sms-<id>` (the same for every
 * attempt of one message, so a gateway may drop a repeat). Any 2xx is taken;
 * a JSON answer's `id`, when there is one, is kept as the provider's id.
 */
export function webhookProvider({ url, secret, post }: { url: string; secret: string; post: Post }): SmsProvider {
  return {
    name: 'webhook',
    async send(message) {
      const { id, phone, template, language, ref, text } = message;
      const body = Buffer.from(JSON.stringify({ id, to: phone, template, language, ref, text }), 'utf8');
      const outcome = await post(url, body, {
        'Content-Type': 'application/json; charset=utf-8',
        Accept: 'application/json',
        [WEBHOOK_SECRET_HEADER]: secret,
        'Idempotency-Key': `linli-sms-${id}`,
      });
      if (outcome.kind !== 'answered') return unanswered(outcome);
      if (outcome.status < 200 || outcome.status >= 300) {
        return { kind: 'failed', reason: `HTTP ${outcome.status}: ${excerpt(outcome.body)}` };
      }
      return { kind: 'accepted', providerId: answeredId(outcome.body) };
    },
  };
}

function answeredId(body: string): string | null {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === 'object' && parsed !== null && 'id' in parsed) {
      const { id } = parsed as { id: unknown };
      if (typeof id === 'string' || typeof id === 'number') return String(id).slice(0, 200);
    }
  } catch {
    // Not JSON: a 2xx is enough.
  }
  return null;
}
