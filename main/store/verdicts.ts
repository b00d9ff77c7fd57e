import type Database from 'better-sqlite3';
import type { FollowUpOutcome, Rating } from '../../app/cases/lifecycle';
import type { CaseEvent, CaseHistory } from '../../app/cases/rates';
import type { Status } from '../../app/domain/status';
import { type Clock, localIso } from '../clock';
import type { FieldCipher } from '../crypto/fieldCipher';
import { sealNote } from './notes';

/** A verdict to record, with the status it moves the case to (null: the status stays). */
export interface NewVerdict {
  submissionId: number;
  ref: string;
  rating: Rating;
  /** The resident's own words (a 不满意's reason); null when none was given. */
  reason: string | null;
  /** Where it was given: the kiosk, a browser-host address, or `follow-up`. */
  source: string;
  moveTo: Status | null;
  /** Who the history names for the move. */
  by: string;
}

export interface NewFollowUp {
  submissionId: number;
  ref: string;
  outcome: FollowUpOutcome;
  note: string | null;
  by: string;
  actorId: number | null;
}

export interface VerdictRecord {
  rating: Rating;
  reason: string | null;
  source: string;
  at: string;
}

export interface FollowUpRecord {
  outcome: FollowUpOutcome;
  note: string | null;
  by: string;
  at: string;
}

/** A case reopened by a resident's 不满意 and not yet taken up again: what staff are told. */
export interface ReopenedNotice {
  id: number;
  ref: string;
  reason: string | null;
  at: string;
}

/** What a verdict's reason and a follow-up's note are sealed with (caseFacts.ts opens them too). */
export const reasonContext = (ref: string) => `verdicts.reason#${ref}`;
export const followUpContext = (ref: string) => `follow_ups.note#${ref}`;

/** The history's statuses as the rates count them: staff's first move answers the resident. */
const EVENT_OF: Partial<Record<Status, Exclude<CaseEvent['type'], 'verdict'>>> = {
  collected: 'responded',
  assigned: 'responded',
  forwarded: 'responded',
  resolved: 'resolved',
  reopened: 'reopened',
  closed: 'closed',
};

/**
 * The residents' verdicts and staff's follow-up calls, and the case histories
 * the three rates are computed from. A verdict that moves the case writes the
 * move into its status history in the same transaction, so the queue, the
 * lookup and the rates never see one without the other.
 */
export function createVerdicts(db: Database.Database, { now, cipher }: { now: Clock; cipher: FieldCipher }) {
  const insertVerdict = db.prepare(
    'INSERT INTO verdicts (submission_id, rating, reason, source, at) VALUES (?, ?, ?, ?, ?)',
  );
  const insertFollowUp = db.prepare(
    'INSERT INTO follow_ups (submission_id, outcome, note, at, by, actor_id) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const move = db.prepare('UPDATE submissions SET status = ?, updated_at = ? WHERE id = ?');
  const history = db.prepare('INSERT INTO status_history (submission_id, status, at, by, note) VALUES (?, ?, ?, ?, ?)');
  const verdictsOf = db.prepare<
    [number],
    { rating: Rating; reason: string | null; source: string; at: string; ref: string }
  >(
    `SELECT v.rating, v.reason, v.source, v.at, s.ref FROM verdicts v JOIN submissions s ON s.id = v.submission_id
     WHERE v.submission_id = ? ORDER BY v.id`,
  );
  const followUpsOf = db.prepare<[number], FollowUpRecord & { ref: string }>(
    `SELECT f.outcome, f.note, f.by, f.at, s.ref FROM follow_ups f JOIN submissions s ON s.id = f.submission_id
     WHERE f.submission_id = ? ORDER BY f.id`,
  );
  const reopened = db.prepare<[], { id: number; ref: string; reason: string | null; at: string }>(
    `SELECT s.id, s.ref, v.reason, v.at FROM submissions s
     JOIN verdicts v ON v.id = (SELECT max(id) FROM verdicts WHERE submission_id = s.id)
     WHERE s.status = 'reopened' AND v.rating = 'unsatisfied' ORDER BY v.id`,
  );
  const inPeriod = 'julianday(s.created_at) >= julianday(@from) AND julianday(s.created_at) < julianday(@to)';
  const casesIn = db.prepare<
    { from: string; to: string },
    { id: number; kind: string; category: string; created_at: string }
  >(`SELECT s.id, s.kind, s.category, s.created_at FROM submissions s WHERE ${inPeriod}`);
  const historyIn = db.prepare<{ from: string; to: string }, { submission_id: number; status: Status; at: string }>(
    `SELECT h.submission_id, h.status, h.at FROM status_history h JOIN submissions s ON s.id = h.submission_id
     WHERE ${inPeriod}`,
  );
  const verdictsIn = db.prepare<{ from: string; to: string }, { submission_id: number; rating: Rating; at: string }>(
    `SELECT v.submission_id, v.rating, v.at FROM verdicts v JOIN submissions s ON s.id = v.submission_id
     WHERE ${inPeriod}`,
  );

  const seal = (value: string | null, context: string) => (value === null ? null : cipher.seal(value, context));
  const open = (value: string | null, context: string) => (value === null ? null : cipher.open(value, context));

  const writeVerdict = db.transaction((v: NewVerdict, at: string) => {
    insertVerdict.run(v.submissionId, v.rating, seal(v.reason, reasonContext(v.ref)), v.source, at);
    if (v.moveTo !== null) {
      move.run(v.moveTo, at, v.submissionId);
      history.run(v.submissionId, v.moveTo, at, v.by, sealNote(cipher, 'note', v.ref, v.reason));
    }
  });

  const writeFollowUp = db.transaction((f: NewFollowUp, verdict: NewVerdict | null, at: string) => {
    insertFollowUp.run(f.submissionId, f.outcome, seal(f.note, followUpContext(f.ref)), at, f.by, f.actorId);
    if (verdict !== null) writeVerdict(verdict, at);
  });

  return {
    /** Records a verdict, and the move it makes, in one transaction. */
    recordVerdict(verdict: NewVerdict): void {
      writeVerdict.immediate(verdict, localIso(now()));
    },

    /** Records a follow-up call, and the verdict heard on it (if the resident gave one), in one transaction. */
    recordFollowUp(followUp: NewFollowUp, verdict: NewVerdict | null): void {
      writeFollowUp.immediate(followUp, verdict, localIso(now()));
    },

    /** A case's verdicts and follow-up calls, oldest first, their words opened. */
    ofCase(submissionId: number): { verdicts: VerdictRecord[]; followUps: FollowUpRecord[] } {
      return {
        verdicts: verdictsOf
          .all(submissionId)
          .map(({ ref, ...v }) => ({ ...v, reason: open(v.reason, reasonContext(ref)) })),
        followUps: followUpsOf
          .all(submissionId)
          .map(({ ref, ...f }) => ({ ...f, note: open(f.note, followUpContext(ref)) })),
      };
    },

    /** Cases a resident's 不满意 reopened that nobody has taken up since, oldest first. */
    reopenedByResidents(): ReopenedNotice[] {
      return reopened.all().map((r) => ({ ...r, reason: open(r.reason, reasonContext(r.ref)) }));
    },

    /** The histories of the cases created in [from, to), as the rates read them (no personal details). */
    histories(from: Date, to: Date): (CaseHistory & { kind: string })[] {
      const range = { from: localIso(from), to: localIso(to) };
      const cases = new Map<number, CaseHistory & { kind: string; events: CaseEvent[] }>();
      for (const row of casesIn.all(range)) {
        cases.set(row.id, { kind: row.kind, category: row.category, createdAt: new Date(row.created_at), events: [] });
      }
      for (const row of historyIn.all(range)) {
        const type = EVENT_OF[row.status];
        if (type !== undefined) cases.get(row.submission_id)?.events.push({ type, at: new Date(row.at) });
      }
      for (const row of verdictsIn.all(range)) {
        cases.get(row.submission_id)?.events.push({ type: 'verdict', rating: row.rating, at: new Date(row.at) });
      }
      return [...cases.values()];
    },
  };
}

export type Verdicts = ReturnType<typeof createVerdicts>;
