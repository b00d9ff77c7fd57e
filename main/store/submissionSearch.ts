import type Database from 'better-sqlite3';
import { STATUSES, type Status } from '../../app/domain/status';
import { type FieldCipher, SealedValueError } from '../crypto/fieldCipher';
import { openPersonal, type PersonalData } from './personalData';
import type { SubmissionFilter } from './submissionFilter';

/**
 * Free-text search over encrypted columns. SQL cannot look inside a sealed
 * value, so each submission's personal details (description, location, name,
 * phone) are decrypted once and kept in this process's memory, never on disk,
 * with its reference and the columns the other filters need; a search is then
 * a scan of that list, newest first. The CSV export reads the same decrypted
 * details (`decrypted`) rather than opening every value again. Costs: one
 * decryption per personal field the first time a submission is indexed (about
 * 10 µs each here, so seconds for 100,000 submissions, which warm() spreads
 * over idle time at start), and memory for the text (tens of MB for 100,000;
 * a second, lower-cased copy only of text whose case changes). A search
 * itself decrypts nothing. The details are immutable once stored, until the
 * retention purge removes them (main/store/retention.ts); statuses change.
 * Both are kept current from this process's own writes and, when another
 * process (the admin CLI) has committed, from one re-read of id, status and
 * whether the personal details were removed.
 */

/** Between the fields of Entry.shown: residents' text has no control characters (app/domain/submission.ts). */
const SEPARATOR = '\u0000';
/** Stands for a detail not given (no location; an anonymous resident's name and phone). */
const MISSING = '\u0001';
const UNPACKABLE = /[\u0000\u0001]/;

interface Entry {
  id: number;
  status: Status;
  kind: string;
  category: string;
  createdAt: number;
  /**
   * The reference and personal details as stored, decrypted, in one string (see decrypt): one string
   * rather than five keeps both the memory and a search's scan small. Null once the retention purge
   * removed the details, or when one of them did not open.
   */
  shown: string | null;
  /** `shown` lower-cased, what a search matches: the same string when that changes nothing (most Chinese text). */
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
  /** After the retention purge a submission is found by its reference only. */
  const forgetPersonal = (entry: Entry) => {
    entry.text = entry.text.split(SEPARATOR, 1)[0]!;
    entry.shown = null;
  };

  function decrypt(row: IndexRow): Pick<Entry, 'shown' | 'text'> {
    let open: PersonalData;
    try {
      open = openPersonal(cipher, row);
    } catch (error) {
      // A damaged value must not make every search fail: the row stays findable by its reference.
      if (!(error instanceof SealedValueError)) throw error;
      return { shown: null, text: row.ref.toLowerCase() };
    }
    const values = [row.ref, open.description, open.location, open.name, open.phone];
    const joined = values.map((value) => value ?? MISSING).join(SEPARATOR);
    const text = joined.toLowerCase();
    // A value holding SEPARATOR or MISSING (which validating what residents type rules out) would not
    // unpack into the same details: still searchable, but the export decrypts it again.
    const packable = values.every((value) => value === null || !UNPACKABLE.test(value));
    return { shown: packable ? joined : null, text: text === joined ? joined : text };
  }

  const dataVersion = () => db.pragma('data_version', { simple: true }) as number;

  /** Indexes up to `limit` submissions not yet indexed; returns how many. */
  function fill(limit: number): number {
    // Noted before the first read, so whatever another process commits after it is noticed.
    seenVersion ??= dataVersion();
    const rows = newer.all(lastId, limit);
    for (const row of rows) {
      const { shown, text } = decrypt(row);
      const entry: Entry = {
        id: row.id,
        status: row.status,
        kind: row.kind,
        category: row.category,
        createdAt: Date.parse(row.created_at),
        shown,
        text,
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

    /**
     * The decrypted personal details of the submission with this id and reference, if it is indexed
     * and has them. The caller makes sure they were not removed by another process since (a row of
     * redacted_submissions it read with the submission): this index learns of that only on its next search.
     */
    decrypted(id: number, ref: string): PersonalData | undefined {
      const shown = byId.get(id)?.shown;
      if (shown == null) return undefined;
      const [shownRef, description, location, name, phone] = shown.split(SEPARATOR) as [string, ...string[]];
      if (shownRef !== ref) return undefined;
      const given = (value: string | undefined) => (value === MISSING ? null : value!);
      return { description: description!, location: given(location), name: given(name), phone: given(phone) };
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
