import type Database from 'better-sqlite3';
import { STATUSES, type Status } from '../../app/domain/submission';
import { type FieldCipher, SealedValueError } from '../crypto/fieldCipher';
import { openPersonal, type PersonalData } from './personalData';
import type { SubmissionFilter } from './submissionFilter';

/**
 * Free-text search over encrypted columns. SQL cannot look inside a sealed
 * value, so each submission's searchable text (reference, description,
 * location, name, phone) is decrypted once and kept in this process's memory,
 * never on disk, with the columns the other filters need; a search is then a
 * scan of that list, newest first. Costs: one decryption per personal field
 * the first time a submission is indexed (about 10–30 µs each on a kiosk-class
 * CPU, so seconds for 100,000 submissions, which warm() spreads over idle
 * time at start), and memory for the text (tens of MB for 100,000). A search
 * itself decrypts nothing. The text is immutable once stored, until the
 * retention purge removes it (main/store/retention.ts); statuses change. Both
 * are kept current from this process's own writes and, when another process
 * (the admin CLI) has committed, from one re-read of id, status and whether
 * the personal details were removed.
 */

interface Entry {
  id: number;
  status: Status;
  kind: string;
  category: string;
  createdAt: number;
  /** Lower-cased reference and personal details, one per line. */
  text: string;
}

interface IndexRow extends PersonalData {
  id: number;
  ref: string;
  status: Status;
  kind: string;
  category: string;
  created_at: string;
}

export interface SearchResult {
  /** Every matching submission's id, newest first. */
  ids: number[];
  /** Per status, over the same filter without its status. */
  counts: Record<Status, number>;
}

const BATCH = 2000;

export function createSubmissionSearch(db: Database.Database, cipher: FieldCipher) {
  const entries: Entry[] = []; // ascending id: AUTOINCREMENT never reuses or lowers one
  const byId = new Map<number, Entry>();
  let lastId = 0;
  let seenVersion: number | null = null;

  const newer = db.prepare<[number, number], IndexRow>(
    `SELECT id, ref, status, kind, category, created_at, description, location, name, phone
     FROM submissions WHERE id > ? ORDER BY id LIMIT ?`,
  );
  const statuses = db.prepare<[], { id: number; status: Status; redacted: number }>(
    `SELECT s.id, s.status, r.submission_id IS NOT NULL AS redacted
     FROM submissions s LEFT JOIN redacted_submissions r ON r.submission_id = s.id`,
  );
  /** After the retention purge a submission is found by its reference (the first line of its text) only. */
  const forgetPersonal = (entry: Entry) => {
    entry.text = entry.text.split('\n', 1)[0]!;
  };

  function searchableText(row: IndexRow): string {
    try {
      const open = openPersonal(cipher, row);
      return [row.ref, open.description, open.location, open.name, open.phone].join('\n').toLowerCase();
    } catch (error) {
      // A damaged value must not make every search fail: the row stays findable by its reference.
      if (!(error instanceof SealedValueError)) throw error;
      return row.ref;
    }
  }

  const dataVersion = () => db.pragma('data_version', { simple: true }) as number;

  /** Indexes up to `limit` submissions not yet indexed; returns how many. */
  function fill(limit: number): number {
    // Noted before the first read, so whatever another process commits after it is noticed.
    seenVersion ??= dataVersion();
    const rows = newer.all(lastId, limit);
    for (const row of rows) {
      const entry: Entry = {
        id: row.id,
        status: row.status,
        kind: row.kind,
        category: row.category,
        createdAt: Date.parse(row.created_at),
        text: searchableText(row),
      };
      entries.push(entry);
      byId.set(entry.id, entry);
      lastId = row.id;
    }
    return rows.length;
  }

  /** Statuses, deletions and removed personal details, without decrypting anything. */
  function resyncStatuses(): void {
    const current = new Map(statuses.all().map((r) => [r.id, r]));
    let kept = 0;
    for (const entry of entries) {
      const row = current.get(entry.id);
      if (row === undefined) {
        byId.delete(entry.id);
        continue;
      }
      entry.status = row.status;
      if (row.redacted) forgetPersonal(entry);
      entries[kept++] = entry;
    }
    entries.length = kept;
  }

  function refresh(): void {
    // data_version changes only when another connection commits (https://sqlite.org/pragma.html#pragma_data_version).
    const version = dataVersion();
    if (seenVersion !== null && version !== seenVersion) resyncStatuses();
    seenVersion = version;
    while (fill(BATCH) === BATCH);
  }

  return {
    /** Submissions matching `filter` (its text in any of the reference and personal details, ignoring case). */
    search(filter: SubmissionFilter): SearchResult {
      refresh();
      const needle = (filter.text ?? '').trim().toLowerCase();
      const from = filter.from === undefined ? Number.NEGATIVE_INFINITY : Date.parse(filter.from);
      const to = filter.to === undefined ? Number.POSITIVE_INFINITY : Date.parse(filter.to);
      const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
      const ids: number[] = [];
      for (let i = entries.length - 1; i >= 0; i--) {
        const e = entries[i]!;
        if (filter.kind !== undefined && e.kind !== filter.kind) continue;
        if (filter.category !== undefined && e.category !== filter.category) continue;
        if (e.createdAt < from || e.createdAt >= to || !e.text.includes(needle)) continue;
        counts[e.status]++;
        if (filter.status === undefined || e.status === filter.status) ids.push(e.id);
      }
      return { ids, counts };
    },

    /** This process changed statuses (its own commits do not change data_version). */
    statusesChanged(ids: readonly number[], status: Status): void {
      for (const id of ids) {
        const entry = byId.get(id);
        if (entry !== undefined) entry.status = status;
      }
    },

    /** This process removed these submissions' personal details (retention): forget their text. */
    redacted(ids: readonly number[]): void {
      for (const id of ids) {
        const entry = byId.get(id);
        if (entry !== undefined) forgetPersonal(entry);
      }
    },

    /** This process deleted submissions: drop them, and their text, from memory. */
    deleted(): void {
      if (entries.length > 0) resyncStatuses();
    },

    /** Indexes everything in slices between other work, so the first search is fast too. */
    async warm(): Promise<void> {
      while (db.open && fill(BATCH) === BATCH) await new Promise((resolve) => setImmediate(resolve));
    },

    /** Forgets every decrypted text (on close). */
    clear(): void {
      entries.length = 0;
      byId.clear();
      lastId = 0;
      seenVersion = null;
    },
  };
}

export type SubmissionSearch = ReturnType<typeof createSubmissionSearch>;
