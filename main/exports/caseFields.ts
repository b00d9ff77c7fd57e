import type { CaseExportFields, ExportedCase, SubmissionSummary } from '../../app/contract/kioskApi';

// What each field holds: app/contract/kioskApi.ts, CaseExportFields.
export type { CaseExportFields, ExportedCase };
export type ExportedSummary = SubmissionSummary & CaseExportFields;

/** A case with no case handling yet (a test's, or an export made without the store): nothing assigned or given. */
export const NO_CASE_FIELDS: CaseExportFields = {
  assignee: null,
  respondBy: '',
  resolveBy: '',
  urgency: null,
  overdue: false,
  enteredBy: null,
  respondedAt: null,
  resolvedAt: null,
  closedAt: null,
  reopenedAt: null,
  verdicts: [],
  followUps: [],
  residents: 1,
  mergedInto: null,
};

/** The latest verdict and follow-up call: what a flat row (CSV, Open311) has room for. */
export function latestOf(c: CaseExportFields) {
  const verdict = c.verdicts.at(-1);
  const followUp = c.followUps.at(-1);
  return {
    rating: verdict?.rating ?? '',
    ratingReason: verdict?.reason ?? '',
    followUp: followUp?.outcome ?? '',
    followUpAt: followUp?.at ?? '',
  };
}
