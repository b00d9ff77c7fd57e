import type Database from 'better-sqlite3';
import { localIso } from '../clock';

/**
 * The rows any outbox shares (the city's, main/store/outbox.ts; the SMS one, main/store/smsOutbox.ts):
 * a row is claimed (`pending` → `sending`, committed) before what it stands for leaves, and a row
 * left `sending` by a process that is gone becomes `uncertain`, never sent again by itself. The two
 * tables differ only in the names below; what each records of an answer stays with it.
 */
export interface OutboxTable {
  /** The table (a constant of this code, never input). */
  table: 'outbox' | 'sms_outbox';
  /** The column a row is known by. */
  key: 'submission_id' | 'id';
  /** The column that counts the tries that went wrong (or every try). */
  tries: 'failures' | 'attempts';
}

/** The `WHERE … ORDER BY … LIMIT` of the rows due now, oldest due first; `alias` is the table's in the SELECT. */
export function dueRows({ key }: OutboxTable, alias: string): string {
  return `${alias}.state = 'pending' AND (${alias}.next_try_at IS NULL OR julianday(${alias}.next_try_at) <= julianday(@at))
    ORDER BY julianday(${alias}.next_try_at) NULLS FIRST, ${alias}.${key} LIMIT @limit`;
}

/** Claiming, holding what was abandoned, marking uncertain and cancelling, for one outbox table. */
export function outboxRows(db: Database.Database, at: () => string, { table, key, tries }: OutboxTable) {
  const abandoned = db.prepare<{ instance: string; staleBefore: string }, { id: number }>(`
    SELECT ${key} AS id FROM ${table} WHERE state = 'sending'
      AND (claimed_by = @instance OR julianday(claimed_at) < julianday(@staleBefore))`);
  const claim = db.prepare(`
    UPDATE ${table} SET state = 'sending', claimed_by = @instance, claimed_at = @at, updated_at = @at
    WHERE ${key} = @id AND state = 'pending'`);
  const uncertain = db.prepare(`
    UPDATE ${table} SET state = 'uncertain', ${tries} = ${tries} + 1, last_error = @reason, next_try_at = NULL,
      updated_at = @at
    WHERE ${key} = @id AND state = 'sending' AND (@instance IS NULL OR claimed_by = @instance)`);
  const cancel = db.prepare(`
    UPDATE ${table} SET state = 'cancelled', last_error = @reason, next_try_at = NULL, updated_at = @at
    WHERE ${key} = @id AND state = 'pending'`);

  const holdAbandoned = db.transaction((instance: string, staleBefore: string, reason: string): number[] => {
    const ids = abandoned.all({ instance, staleBefore }).map((r) => r.id);
    for (const id of ids) uncertain.run({ id, instance: null, reason, at: at() });
    return ids;
  });

  return {
    /**
     * Rows left `sending` by an instance that is gone — this one (a send whose outcome could not be
     * recorded) or another whose claim is older than `staleBefore` — become `uncertain`: the other
     * side may have taken them.
     */
    holdAbandoned(instance: string, staleBefore: Date, reason: string): number[] {
      return holdAbandoned(instance, localIso(staleBefore), reason);
    },

    /** Marks a row `sending` for this instance, committed before it leaves; false if it was not pending. */
    claim(id: number, instance: string): boolean {
      return claim.run({ id, instance, at: at() }).changes === 1;
    },

    /** The answer, if any came, cannot be trusted: never sent again by itself. */
    markUncertain(id: number, instance: string, reason: string): boolean {
      return uncertain.run({ id, instance, reason, at: at() }).changes === 1;
    },

    /** A pending row that must not be sent any more. */
    cancel(id: number, reason: string): boolean {
      return cancel.run({ id, reason, at: at() }).changes === 1;
    },
  };
}
