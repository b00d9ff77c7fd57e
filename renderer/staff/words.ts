// What the console shows in words where the store keeps codes: language names, input modes, who did
// something, and each audit entry as a sentence. Staff read these at a glance; the codes stay in the
// audit log's CSV export for whoever needs them.
import type { TFunction } from 'i18next';
import { FOLLOW_UP_OUTCOMES, type FollowUpOutcome, RATINGS, type Rating } from '../../app/cases/lifecycle';
import { type AuditAction, isAuditAction } from '../../app/domain/auditActions';
import { ON_BEHALF_CHANNELS, STORED_INPUT_MODES, type StoredInputMode } from '../../app/domain/inputModes';
import { formatReference } from '../../app/domain/referenceNumber';
import { STATUSES, type Status } from '../../app/domain/status';
import { isLanguage } from '../../app/i18n/languages';

/** "中文（简体）", "粤语", "English"… in the console's language; a code the kiosk does not offer stays as it is. */
export function languageName(code: string, t: TFunction): string {
  return isLanguage(code) ? t(`staff.languages.${code}`) : code;
}

/** "触摸、语音": the ways a resident answered (or "工作人员代办"), in words, in the kiosk's order. */
export function inputModesText(modes: readonly string[], t: TFunction): string {
  const known = STORED_INPUT_MODES.filter((m) => modes.includes(m));
  const unknown = modes.filter((m) => !(STORED_INPUT_MODES as readonly string[]).includes(m));
  return [...known.map((m: StoredInputMode) => t(`staff.inputModes.${m}`)), ...unknown].join(t('staff.listSeparator'));
}

/** A staff session's label: `staff:` and eight hex digits of its token (main/staff/staffAuth.ts). */
const SESSION = /^staff:([0-9a-f]{8})$/;

/**
 * Who did something, as a person reads it. Staff share one PIN today, so a session is all the store
 * knows ("工作人员（登录 87e6）": the same four characters mark one sign-in's actions). A named account,
 * recorded as `staff:<name>`, shows its name.
 */
export function actorName(actor: string, t: TFunction): string {
  const session = SESSION.exec(actor);
  if (session) return t('staff.actors.session', { session: session[1]!.slice(0, 4) });
  if (actor.startsWith('staff:')) return actor.slice('staff:'.length);
  switch (actor) {
    case 'staff':
      return t('staff.actors.signIn');
    case 'kiosk':
      return t('staff.actors.kiosk');
    case 'resident':
      return t('staff.actors.resident');
    case 'admin-cli':
      return t('staff.actors.adminCli');
    case 'forwarder':
      return t('staff.actors.forwarder');
    default:
      return actor;
  }
}

type Detail = Record<string, unknown>;

function parse(detail: string | null): Detail {
  if (detail === null) return {};
  try {
    const value: unknown = JSON.parse(detail);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Detail) : {};
  } catch {
    return {};
  }
}

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** The numbers and words a sentence may name, taken from the entry's particulars. */
function particulars(d: Detail, t: TFunction) {
  const ids = Array.isArray(d.ids) ? d.ids : [];
  const status = (STATUSES as readonly unknown[]).includes(d.status)
    ? t(`staff.status.${d.status as Status}`)
    : text(d.status);
  const reason = d.reason === 'idle' || d.reason === 'lifetime' ? t(`staff.audit.ended.${d.reason}`) : text(d.reason);
  return {
    ref: typeof d.ref === 'string' ? formatReference(d.ref) : text(d.id),
    id: text(d.id),
    count: typeof d.count === 'number' ? d.count : ids.length,
    status: status || t('staff.filters.any'),
    format: text(d.format).toUpperCase().replace('OPEN311', 'Open311'),
    days: text(d.days),
    failures: text(d.failures),
    attempts: text(d.attempts),
    source: text(d.source),
    reason,
    free: text(d.freeMegabytes),
    size: text(d.databaseMegabytes),
    out: text(d.out),
    movedTo: text(d.movedTo),
    serviceRequestId: text(d.serviceRequestId),
    name: text(d.name),
    channel: (ON_BEHALF_CHANNELS as readonly unknown[]).includes(d.channel)
      ? t(`staff.audit.channel.${d.channel as 'phone' | 'walk-in'}`)
      : text(d.channel),
    assignee: text(d.assignee),
    into: typeof d.into === 'string' ? formatReference(d.into) : text(d.into),
    from: typeof d.from === 'string' ? formatReference(d.from) : text(d.from),
    residents: text(d.residents),
    rating: (RATINGS as readonly unknown[]).includes(d.rating)
      ? t(`staff.verdict.ratings.${d.rating as Rating}`)
      : text(d.rating),
    outcome: (FOLLOW_UP_OUTCOMES as readonly unknown[]).includes(d.outcome)
      ? t(`staff.followUp.outcomes.${d.outcome as FollowUpOutcome}`)
      : text(d.outcome),
  };
}

/**
 * One audit entry as a sentence in the console's language: "查看了编号 100 0027 的提交". An action this
 * console does not know yet (a newer kiosk's) is shown as its code, so nothing recorded is hidden.
 */
export function auditSentence(entry: { action: string; detail: string | null }, t: TFunction): string {
  if (!isAuditAction(entry.action)) return entry.detail ? `${entry.action} ${entry.detail}` : entry.action;
  const d = parse(entry.detail);
  const words = particulars(d, t);
  const sentence = t(`staff.audit.says.${entry.action}` as `staff.audit.says.${AuditAction}`, words);
  if (entry.action === 'submissions.status' && d.publicNote === true)
    return `${sentence}${t('staff.audit.withPublicNote')}`;
  if (entry.action === 'queue.space-low' && d.reason === 'database') return t('staff.audit.spaceLowDatabase', words);
  return sentence;
}
