import type { CaseStatus } from '../cases/lifecycle';

/**
 * The SMS a consenting resident gets when their case moves, one template per
 * status change worth telling (DESIGN.md, "Storage and staff"). Each carries
 * the reference number only: never the description or anything else the
 * resident wrote, since a phone's messages are read by whoever holds it.
 * `queued` has none: the resident has just been given the receipt.
 */
export const SMS_TEMPLATES = ['received', 'accepted', 'forwarded', 'resolved', 'reopened', 'closed'] as const;
export type SmsTemplate = (typeof SMS_TEMPLATES)[number];

const BY_STATUS: Partial<Record<CaseStatus, SmsTemplate>> = {
  collected: 'received',
  assigned: 'accepted',
  forwarded: 'forwarded',
  resolved: 'resolved',
  reopened: 'reopened',
  closed: 'closed',
};

/** The template for a move into this status, or null when the resident is not told of it. */
export function smsTemplateFor(status: string): SmsTemplate | null {
  return BY_STATUS[status as CaseStatus] ?? null;
}

/** The statuses a resident is told of, for the store's query. */
export const NOTIFIED_STATUSES = Object.keys(BY_STATUS) as CaseStatus[];

/** The last four digits of a phone number, the rest masked, for staff's view of what was sent. */
export function maskedPhone(phone: string | null): string {
  if (phone === null) return '—';
  const digits = phone.replace(/\D/g, '');
  return `•••${digits.slice(-4)}`;
}
