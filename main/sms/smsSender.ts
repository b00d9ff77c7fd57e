import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock';
import { createSendLoop, type SendLoop } from '../outbox/sendLoop';
import type { Store } from '../store/store';
import { smsText } from './messages';
import type { SmsOutcome, SmsProvider } from './provider';

/** A failed SMS is tried again 1 minute later, then 5, then every 30: news of a case is worth a short wait, not an hour. */
export const SMS_RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000] as const;
/** How often the sender looks for news and retries due messages (besides the nudge after each status change). */
export const SMS_INTERVAL_MS = 60_000;
/** Messages per tick: a provider that is down costs a tick at most this many timeouts. */
export const SMS_PER_TICK = 20;
/** A row another instance has held `sending` this long is abandoned (that process died mid-send). */
export const SMS_ABANDONED_AFTER_MS = 5 * 60_000;
/** A status change older than this when the sender first sees it is not news any more (a kiosk long off). */
export const SMS_NEWS_WINDOW_MS = 24 * 60 * 60_000;

const ACTOR = 'sms';

export interface SmsSenderDeps {
  store: Store;
  provider: SmsProvider;
  now: Clock;
  /** Attempts before a message is given up, its reason kept for staff. */
  maxAttempts: number;
  /** The centre's name per language, for the message's signature. */
  centreName: Partial<Record<string, string>>;
  instanceId?: string;
}

/** What one tick did, for logs and tests. */
export interface SmsTickReport {
  enqueued: number;
  sent: number;
  failed: number;
  gaveUp: number;
  uncertain: number;
}

/** Queues the status changes residents are to be told of and sends those due (`tick`); `stop` ends it. */
export type SmsSender = SendLoop<SmsTickReport>;

/** When a message that failed `attempts` times is tried again, or null when it is given up. */
export function nextSmsTry(attempts: number, maxAttempts: number, at: Date): Date | null {
  if (attempts >= maxAttempts) return null;
  const delay = SMS_RETRY_DELAYS_MS[Math.min(attempts, SMS_RETRY_DELAYS_MS.length) - 1]!;
  return new Date(at.getTime() + delay);
}

const empty = (): SmsTickReport => ({ enqueued: 0, sent: 0, failed: 0, gaveUp: 0, uncertain: 0 });

/**
 * Tells consenting residents by SMS when their case moves, through the SMS
 * outbox (main/store/smsOutbox.ts), on the forwarder's model
 * (main/forwarding/forwarder.ts): a message is claimed (`sending`, committed)
 * before it leaves, so one the provider may have taken is never sent again;
 * a refusal is tried again later, up to `maxAttempts`, then given up with its
 * reason in the audit log and in the case's detail. Staff never wait for it:
 * a status change only writes history; the next tick finds what to send.
 */
export function createSmsSender(deps: SmsSenderDeps): SmsSender {
  const { store, provider, now, maxAttempts, centreName, instanceId = randomUUID() } = deps;
  const { sms, audit } = store;

  function holdAbandoned(report: SmsTickReport): void {
    const staleBefore = new Date(now().getTime() - SMS_ABANDONED_AFTER_MS);
    const reason = 'the kiosk stopped while sending: it may have been sent';
    for (const id of sms.holdAbandoned(instanceId, staleBefore, reason)) {
      report.uncertain++;
      audit.record({ actor: ACTOR, action: 'sms.uncertain', detail: { id, ref: sms.get(id)?.ref, reason } });
    }
  }

  function record(id: number, ref: string, outcome: SmsOutcome, report: SmsTickReport): void {
    if (outcome.kind === 'accepted') {
      sms.markSent(id, instanceId, outcome.providerId);
      report.sent++;
      return;
    }
    if (outcome.kind === 'uncertain') {
      sms.markUncertain(id, instanceId, outcome.reason);
      audit.record({ actor: ACTOR, action: 'sms.uncertain', detail: { id, ref, reason: outcome.reason } });
      report.uncertain++;
      return;
    }
    const attempts = sms.markFailed(id, instanceId, outcome.reason, (n) => nextSmsTry(n, maxAttempts, now()));
    report.failed++;
    if (attempts >= maxAttempts) {
      report.gaveUp++;
      audit.record({ actor: ACTOR, action: 'sms.failed', detail: { id, ref, attempts, reason: outcome.reason } });
    }
  }

  async function sendOne(entry: ReturnType<typeof sms.due>[number], report: SmsTickReport): Promise<void> {
    if (entry.phone === null) {
      sms.cancel(entry.id, 'the phone was removed');
      return;
    }
    if (!sms.claim(entry.id, instanceId)) return; // another instance took it
    const centre = centreName[entry.language] ?? centreName['zh-CN'] ?? '';
    let outcome: SmsOutcome;
    try {
      outcome = await provider.send({
        id: entry.id,
        phone: entry.phone,
        template: entry.template,
        language: entry.language,
        ref: entry.ref,
        text: smsText(entry.template, entry.language, { ref: entry.ref, centre }),
      });
    } catch (error) {
      outcome = { kind: 'uncertain', reason: `the provider failed: ${(error as Error).message}` };
    }
    record(entry.id, entry.ref, outcome, report);
  }

  return createSendLoop({
    empty,
    prepare(report) {
      holdAbandoned(report);
      report.enqueued = sms.enqueue(new Date(now().getTime() - SMS_NEWS_WINDOW_MS));
    },
    due: () => sms.due(SMS_PER_TICK),
    sendOne,
  });
}
