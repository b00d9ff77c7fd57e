import { randomUUID } from 'node:crypto';
import type { Submission } from '../../app/domain/submission';
import type { Clock } from '../clock';
import { type ForwardingConfig, requestsUrl } from '../config/forwarding';
import { createSendLoop, type SendLoop } from '../outbox/sendLoop';
import type { Store } from '../store/store';
import type { HttpClient } from './httpClient';
import { judge, requestForm, type Verdict } from './open311';

/**
 * Retry timing: 5 minutes after the first failure, since a short outage often passes, then every
 * 30 minutes, so that a city that is down is not pressed.
 */
export const RETRY_AFTER_FIRST_MS = 5 * 60_000;
export const RETRY_AFTER_MORE_MS = 30 * 60_000;
/** Sends per tick, one after another: a city that is down costs each tick at most this many timeouts. */
export const SENDS_PER_TICK = 20;
/**
 * A row another instance has held `sending` this long is abandoned (that
 * process died mid-send). Far longer than a send can take (the HTTP client's
 * timeout is 30 s), so a live instance's send is never taken for dead.
 */
export const ABANDONED_AFTER_MS = 5 * 60_000;

const ACTOR = 'forwarder';
const FORWARDABLE = new Set<Submission['status']>(['queued', 'collected']);

export interface ForwarderDeps {
  store: Store;
  config: ForwardingConfig;
  now: Clock;
  http: HttpClient;
  /** Names this instance in the rows it claims; a new one per process. */
  instanceId?: string;
}

/** What one tick did, for logs and tests. */
export interface TickReport {
  enqueued: number;
  sent: number;
  failed: number;
  uncertain: number;
  cancelled: number;
}

/** Takes on new submissions and sends those due (`tick`); `stop` ends it. */
export type Forwarder = SendLoop<TickReport>;

export function nextTry(failures: number, at: Date): Date {
  return new Date(at.getTime() + (failures <= 1 ? RETRY_AFTER_FIRST_MS : RETRY_AFTER_MORE_MS));
}

/**
 * Forwards submissions to the city's Open311 GeoReport v2 endpoint through
 * the outbox (main/store/outbox.ts), each at most once.
 *
 * Why never twice: GeoReport v2 has no idempotency key, so the only way not
 * to duplicate a request is never to send again one the city may have. Each
 * row is claimed (`pending` → `sending`, committed with synchronous=FULL)
 * before its request leaves. Then:
 *
 * - The city answers with an id or token: `sent`, and the submission becomes
 *   `forwarded`, in one transaction.
 * - The city answers with an error status, or no connection was made: it does
 *   not have the request, so `pending` again with the next try.
 * - The request left but no usable answer came (timeout, cut-off connection,
 *   a success without an id): `uncertain`, never sent again by itself.
 * - The process dies between sending and recording the answer — the window
 *   between the city answering and the commit: the row is still `sending` at
 *   the next start, and the next tick makes it `uncertain` too.
 *
 * So a crash can leave a request not forwarded (staff see `uncertain` in the
 * audit log and in `admin outbox`, check with the city by reference number —
 * it is sent as attribute[ref] — and either mark the submission forwarded or
 * send it again with `admin outbox --retry REF`), but never forwarded twice.
 * That is the right way round: a duplicate in the city's queue costs its staff
 * work and cannot be withdrawn from here; a gap is visible and is closed by a
 * person.
 */
export function createForwarder({ store, config, now, http, instanceId = randomUUID() }: ForwarderDeps): Forwarder {
  const { outbox, submissions, audit } = store;
  const url = requestsUrl(config.endpoint);
  const mapped = Object.keys(config.serviceCodes);

  function holdAbandoned(report: TickReport): void {
    const staleBefore = new Date(now().getTime() - ABANDONED_AFTER_MS);
    const reason = 'the kiosk stopped while sending: check with the city before sending it again';
    for (const id of outbox.holdAbandoned(instanceId, staleBefore, reason)) {
      report.uncertain++;
      audit.record({ actor: ACTOR, action: 'forwarding.uncertain', detail: { id, reason } });
    }
  }

  /** The request, or why this submission is no longer to be sent (it was closed, or its category unmapped). */
  function prepare(id: number): { form: URLSearchParams; ref: string } | { cancel: string } {
    const submission = submissions.getById(id);
    if (submission === undefined) return { cancel: 'the submission is gone' };
    if (!FORWARDABLE.has(submission.status)) return { cancel: `the submission is ${submission.status}` };
    const serviceCode = config.serviceCodes[submission.category];
    if (serviceCode === undefined) return { cancel: `no city service code for ${submission.category}` };
    return { form: requestForm(submission, config, serviceCode), ref: submission.ref };
  }

  const recordAccepted = (id: number, ref: string, verdict: Extract<Verdict, { kind: 'accepted' }>) =>
    store.db.transaction(() => {
      const { serviceRequestId, token } = verdict;
      outbox.markSent(id, instanceId, { serviceRequestId, token });
      // Staff may have closed it while it was on its way: its status then stays as they set it.
      const current = submissions.getById(id);
      if (current !== undefined && FORWARDABLE.has(current.status)) {
        const note = serviceRequestId !== null ? `service_request_id ${serviceRequestId}` : `token ${token}`;
        submissions.setStatus({ ids: [id], status: 'forwarded', by: ACTOR, note: `Open311: ${note}` });
      }
      audit.record({ actor: ACTOR, action: 'forwarding.sent', detail: { id, ref, serviceRequestId, token } });
    })();

  async function sendOne(id: number, report: TickReport): Promise<void> {
    let prepared: ReturnType<typeof prepare>;
    try {
      prepared = prepare(id);
    } catch (error) {
      // A value that does not decrypt, say: nothing was sent, so it is an ordinary failure.
      outbox.claim(id, instanceId);
      outbox.markFailed(id, instanceId, `cannot be read: ${(error as Error).message}`, (n) => nextTry(n, now()));
      report.failed++;
      return;
    }
    if ('cancel' in prepared) {
      if (outbox.cancel(id, prepared.cancel)) report.cancelled++;
      return;
    }
    if (!outbox.claim(id, instanceId)) return; // another instance took it
    let verdict: Verdict;
    try {
      verdict = judge(await http.postForm(url, prepared.form), prepared.form);
    } catch (error) {
      verdict = { kind: 'uncertain', reason: `the HTTP client failed: ${(error as Error).message}` };
    }
    if (verdict.kind === 'accepted') {
      try {
        recordAccepted(id, prepared.ref, verdict);
      } catch (error) {
        // The row stays `sending` and becomes `uncertain` at the next tick; this line says what the city answered.
        console.error(
          `linli: the city accepted ${prepared.ref} (${JSON.stringify(verdict)}) but it could not be recorded`,
        );
        throw error;
      }
      report.sent++;
    } else if (verdict.kind === 'failed') {
      outbox.markFailed(id, instanceId, verdict.reason, (n) => nextTry(n, now()));
      report.failed++;
    } else {
      outbox.markUncertain(id, instanceId, verdict.reason);
      audit.record({ actor: ACTOR, action: 'forwarding.uncertain', detail: { id, reason: verdict.reason } });
      report.uncertain++;
    }
  }

  return createSendLoop({
    empty: () => ({ enqueued: 0, sent: 0, failed: 0, uncertain: 0, cancelled: 0 }),
    prepare(report) {
      holdAbandoned(report);
      report.enqueued = outbox.enqueue(mapped);
    },
    due: () => outbox.due(SENDS_PER_TICK),
    sendOne: (entry, report) => sendOne(entry.submissionId, report),
  });
}
