/**
 * Every action the audit log can record. `AuditRecord.action` (main/store/auditLog.ts) is typed by this
 * list, so a new action must be added here; the staff console words each one as a sentence
 * (`staff.audit.says.*` in every locale), and a test fails when one has none.
 */
export const AUDIT_ACTIONS = [
  'staff.login',
  'staff.login-failed',
  'staff.logout',
  'staff.session-ended',
  'staff.pin-set',
  'staff.sign-in-unlocked',
  'staff.account-added',
  'staff.account-disabled',
  'staff.pin-reset',
  'submission.view',
  'submission.lookup',
  'submission.lookup-locked',
  'submission.lookup-guarded',
  'submission.verdict',
  'submission.follow-up',
  'submission.on-behalf',
  'submission.support',
  'submissions.status',
  'submissions.take',
  'submissions.assign',
  'submissions.merge',
  'submissions.export',
  'submissions.list',
  'submissions.purge',
  'submissions.purge-closed',
  'staffCall.acknowledge',
  'queue.space-low',
  'queue.space-ok',
  'store.backup',
  'store.setAside',
  'store.damaged',
  'forwarding.sent',
  'forwarding.uncertain',
  'forwarding.retry',
  'sms.uncertain',
  'sms.failed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}
