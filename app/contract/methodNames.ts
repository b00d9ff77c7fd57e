/**
 * The KioskApi's method names (DESIGN.md, "Contracts"), apart from their zod schemas in
 * `kioskApi.ts`: the page needs only the names to build its client, and zod kept out of the
 * welcome screen's JavaScript is 87 KB less to load and parse at every start.
 * `kioskApi.ts` checks at compile time that this list and its methods are the same.
 */
export const METHOD_NAMES = [
  'getKioskConfig',
  'submit',
  'speechToken',
  'callStaff',
  'lookupStatus',
  'staffLogin',
  'staffLogout',
  'listSubmissions',
  'getSubmission',
  'setStatus',
  'exportSubmissions',
  'stats',
  'auditLog',
  'purgeClosed',
  'pendingStaffCalls',
  'acknowledgeStaffCall',
  'staffNotices',
  'assign',
  'listStaff',
  'rateOutcome',
  'recordFollowUp',
  'submitOnBehalf',
  'findSimilar',
  'supportCase',
  'mergeCases',
  'smsMessages',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

const NAMES: ReadonlySet<string> = new Set(METHOD_NAMES);

export function isMethodName(name: string): name is MethodName {
  return NAMES.has(name);
}
