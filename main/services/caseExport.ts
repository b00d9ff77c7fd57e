import type { SubmissionSummary } from '../../app/contract/kioskApi';
import type { StoredInputMode } from '../../app/domain/inputModes';
import type { Kind } from '../../app/domain/kinds';
import type { Status } from '../../app/domain/status';
import type { Language } from '../../app/i18n/languages';
import type { Clock } from '../clock';
import type { Config } from '../config/config';
import { type CaseExportFields, type ExportedSummary, NO_CASE_FIELDS } from '../exports/caseFields';
import type { StaffDirectory } from '../staff/staffDirectory';
import type { Store } from '../store/store';
import type { SubmissionFilter } from '../store/submissionFilter';
import { createCaseDeadlines } from './caseDeadlines';

/** Cases whose facts are read together: one set of queries per batch, and no more than a batch held. */
const BATCH = 500;

export interface CaseExportDeps {
  store: Pick<Store, 'caseFacts' | 'supporters'> & { submissions: Pick<Store['submissions'], 'rowsInBatches'> };
  config: Pick<Config, 'caseTimeLimits' | 'catalogue'>;
  staffDirectory: Pick<StaffDirectory, 'nameOf'>;
  now: Clock;
}

/**
 * Adds the case fields (exports/caseFields.ts) to submissions as an export reads them, a batch at a time,
 * so an export streams as before. Deadlines and urgency are those of the moment of the export.
 */
export function createCaseExport({ store, config, staffDirectory, now }: CaseExportDeps) {
  const deadlines = createCaseDeadlines(config);

  /**
   * Each case's fields as one object literal in NO_CASE_FIELDS's key order (the order of the spreads this
   * replaced, so JSON exports keep their bytes): a large export makes one per case, and rest and spread
   * copies of the facts and deadlines made four more.
   */
  function fieldsOf(batch: readonly SubmissionSummary[], at: Date): CaseExportFields[] {
    const ids = batch.map((s) => s.id);
    const facts = store.caseFacts.ofCases(ids);
    const residents = store.supporters.residents(ids);
    const merged = store.supporters.mergedInto(ids);
    return batch.map((s) => {
      const f = facts.get(s.id);
      const due = deadlines.view(s, at);
      const assigneeId = f?.assigneeId ?? null;
      return {
        assignee:
          assigneeId === null ? null : { id: assigneeId, name: staffDirectory.nameOf(assigneeId) ?? `#${assigneeId}` },
        respondBy: due.respondBy,
        resolveBy: due.resolveBy,
        urgency: due.urgency,
        overdue: due.overdue,
        enteredBy: f === undefined ? NO_CASE_FIELDS.enteredBy : f.enteredBy,
        respondedAt: f === undefined ? NO_CASE_FIELDS.respondedAt : f.respondedAt,
        resolvedAt: f === undefined ? NO_CASE_FIELDS.resolvedAt : f.resolvedAt,
        closedAt: f === undefined ? NO_CASE_FIELDS.closedAt : f.closedAt,
        reopenedAt: f === undefined ? NO_CASE_FIELDS.reopenedAt : f.reopenedAt,
        verdicts: f === undefined ? NO_CASE_FIELDS.verdicts : f.verdicts,
        followUps: f === undefined ? NO_CASE_FIELDS.followUps : f.followUps,
        residents: residents.get(s.id) ?? 1,
        mergedInto: merged.get(s.id) ?? null,
      };
    });
  }

  /**
   * The input modes as stored (JSON) to their list: a few distinct values, so each is parsed once per export
   * and its list shared by the cases that have it (read only: the CSV writer joins it).
   */
  function inputModesOf(parsed: Map<string, StoredInputMode[]>, json: string): StoredInputMode[] {
    let modes = parsed.get(json);
    if (modes === undefined) {
      modes = JSON.parse(json) as StoredInputMode[];
      parsed.set(json, modes);
    }
    return modes;
  }

  return {
    /**
     * What the CSV export writes, newest first: each submission with its case fields made as one object
     * from its row and its batch's facts (the summary, the fields and a merge of the two were three), since
     * an export of 100,000 made 300,000 objects of up to 29 properties. The same values as
     * withCaseFields(summariesInBatches(filter)).
     */
    *summariesOf(filter: SubmissionFilter): Generator<ExportedSummary> {
      const at = now();
      const inputModes = new Map<string, StoredInputMode[]>();
      for (const rows of store.submissions.rowsInBatches(filter)) {
        if (rows.length === 0) continue;
        const ids = rows.map((r) => r[0]);
        const facts = store.caseFacts.ofCases(
          ids,
          rows.map((r) => r[15]),
        );
        const residents = store.supporters.residents(ids);
        const merged = store.supporters.mergedInto(ids);
        for (const row of rows) {
          const [id, ref, kind, category, description, location, anonymous, name, phone, language, modes] = row;
          const f = facts.get(id);
          const assigneeId = f === undefined ? null : f.assigneeId;
          // The CHECK constraints in the schema and the validation before insert keep these casts honest.
          const c: ExportedSummary = {
            id,
            ref,
            kind: kind as Kind,
            category,
            description,
            location,
            anonymous: anonymous === 1,
            name,
            phone,
            language: language as Language,
            inputModes: inputModesOf(inputModes, modes),
            kioskId: row[11],
            status: row[12] as Status,
            createdAt: row[13],
            updatedAt: row[14],
            assignee:
              assigneeId === null
                ? null
                : { id: assigneeId, name: staffDirectory.nameOf(assigneeId) ?? `#${assigneeId}` },
            respondBy: '',
            resolveBy: '',
            urgency: null,
            overdue: false,
            enteredBy: f === undefined ? null : f.enteredBy,
            respondedAt: f === undefined ? null : f.respondedAt,
            resolvedAt: f === undefined ? null : f.resolvedAt,
            closedAt: f === undefined ? null : f.closedAt,
            reopenedAt: f === undefined ? null : f.reopenedAt,
            verdicts: f === undefined ? NO_CASE_FIELDS.verdicts : f.verdicts,
            followUps: f === undefined ? NO_CASE_FIELDS.followUps : f.followUps,
            residents: residents.get(id) ?? 1,
            mergedInto: merged.get(id) ?? null,
          };
          const due = deadlines.view(c, at);
          c.respondBy = due.respondBy;
          c.resolveBy = due.resolveBy;
          c.urgency = due.urgency;
          c.overdue = due.overdue;
          yield c;
        }
      }
    },

    /** The same submissions, in the same order, each with its case fields (added to it: pass objects of your own). */
    *withCaseFields<S extends SubmissionSummary>(submissions: Iterable<S>): Generator<S & CaseExportFields> {
      const at = now();
      let batch: S[] = [];
      const flush = function* () {
        const fields = fieldsOf(batch, at);
        // The fields are added to the submission itself: every caller reads fresh objects from the store, and
        // a copy of each case (28 properties, 100,000 times) cost more than the rest of the case fields.
        for (let i = 0; i < batch.length; i++) yield Object.assign(batch[i]!, fields[i]!);
        batch = [];
      };
      for (const s of submissions) {
        batch.push(s);
        if (batch.length === BATCH) yield* flush();
      }
      if (batch.length > 0) yield* flush();
    },
  };
}

export type CaseExport = ReturnType<typeof createCaseExport>;
