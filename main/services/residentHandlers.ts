import { ApiError } from '../../app/contract/errors';
import type { KioskApiHandlers } from '../../app/contract/kioskApi';
import { findCategory } from '../../app/domain/catalogue';
import type { StoredInputMode } from '../../app/domain/inputModes';
import { checkPhone } from '../../app/domain/phone';
import type { StaffDraft } from '../../app/domain/submission';
import { hasVisibleText } from '../../app/domain/text';
import { toKioskConfigView } from '../config/view';
import type { NewSubmission } from '../store/submissions';
import type { ServiceDeps } from './deps';
import { createProgressLookup, type ProgressLookup } from './progressLookup';
import type { QueueWatch } from './queueWatch';
import type { ResidentLimits } from './residentLimits';

type ResidentMethod = 'getKioskConfig' | 'submit' | 'speechToken' | 'callStaff' | 'lookupStatus' | 'staffLogin';

/**
 * Checks what the Draft schema cannot know (this centre's catalogue and languages) and normalises; the same
 * for a resident's draft and one staff enter for them (`within` names where the draft sits in the arguments).
 */
export function toNewSubmission(
  draft: StaffDraft,
  inputModes: StoredInputMode[],
  { config }: Pick<ServiceDeps, 'config'>,
  within = '',
): NewSubmission {
  const invalid = (field: string, message: string) =>
    new ApiError('invalid', `${within}${field}: ${message}`, `${within}${field}`);
  const category = findCategory(config.catalogue, draft.category);
  if (category === undefined) throw invalid('category', 'is not offered at this kiosk');
  if (category.kind !== draft.kind) throw invalid('category', `belongs to "${category.kind}", not "${draft.kind}"`);
  if (!config.languages.includes(draft.language)) throw invalid('language', 'is not offered at this kiosk');
  const { contact } = draft;
  const phone = contact.phone === undefined ? null : checkPhone(contact.phone);
  // An optional field with nothing visible in it (spaces, zero-width characters) was not given.
  const given = (text: string | undefined) => (text !== undefined && hasVisibleText(text) ? text.trim() : null);
  return {
    kind: draft.kind,
    category: category.code,
    description: draft.description.trim(),
    location: given(draft.location),
    anonymous: contact.anonymous,
    name: given(contact.name),
    phone: phone?.ok ? phone.digits : null,
    language: draft.language,
    inputModes,
    kioskId: config.kioskId,
    smsConsent: contact.smsConsent === true,
  };
}

/** What guards the residents' channels: limits per source and visit, and the watch on the queue's disk. */
export interface ResidentGuards {
  limits: ResidentLimits;
  queueWatch: QueueWatch;
  /** The progress lookup, when shared with the verdict (which proves the phone the same way); else one of its own. */
  progress?: ProgressLookup;
}

export function residentHandlers(
  deps: ServiceDeps,
  { limits, queueWatch, progress: shared }: ResidentGuards,
): Pick<KioskApiHandlers, ResidentMethod> {
  const { store, config, staffAuth, speechTokens } = deps;
  const view = toKioskConfigView(config);
  const progress = shared ?? createProgressLookup({ ...deps, guesses: config.residentLimits });
  return {
    getKioskConfig: () => view,

    // better-sqlite3 is synchronous and the database runs with synchronous=FULL: when submit returns, the row is on disk.
    submit: ({ visit, ...draft }, ctx) => {
      const submission = toNewSubmission(draft, draft.inputModes, deps);
      limits.submit(ctx.source, visit);
      const stored = store.submissions.submit(submission);
      try {
        queueWatch.check();
      } catch (error) {
        // The row is committed: failing to watch (or to audit, on a full disk) must not report the submit as failed.
        console.error('linli: watching the queue’s disk failed:', error);
      }
      return stored;
    },

    speechToken: () => speechTokens.current(),

    callStaff: ({ language, visit }, ctx) => {
      limits.callStaff(ctx.source, visit);
      return store.staffCalls.create(language, ctx.source);
    },

    lookupStatus: (args, ctx) => {
      limits.lookup(ctx.source);
      return progress.lookupStatus(args, ctx.source);
    },

    staffLogin: async ({ pin }, ctx) => {
      const { token, expiresAt, person } = await staffAuth.login(pin, ctx.source);
      ctx.setStaffSession(token, expiresAt);
      return { expiresAt, staff: person };
    },
  };
}
