import type Database from 'better-sqlite3';
import { NOTIFIED_STATUSES, type SmsTemplate, smsTemplateFor } from '../../app/sms/templates';
import { type Clock, localIso } from '../clock';
import { dueRows, type OutboxTable, outboxRows } from './outboxRows';

/**
 * The SMS a consenting resident is to get, one per status change (main/sms/smsSender.ts):
 *
 *   pending ──claim──▶ sending ──provider took it──────────────▶ sent
 *      ▲                  │ ├──refused, or never reached────────▶ pending (attempts + 1, next try later)
 *      │                  │ │                                     or failed, after the last attempt
 *      │                  │ └──no answer we can trust────────────▶ uncertain (never sent again by itself)
 *      │                  └──the kiosk stopped mid-send──────────▶ uncertain (found at the next tick)
 *   pending ──the phone is gone (retention purge)──▶ cancelled
 *
 * `sending` is committed before the message leaves, so a message the provider
 * may have taken is never sent twice: a resident who gets one SMS too few can
 * look the case up; two of the same would be noise at best.
 */
export const SMS_STATES = ['pending', 'sending', 'sent', 'uncertain', 'failed', 'cancelled'] as const;
export type SmsState = (typeof SMS_STATES)[number];

export interface SmsMessage {
  id: number;
  submissionId: number;
  /** The "me too" supporter it is for, or null for the case's own resident. */
  supporterId: number | null;
  /** The recipient's own reference: the supporter's for a supporter, never the case owner's. */
  ref: string;
  phone: string | null;
  template: SmsTemplate;
  language: string;
  state: SmsState;
  attempts: number;
  nextTryAt: string | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
}

interface Row {
  id: number;
  submission_id: number;
  supporter_id: number | null;
  ref: string;
  phone: string | null;
  template: SmsTemplate;
  language: string;
  state: SmsState;
  attempts: number;
  next_try_at: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

const toMessage = (row: Row): SmsMessage => ({
  id: row.id,
  submissionId: row.submission_id,
  supporterId: row.supporter_id,
  ref: row.ref,
  phone: row.phone,
  template: row.template,
  language: row.language,
  state: row.state,
  attempts: row.attempts,
  nextTryAt: row.next_try_at,
  lastError: row.last_error,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

// A supporter's message carries the supporter's own reference, so the case owner's is never texted to them.
const SELECT = `SELECT m.*, coalesce(p.ref, s.ref) AS ref FROM sms_outbox m
  JOIN submissions s ON s.id = m.submission_id LEFT JOIN supporters p ON p.id = m.supporter_id`;
const TABLE: OutboxTable = { table: 'sms_outbox', key: 'id', tries: 'attempts' };
/** The change is a move to another status (one that only added a public note is not news for an SMS). */
const MOVED = `h.status IS NOT (SELECT prev.status FROM status_history prev
  WHERE prev.submission_id = h.submission_id AND prev.id < h.id ORDER BY prev.id DESC LIMIT 1)`;

interface Change {
  id: number;
  submission_id: number;
  supporter_id: number | null;
  status: string;
  phone: string;
  language: string;
}

export function createSmsOutbox(db: Database.Database, now: Clock) {
  const changes = db.prepare<{ since: string; statuses: string }, Change>(`
    SELECT h.id, h.submission_id, NULL AS supporter_id, h.status, s.phone, s.language
    FROM status_history h JOIN submissions s ON s.id = h.submission_id
    WHERE s.sms_consent = 1 AND s.phone IS NOT NULL
      AND h.status IN (SELECT value FROM json_each(@statuses))
      AND julianday(h.at) >= julianday(@since)
      AND NOT EXISTS (SELECT 1 FROM sms_outbox m WHERE m.history_id = h.id AND m.supporter_id IS NULL)
      AND ${MOVED}
    ORDER BY h.id`);
  // Supporters who asked to be told hear of the case they support now: a merge moved those of the merged case
  // here (main/store/supporters.ts). Only changes since they joined are news to them.
  const supporterChanges = db.prepare<{ since: string; statuses: string }, Change>(`
    SELECT h.id, h.submission_id, p.id AS supporter_id, h.status, p.phone, coalesce(p.language, s.language) AS language
    FROM status_history h JOIN supporters p ON p.submission_id = h.submission_id
      JOIN submissions s ON s.id = h.submission_id
    WHERE p.notify = 1 AND p.phone IS NOT NULL
      AND h.status IN (SELECT value FROM json_each(@statuses))
      AND julianday(h.at) >= julianday(@since) AND julianday(h.at) >= julianday(p.created_at)
      AND NOT EXISTS (SELECT 1 FROM sms_outbox m WHERE m.history_id = h.id AND m.supporter_id = p.id)
      AND ${MOVED}
    ORDER BY h.id, p.id`);
  const insert = db.prepare(`
    INSERT OR IGNORE INTO sms_outbox (submission_id, history_id, supporter_id, phone, template, language, state,
      created_at, updated_at)
    VALUES (@submissionId, @historyId, @supporterId, @phone, @template, @language, 'pending', @at, @at)`);
  const due = db.prepare<{ at: string; limit: number }, Row>(`${SELECT} WHERE ${dueRows(TABLE, 'm')}`);
  const sent = db.prepare(`
    UPDATE sms_outbox SET state = 'sent', attempts = attempts + 1, provider_id = @providerId, last_error = NULL,
      next_try_at = NULL, updated_at = @at
    WHERE id = @id AND claimed_by = @instance AND state = 'sending'`);
  const failed = db.prepare<{ id: number; instance: string; reason: string; at: string; nextTryAt: string | null }>(`
    UPDATE sms_outbox SET state = CASE WHEN @nextTryAt IS NULL THEN 'failed' ELSE 'pending' END,
      attempts = attempts + 1, last_error = @reason, next_try_at = @nextTryAt, updated_at = @at
    WHERE id = @id AND claimed_by = @instance AND state = 'sending'`);
  const attemptsOf = db.prepare<[number], { attempts: number }>('SELECT attempts FROM sms_outbox WHERE id = ?');
  const byId = db.prepare<[number], Row>(`${SELECT} WHERE m.id = ?`);
  const consent = db.prepare<[number], { sms_consent: number }>('SELECT sms_consent FROM submissions WHERE id = ?');
  const ofCase = db.prepare<[number], Row>(`${SELECT} WHERE m.submission_id = ? ORDER BY m.id`);
  const at = () => localIso(now());
  const rows = outboxRows(db, at, TABLE);

  const enqueue = db.transaction((since: string): number => {
    let added = 0;
    const query = { since, statuses: JSON.stringify(NOTIFIED_STATUSES) };
    for (const change of [...changes.all(query), ...supporterChanges.all(query)]) {
      const template = smsTemplateFor(change.status);
      if (template === null) continue;
      added += insert.run({
        submissionId: change.submission_id,
        historyId: change.id,
        supporterId: change.supporter_id,
        phone: change.phone,
        template,
        language: change.language,
        at: at(),
      }).changes;
    }
    return added;
  });

  return {
    holdAbandoned: rows.holdAbandoned,
    claim: rows.claim,
    markUncertain: rows.markUncertain,
    cancel: rows.cancel,

    /**
     * Takes on the status changes since `since` that a consenting resident, or a supporter who asked to be
     * told, is to be told of (one message each); returns how many.
     */
    enqueue(since: Date): number {
      return enqueue.immediate(localIso(since));
    },

    /** Pending messages whose time has come, oldest due first. */
    due(limit: number): SmsMessage[] {
      return due.all({ at: at(), limit }).map(toMessage);
    },

    markSent(id: number, instance: string, providerId: string | null): boolean {
      return sent.run({ id, instance, providerId, at: at() }).changes === 1;
    },

    /**
     * The provider did not take it: pending again at `nextTry(attempts)`, or `failed` for good when that
     * answers null (no more attempts). Returns the attempts so far.
     */
    markFailed(id: number, instance: string, reason: string, nextTry: (attempts: number) => Date | null): number {
      const mark = db.transaction(() => {
        const attempts = (attemptsOf.get(id)?.attempts ?? 0) + 1;
        const next = nextTry(attempts);
        failed.run({ id, instance, reason, at: at(), nextTryAt: next === null ? null : localIso(next) });
        return attempts;
      });
      return mark.immediate();
    },

    get(id: number): SmsMessage | undefined {
      const row = byId.get(id);
      return row === undefined ? undefined : toMessage(row);
    },

    /** Whether the resident agreed to be told by SMS; undefined when there is no such submission. */
    consentOf(submissionId: number): boolean | undefined {
      const row = consent.get(submissionId);
      return row === undefined ? undefined : row.sms_consent === 1;
    },

    /** Every message of a case (its resident's and its supporters'), oldest first, for staff. */
    ofCase(submissionId: number): SmsMessage[] {
      return ofCase.all(submissionId).map(toMessage);
    },
  };
}

export type SmsOutbox = ReturnType<typeof createSmsOutbox>;
