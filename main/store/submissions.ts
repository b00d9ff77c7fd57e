import Database from 'better-sqlite3';
import type { SubmitResult } from '../../app/contract/kioskApi';
import type { StoredInputMode } from '../../app/domain/inputModes';
import type { Kind } from '../../app/domain/kinds';
import { proposeReference } from '../../app/domain/referenceNumber';
import type { Status } from '../../app/domain/status';
import type { Language } from '../../app/i18n/languages';
import { type Clock, localIso } from '../clock';
import type { FieldCipher } from '../crypto/fieldCipher';
import { sealNote } from './notes';
import { type SubmissionFilter, whereClause } from './submissionFilter';
import { compactTextIndex } from './textIndex';

/** A submission as the service hands it to the store: validated and normalised. */
export interface NewSubmission {
  kind: Kind;
  category: string;
  description: string;
  location: string | null;
  anonymous: boolean;
  name: string | null;
  phone: string | null;
  language: Language;
  inputModes: StoredInputMode[];
  kioskId: string;
  /** The resident who left a phone agreed to be told by SMS when the case moves (absent: no). */
  smsConsent?: boolean;
}

/** Who put a submission in the queue, when not the kiosk: a member of staff, for a resident (代办). */
export interface EnteredBy {
  /** As the history names people (`staff:<name>`). */
  by: string;
  /** Staff's note on it, sealed like every note; null when none. */
  note: string | null;
}

export interface StatusChange {
  ids: readonly number[];
  status: Status;
  by: string;
  note?: string | undefined;
  /** What the resident is told on looking the reference up; given, it is recorded even when the status stays. */
  publicNote?: string | undefined;
}

export interface PurgeCriteria {
  /** Submissions created before this instant (ISO 8601 with offset). */
  before?: string | undefined;
  status?: Status | undefined;
}

/** Enough to make a collision left after this many tries a sign of a broken random source, not bad luck. */
const MAX_REFERENCE_ATTEMPTS = 20;

function isReferenceCollision(error: unknown): boolean {
  return (
    error instanceof Database.SqliteError &&
    // A supporter's reference ("me too", migration 0130) is refused by a trigger, with the same words.
    (error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === 'SQLITE_CONSTRAINT_TRIGGER') &&
    error.message.includes('submissions.ref')
  );
}

export interface SubmissionWriteDeps {
  now: Clock;
  /** Uniform in [0, 1); proposes reference numbers. */
  random: () => number;
  /** Seals staff's notes before they are stored. */
  cipher: FieldCipher;
}

export function createSubmissionWrites(db: Database.Database, { now, random, cipher }: SubmissionWriteDeps) {
  const insertRow = db.prepare(`
    INSERT INTO submissions (ref, kind, category, description, location, anonymous, name, phone,
      language, input_modes, kiosk_id, status, created_at, updated_at, sms_consent)
    VALUES (@ref, @kind, @category, @description, @location, @anonymous, @name, @phone,
      @language, @inputModes, @kioskId, 'queued', @at, @at, @smsConsent)`);
  const insertHistory = db.prepare(
    'INSERT INTO status_history (submission_id, status, at, by, note, public_note) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const currentStatus = db.prepare<[number], { status: string; ref: string }>(
    'SELECT status, ref FROM submissions WHERE id = ?',
  );
  const updateStatus = db.prepare('UPDATE submissions SET status = ?, updated_at = ? WHERE id = ?');

  const insert = db.transaction((ref: string, input: NewSubmission, entered: EnteredBy | null): SubmitResult => {
    const at = localIso(now());
    const { lastInsertRowid } = insertRow.run({
      ...input,
      ref,
      anonymous: input.anonymous ? 1 : 0,
      // Consent without a phone to send to means nothing: stored as no.
      smsConsent: input.smsConsent === true && input.phone !== null ? 1 : 0,
      inputModes: JSON.stringify(input.inputModes),
      at,
    });
    const id = Number(lastInsertRowid);
    if (entered === null) insertHistory.run(id, 'queued', at, 'kiosk', null, null);
    else insertHistory.run(id, 'queued', at, entered.by, sealNote(cipher, 'note', ref, entered.note), null);
    return { id, ref, createdAt: at };
  });

  const changeStatus = db.transaction(({ ids, status, by, note, publicNote }: StatusChange): number[] => {
    const at = localIso(now());
    const changed: number[] = [];
    for (const id of new Set(ids)) {
      const row = currentStatus.get(id);
      if (row === undefined || (row.status === status && publicNote === undefined)) continue;
      updateStatus.run(status, at, id);
      const sealedNote = sealNote(cipher, 'note', row.ref, note ?? null);
      insertHistory.run(id, status, at, by, sealedNote, sealNote(cipher, 'public_note', row.ref, publicNote ?? null));
      changed.push(id);
    }
    return changed;
  });

  return {
    /**
     * Stores a submission with its first history entry in one transaction and
     * returns its reference only once that has committed (synchronous=FULL). `entered` names the member of
     * staff who entered it for a resident; by default the history says the kiosk did.
     */
    submit(input: NewSubmission, entered: EnteredBy | null = null): SubmitResult {
      for (let attempt = 1; ; attempt++) {
        try {
          return insert(proposeReference(random), input, entered);
        } catch (error) {
          if (!isReferenceCollision(error) || attempt >= MAX_REFERENCE_ATTEMPTS) throw error;
        }
      }
    },

    /** Moves submissions to a status, or gives them a public note, with a history entry each; returns those changed. */
    setStatus(change: StatusChange): number[] {
      return changeStatus(change);
    },

    /** How many submissions a purge with these criteria would delete. */
    countPurgeable(criteria: PurgeCriteria): number {
      const where = whereClause(purgeFilter(criteria));
      return (db.prepare(`SELECT count(*) AS n FROM submissions ${where.sql}`).get(where.params) as { n: number }).n;
    },

    /** Deletes submissions (their history goes with them); returns how many. */
    purge(criteria: PurgeCriteria): number {
      const where = whereClause(purgeFilter(criteria));
      const { changes } = db.prepare(`DELETE FROM submissions ${where.sql}`).run(where.params);
      if (changes > 0) compactTextIndex(db);
      // Move the deleted pages out of the WAL into the (secure_delete) main file, so they do not linger there.
      db.pragma('wal_checkpoint(TRUNCATE)');
      return changes;
    },
  };
}

function purgeFilter(criteria: PurgeCriteria): SubmissionFilter {
  if (criteria.before === undefined && criteria.status === undefined) {
    throw new Error('A purge needs a date or a status: refusing to delete everything');
  }
  return { to: criteria.before, status: criteria.status };
}
