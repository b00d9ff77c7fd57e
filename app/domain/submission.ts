import * as z from 'zod';
import { LANGUAGES } from '../i18n/languages';
import { INPUT_MODES, STORED_INPUT_MODES } from './inputModes';
import { KINDS, type Kind, kindAllowsAnonymous } from './kinds';
import { LIMITS } from './limits';
import { checkPhone } from './phone';
import { STATUSES } from './status';
import { charCount, hasVisibleText, textProblem } from './text';

/** Text a person wrote: at most `max` characters, none of them control characters or broken ones (text.ts). */
export const plainText = (max: number) =>
  z
    .string()
    .refine((s) => charCount(s) <= max, { message: `must be at most ${max} characters` })
    .refine((s) => textProblem(s) !== 'control', {
      message: 'must not contain control characters (U+0000–U+001F other than tab and line breaks, U+007F–U+009F)',
    })
    .refine((s) => textProblem(s) !== 'broken', { message: 'must not contain broken characters' });

/** The same, for a field that must be filled in: something visible, not only spaces or invisible characters. */
export const requiredText = (max: number) =>
  plainText(max).refine(hasVisibleText, {
    message: 'must not be empty (only spaces or invisible characters were given)',
  });

export const Contact = z
  .object({
    anonymous: z.boolean(),
    name: plainText(LIMITS.name).optional(),
    phone: z.string().max(LIMITS.phone).optional(),
    /** Yes to "案件有进展时，用短信告诉您吗？": only with a phone; absent means no, and no SMS is ever sent. */
    smsConsent: z.boolean().optional(),
  })
  .strict();

/** A draft's fields, before the checks that span several of them (checkDraft). */
const DraftFields = z
  .object({
    kind: z.enum(KINDS),
    category: z.string().min(1).max(64),
    description: requiredText(LIMITS.description),
    location: plainText(LIMITS.location).optional(),
    contact: Contact,
    language: z.enum(LANGUAGES),
    inputModes: z.array(z.enum(INPUT_MODES)).min(1).max(INPUT_MODES.length),
  })
  .strict();

/** The checks across fields that every draft gets, the resident's and the one staff enter for them. */
function checkDraft(
  draft: { kind: Kind; contact: z.infer<typeof Contact>; inputModes?: readonly string[] },
  ctx: z.RefinementCtx,
): void {
  const { contact } = draft;
  if (draft.inputModes !== undefined && new Set(draft.inputModes).size !== draft.inputModes.length) {
    ctx.addIssue({ code: 'custom', path: ['inputModes'], message: 'must not repeat a mode' });
  }
  if (contact.anonymous) {
    if (!kindAllowsAnonymous(draft.kind)) {
      ctx.addIssue({ code: 'custom', path: ['contact', 'anonymous'], message: 'a service request needs a contact' });
    }
    if (contact.name !== undefined || contact.phone !== undefined || contact.smsConsent === true) {
      ctx.addIssue({
        code: 'custom',
        path: ['contact'],
        message: 'an anonymous submission carries no name or phone',
      });
    }
    return;
  }
  if (contact.phone === undefined) {
    ctx.addIssue({ code: 'custom', path: ['contact', 'phone'], message: 'is required unless anonymous' });
    return;
  }
  const phone = checkPhone(contact.phone);
  if (!phone.ok) {
    ctx.addIssue({ code: 'custom', path: ['contact', 'phone'], message: `is not a valid number (${phone.error})` });
  }
}

/** What the resident built up on the screens, as sent to `submit`. */
export const Draft = DraftFields.superRefine(checkDraft);
export type Draft = z.infer<typeof Draft>;

/**
 * What staff enter for a resident (`submitOnBehalf`): the same fields and checks as a resident's draft, but no
 * input modes (the store records `staff`).
 */
export const StaffDraft = DraftFields.omit({ inputModes: true }).superRefine(checkDraft);
export type StaffDraft = z.infer<typeof StaffDraft>;

export const HistoryEntry = z.object({
  status: z.enum(STATUSES),
  at: z.string(),
  by: z.string(),
  note: z.string().nullable(),
  /** What the resident was told with this change (lookupStatus shows the newest); absent when nothing was. */
  publicNote: z.string().optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** A stored submission, as staff see it and as the JSON export writes it. */
export const Submission = z.object({
  id: z.number().int(),
  ref: z.string(),
  kind: z.enum(KINDS),
  category: z.string(),
  description: z.string(),
  location: z.string().nullable(),
  anonymous: z.boolean(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  language: z.enum(LANGUAGES),
  inputModes: z.array(z.enum(STORED_INPUT_MODES)),
  kioskId: z.string(),
  status: z.enum(STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
  history: z.array(HistoryEntry),
});
export type Submission = z.infer<typeof Submission>;
