import Database from 'better-sqlite3';
import { OPEN_STATUSES } from '../../app/cases/lifecycle';
import type { InputMode } from '../../app/domain/inputModes';
import { proposeReference } from '../../app/domain/referenceNumber';
import type { Status } from '../../app/domain/status';
import type { Language } from '../../app/i18n/languages';
import { type Clock, localIso } from '../clock';
import type { FieldCipher } from '../crypto/fieldCipher';
import { sealNote } from './notes';

/** A resident adding their support to a case ("me too"), validated by the service. */
export interface NewSupporter {
  submissionId: number;
  name: string | null;
  phone: string | null;
  notify: boolean;
  language: Language;
  inputModes: InputMode[];
  source: string;
}

/** An open case "me too" may offer: what similarity.ts compares, and no contact. */
export interface OpenCase {
  id: number;
  category: string;
  location: string | null;
  description: string;
  status: Status;
  createdAt: string;
}

/** What a reference number names: the case it looks up, and whose phone proves the caller owns the reference. */
export interface ResolvedReference {
  /** The case whose status the reference shows (after any merge). */
  caseId: number;
  /** The phone left by whoever holds this reference (the case's own resident, or a supporter), or null. */
  phone: string | null;
  /** How the reference reached the case. */
  via: 'own' | 'supporter' | 'merged';
}

export interface Merge {
  intoId: number;
  fromId: number;
  by: string;
  /** The history note on both cases (the other's reference, staff's note). */
  noteInto: string;
  noteFrom: string;
}

const MAX_REFERENCE_ATTEMPTS = 20;

/** The range that holds these ids when it is at most twice as long as the list; else null. */
function idRange(ids: readonly number[]): { lo: number; hi: number } | null {
  if (ids.length === 0) return null;
  let lo = ids[0]!;
  let hi = lo;
  for (const id of ids) {
    if (id < lo) lo = id;
    if (id > hi) hi = id;
  }
  return hi - lo < 2 * ids.length ? { lo, hi } : null;
}

const isCollision = (error: unknown) =>
  error instanceof Database.SqliteError &&
  error.code.startsWith('SQLITE_CONSTRAINT') &&
  error.message.includes('supporters.ref');

/**
 * Supporters and merged cases (migration 0130): who added their support to a
 * case, references that look up another case than their own, and how many
 * residents each case counts.
 */
export function createSupporters(
  db: Database.Database,
  { now, random, cipher }: { now: Clock; random: () => number; cipher: FieldCipher },
) {
  const insert = db.prepare(`
    INSERT INTO supporters (ref, submission_id, name, phone, notify, language, input_modes, source, created_at)
    VALUES (@ref, @submissionId, @name, @phone, @notify, @language, @inputModes, @source, @at)`);
  const openSince = db.prepare<[string, string], OpenCase & { created_at: string }>(
    `SELECT id, category, location, description, status, created_at AS createdAt FROM submissions
     WHERE category = ? AND julianday(created_at) >= julianday(?) AND kind = 'complaint'
       AND status IN (${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})
       AND id NOT IN (SELECT from_id FROM merged_cases)
     ORDER BY id DESC LIMIT 500`,
  );
  const ownRef = db.prepare<[string], { id: number; phone: string | null }>(
    'SELECT id, phone FROM submissions WHERE ref = ?',
  );
  const supporterRef = db.prepare<[string], { caseId: number; phone: string | null }>(
    'SELECT submission_id AS caseId, phone FROM supporters WHERE ref = ?',
  );
  const mergedInto = db.prepare<[number], { into_id: number }>('SELECT into_id FROM merged_cases WHERE from_id = ?');
  // Of a batch of ids (an export's), as one range of ids when they are about consecutive: json_each's list
  // is parsed and searched id by id; the few supporters and merges in the range are then kept or not.
  const countsOf = (table: string, column: string) => ({
    list: db.prepare<{ ids: string }, { id: number; n: number }>(
      `SELECT ${column} AS id, count(*) AS n FROM ${table}
       WHERE ${column} IN (SELECT value FROM json_each(@ids)) GROUP BY ${column}`,
    ),
    range: db.prepare<{ lo: number; hi: number }, { id: number; n: number }>(
      `SELECT ${column} AS id, count(*) AS n FROM ${table} WHERE ${column} BETWEEN @lo AND @hi GROUP BY ${column}`,
    ),
  });
  const supportersOf = countsOf('supporters', 'submission_id');
  const mergedOf = countsOf('merged_cases', 'into_id');
  const mergedRefs = db.prepare<[string], { id: number; ref: string }>(
    `SELECT m.from_id AS id, s.ref FROM merged_cases m JOIN submissions s ON s.id = m.into_id
     WHERE m.from_id IN (SELECT value FROM json_each(?))`,
  );
  const statusRef = db.prepare<[number], { status: Status; ref: string }>(
    'SELECT status, ref FROM submissions WHERE id = ?',
  );
  const moveSupporters = db.prepare('UPDATE supporters SET submission_id = ? WHERE submission_id = ?');
  const moveMerged = db.prepare('UPDATE merged_cases SET into_id = ? WHERE into_id = ?');
  const insertMerge = db.prepare('INSERT INTO merged_cases (from_id, into_id, at, by) VALUES (?, ?, ?, ?)');
  const close = db.prepare("UPDATE submissions SET status = 'closed', updated_at = ? WHERE id = ?");
  const touch = db.prepare('UPDATE submissions SET updated_at = ? WHERE id = ?');
  const history = db.prepare('INSERT INTO status_history (submission_id, status, at, by, note) VALUES (?, ?, ?, ?, ?)');

  const add = db.transaction((ref: string, s: NewSupporter) => {
    const at = localIso(now());
    insert.run({
      ...s,
      ref,
      notify: s.notify ? 1 : 0,
      inputModes: JSON.stringify(s.inputModes),
      at,
    });
    return { ref, createdAt: at };
  });

  function residents(ids: readonly number[]): Map<number, number> {
    const counts = new Map(ids.map((id) => [id, 1]));
    const range = idRange(ids);
    const json = range === null ? JSON.stringify(ids) : '';
    for (const counted of [supportersOf, mergedOf]) {
      for (const { id, n } of range === null ? counted.list.all({ ids: json }) : counted.range.all(range)) {
        const count = counts.get(id);
        if (count !== undefined) counts.set(id, count + n);
      }
    }
    return counts;
  }

  const merge = db.transaction((m: Merge) => {
    const at = localIso(now());
    // Everything that counted with `from` now counts with `into`, one level deep, so a lookup never follows a chain.
    moveSupporters.run(m.intoId, m.fromId);
    moveMerged.run(m.intoId, m.fromId);
    insertMerge.run(m.fromId, m.intoId, at, m.by);
    const from = statusRef.get(m.fromId)!;
    const into = statusRef.get(m.intoId)!;
    if (from.status !== 'closed') close.run(at, m.fromId);
    history.run(m.fromId, 'closed', at, m.by, sealNote(cipher, 'note', from.ref, m.noteFrom));
    touch.run(at, m.intoId);
    history.run(m.intoId, into.status, at, m.by, sealNote(cipher, 'note', into.ref, m.noteInto));
  });

  return {
    /** Stores a supporter with a new reference of their own; only once committed is it returned. */
    add(supporter: NewSupporter): { ref: string; createdAt: string } {
      for (let attempt = 1; ; attempt++) {
        try {
          return add(proposeReference(random), supporter);
        } catch (error) {
          if (!isCollision(error) || attempt >= MAX_REFERENCE_ATTEMPTS) throw error;
        }
      }
    },

    /** Open complaints of a category created since `since`, not merged into another, newest first. */
    openCases(category: string, since: Date): OpenCase[] {
      return openSince.all(category, localIso(since));
    },

    /** The case a reference looks up, and the phone that proves it; undefined for a reference nobody holds. */
    resolve(ref: string): ResolvedReference | undefined {
      const own = ownRef.get(ref);
      if (own !== undefined) {
        const merged = mergedInto.get(own.id);
        return merged === undefined
          ? { caseId: own.id, phone: own.phone, via: 'own' }
          : { caseId: merged.into_id, phone: own.phone, via: 'merged' };
      }
      const supporter = supporterRef.get(ref);
      return supporter === undefined ? undefined : { ...supporter, via: 'supporter' };
    },

    /** How many residents reported each case: its own, its supporters, and the cases merged into it (with theirs). */
    residents,

    /** The reference each of these cases was merged into, for those that were. */
    mergedInto(ids: readonly number[]): Map<number, string> {
      return new Map(mergedRefs.all(JSON.stringify(ids)).map((r) => [r.id, r.ref]));
    },

    /** Whether a case has been merged into another. */
    isMerged(id: number): boolean {
      return mergedInto.get(id) !== undefined;
    },

    /** Merges `from` into `into` in one transaction: supporters and earlier merges move, `from` is closed. */
    merge(m: Merge): number {
      merge.immediate(m);
      return residents([m.intoId]).get(m.intoId)!;
    },
  };
}

export type Supporters = ReturnType<typeof createSupporters>;
