import type Database from 'better-sqlite3';
import { type Clock, localIso } from '../clock';
import { dueRows, type OutboxTable, outboxRows } from './outboxRows';

/**
 * Where each submission is on its way to the city (main/forwarding/forwarder.ts):
 *
 *   pending ──claim──▶ sending ──city accepted──▶ sent
 *      ▲                  │ ├──city refused, or never reached──▶ pending (failures + 1, next try later)
 *      │                  │ └──no answer we can trust──────────▶ uncertain (failures + 1)
 *      │                  └──the kiosk stopped mid-send─────────▶ uncertain (found at the next tick)
 *      └──────── staff: "send it again" (`admin outbox --retry`) ◀── uncertain
 *   pending ──the submission was closed or forwarded by hand──▶ cancelled
 *
 * `sending` is committed before the request leaves, so a request the city may
 * have accepted is never sent again by itself: see the forwarder's comment.
 */
export const OUTBOX_STATES = ['pending', 'sending', 'sent', 'uncertain', 'cancelled'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export interface OutboxEntry {
  submissionId: number;
  ref: string;
  state: OutboxState;
  failures: number;
  lastError: string | null;
  /** When a pending entry is due (null: at once). */
  nextTryAt: string | null;
  serviceRequestId: string | null;
  token: string | null;
  updatedAt: string;
}

interface OutboxRow {
  submission_id: number;
  ref: string;
  state: OutboxState;
  failures: number;
  last_error: string | null;
  next_try_at: string | null;
  service_request_id: string | null;
  token: string | null;
  updated_at: string;
}

const toEntry = (row: OutboxRow): OutboxEntry => ({
  submissionId: row.submission_id,
  ref: row.ref,
  state: row.state,
  failures: row.failures,
  lastError: row.last_error,
  nextTryAt: row.next_try_at,
  serviceRequestId: row.service_request_id,
  token: row.token,
  updatedAt: row.updated_at,
});

const SELECT = `SELECT o.*, s.ref FROM outbox o JOIN submissions s ON s.id = o.submission_id`;
const TABLE: OutboxTable = { table: 'outbox', key: 'submission_id', tries: 'failures' };

export function createOutbox(db: Database.Database, now: Clock) {
  const enqueue = db.prepare(`
    INSERT INTO outbox (submission_id, state, created_at, updated_at)
    SELECT s.id, 'pending', @at, @at FROM submissions s
    WHERE s.status IN ('queued', 'collected')
      AND s.category IN (SELECT value FROM json_each(@categories))
      AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.submission_id = s.id)
    ORDER BY s.id`);
  const due = db.prepare<{ at: string; limit: number }, OutboxRow>(`${SELECT} WHERE ${dueRows(TABLE, 'o')}`);
  // The outcome of a send is recorded by the instance that claimed the row, whatever another
  // process has decided meanwhile: it alone knows what the city answered.
  const sent = db.prepare(`
    UPDATE outbox SET state = 'sent', service_request_id = @serviceRequestId, token = @token,
      last_error = NULL, next_try_at = NULL, updated_at = @at
    WHERE submission_id = @id AND claimed_by = @instance AND state IN ('sending', 'uncertain')`);
  const failed = db.prepare<{ id: number; instance: string; reason: string; at: string; nextTryAt: string }>(`
    UPDATE outbox SET state = 'pending', failures = failures + 1, last_error = @reason, next_try_at = @nextTryAt,
      updated_at = @at
    WHERE submission_id = @id AND claimed_by = @instance AND state IN ('sending', 'uncertain')
    RETURNING failures`);
  const retry = db.prepare(`
    UPDATE outbox SET state = 'pending', next_try_at = NULL, claimed_by = NULL, claimed_at = NULL, updated_at = @at
    WHERE submission_id = @id AND state IN ('uncertain', 'pending')`);
  const byId = db.prepare<[number], OutboxRow>(`${SELECT} WHERE o.submission_id = ?`);
  const unfinished = db.prepare<[], OutboxRow>(`${SELECT} WHERE o.state NOT IN ('sent') ORDER BY o.submission_id`);

  const at = () => localIso(now());
  const rows = outboxRows(db, at, TABLE);

  return {
    holdAbandoned: rows.holdAbandoned,
    claim: rows.claim,
    markUncertain: rows.markUncertain,
    cancel: rows.cancel,

    /** Takes on every queued or collected submission of these categories that is not in the outbox yet; returns how many. */
    enqueue(categories: readonly string[]): number {
      return enqueue.run({ categories: JSON.stringify(categories), at: at() }).changes;
    },

    /** Pending entries whose time has come, oldest due first. */
    due(limit: number): OutboxEntry[] {
      return due.all({ at: at(), limit }).map(toEntry);
    },

    markSent(id: number, instance: string, answer: { serviceRequestId: string | null; token: string | null }): boolean {
      return sent.run({ id, instance, ...answer, at: at() }).changes === 1;
    },

    /** The city did not take it: pending again, due at `nextTry(failures)`. Returns the failure count, or null. */
    markFailed(id: number, instance: string, reason: string, nextTry: (failures: number) => Date): number | null {
      const mark = db.transaction(() => {
        const current = byId.get(id);
        if (current === undefined) return null;
        const nextTryAt = localIso(nextTry(current.failures + 1));
        return failed.get({ id, instance, reason, at: at(), nextTryAt }) === undefined ? null : current.failures + 1;
      });
      return mark.immediate();
    },

    /** Staff checked with the city that it does not have this one: send it at the next tick. */
    retry(id: number): boolean {
      return retry.run({ id, at: at() }).changes === 1;
    },

    get(id: number): OutboxEntry | undefined {
      const row = byId.get(id);
      return row === undefined ? undefined : toEntry(row);
    },

    /** Everything not sent yet, for staff. */
    unfinished(): OutboxEntry[] {
      return unfinished.all().map(toEntry);
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
