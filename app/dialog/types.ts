import type { Rating } from '../cases/lifecycle';
import type { SimilarCase } from '../contract/kioskApi';
import type { Category } from '../domain/catalogue';
import type { InputMode } from '../domain/inputModes';
import type { Kind } from '../domain/kinds';
import type { PhoneError } from '../domain/phone';
import type { ReferenceProblem } from '../domain/referenceNumber';
import type { Status } from '../domain/status';
import type { Language } from '../i18n/languages';
import type { SettingEvent } from './settings';

/** The parts of a submission the review screen can send the resident back to. */
export const SECTIONS = ['kind', 'category', 'describe', 'location', 'contact'] as const;
export type Section = (typeof SECTIONS)[number];

/** Why a submit failed, as the resident is told (locale key `submit.error.<code>`). */
export const SUBMIT_ERRORS = ['network', 'storage', 'invalid', 'rate-limited', 'unknown'] as const;
export type SubmitErrorCode = (typeof SUBMIT_ERRORS)[number];

/** Why a progress lookup failed, as the resident is told (locale key `lookup.error.<code>`). */
export const LOOKUP_ERRORS = ['invalid', 'not-found', 'rate-limited', 'network', 'unknown'] as const;
export type LookupErrorCode = (typeof LOOKUP_ERRORS)[number];

/** What a progress lookup found (KioskApi `lookupStatus`). */
export interface LookupResult {
  ref: string;
  status: Status;
  updatedAt: string;
  verified: boolean;
  publicNote: string | null;
  /** The resident is asked 满意 / 基本满意 / 不满意 (KioskApi `rateOutcome`). */
  verdictDue?: boolean;
}

/**
 * The screens of checking progress: the reference, the answer, and the phone's last four digits for the note;
 * then, for a resolved case, the verdict (`rate`), the reason for a 不满意, sending it, and thanks.
 */
export const LOOKUP_STAGES = ['ref', 'checking', 'result', 'phone', 'rate', 'reason', 'rating', 'rated'] as const;
export type LookupStage = (typeof LOOKUP_STAGES)[number];

/**
 * "Me too" before a complaint is stored: asking whether an open case is the
 * same problem (`checking`), offering it (`offer`), and adding the resident's
 * support to it (`supporting`).
 */
export const ME_TOO_STAGES = ['checking', 'offer', 'supporting'] as const;
export type MeTooStage = (typeof ME_TOO_STAGES)[number];

/** What the receipt shows: the resident's reference, and when it was given. */
export interface Receipt {
  ref: string;
  createdAt: string;
}

/**
 * A field's problem, as a locale key the screen shows and speaks:
 * `describe.error.empty`, `describe.error.tooLong`, `location.error.tooLong`,
 * `contact.name.error.tooLong`, `contact.phone.error.<PhoneError>`; `….error.unusable`
 * when the text has characters that cannot be stored (app/domain/text.ts).
 */
export type FieldErrorKey =
  | 'describe.error.empty'
  | 'describe.error.tooLong'
  | 'describe.error.unusable'
  | 'location.error.tooLong'
  | 'location.error.unusable'
  | 'contact.name.error.tooLong'
  | 'contact.name.error.unusable'
  | `contact.phone.error.${PhoneError}`
  | `lookup.error.${LookupErrorCode}`
  | `lookup.error.${ReferenceProblem}`
  | 'lookup.error.last4'
  | `lookup.verdict.error.${LookupErrorCode}`;

export interface DialogInput {
  catalogue: readonly Category[];
  defaultLanguage: Language;
}

export interface DialogContext {
  catalogue: readonly Category[];
  defaultLanguage: Language;
  language: Language;
  kind: Kind | null;
  category: string | null;
  /** Quick phrases chosen, in the order they were chosen. */
  phrases: string[];
  /** What the resident typed; kept whole even past the limit, never cut. */
  freeText: string;
  location: string;
  /** null until the resident has chosen (complaints and suggestions only). */
  anonymous: boolean | null;
  name: string;
  /** Digits typed on the keypad. */
  phone: string;
  /** Yes to "案件有进展时，用短信告诉您吗？" (asked after the phone; no until the resident says yes). */
  smsConsent: boolean;
  inputModes: InputMode[];
  /** Set while a step is being changed from the review screen. */
  returnToReview: boolean;
  fieldError: FieldErrorKey | null;
  submitError: SubmitErrorCode | null;
  receipt: Receipt | null;
  /** The open case offered on the "me too" screen (no personal data), while it is offered. */
  similar: SimilarCase | null;
  /** Residents who reported the case, once this resident's support was added to it; null for a submission of their own. */
  supportedBy: number | null;
  /** How many times each step has been entered this session (prompt variants count on it). */
  visits: Record<string, number>;
  /** Checking progress: the reference typed, the phone's last four digits, and what was found. */
  lookupRef: string;
  phoneLast4: string;
  lookupResult: LookupResult | null;
  /** The verdict on a resolved case: the rating chosen, the reason in the resident's words, and the status it led to. */
  verdictRating: Rating | null;
  verdictReason: string;
  verdictStatus: Status | null;
}

type Mode = { mode?: InputMode };

/** Events a resident causes; `mode` records how (touch, keypad, voice). */
export type UserEvent =
  | ({ type: 'user.start' } & Mode)
  | ({ type: 'user.setLanguage'; language: Language } & Mode)
  | ({ type: 'user.chooseKind'; kind: Kind } & Mode)
  | ({ type: 'user.chooseCategory'; category: string } & Mode)
  | ({ type: 'user.togglePhrase'; phrase: string } & Mode)
  | ({ type: 'user.setDescription'; text: string } & Mode)
  | ({ type: 'user.setLocation'; text: string } & Mode)
  | ({ type: 'user.chooseAnonymous'; anonymous: boolean } & Mode)
  | ({ type: 'user.setName'; name: string } & Mode)
  | ({ type: 'user.setPhone'; phone: string } & Mode)
  | ({ type: 'user.chooseSms'; consent: boolean } & Mode)
  | ({ type: 'user.next' } & Mode)
  | ({ type: 'user.edit'; section: Section } & Mode)
  | ({ type: 'user.submit' } & Mode)
  | ({ type: 'user.retry' } & Mode)
  | ({ type: 'user.finish' } & Mode)
  | ({ type: 'user.back' } & Mode)
  | ({ type: 'user.startOver' } & Mode)
  | ({ type: 'user.checkProgress' } & Mode)
  | ({ type: 'user.setLookupRef'; ref: string } & Mode)
  | ({ type: 'user.setPhoneLast4'; digits: string } & Mode)
  | ({ type: 'user.verify' } & Mode)
  | ({ type: 'user.rate'; rating: Rating } & Mode)
  | ({ type: 'user.setVerdictReason'; text: string } & Mode)
  | ({ type: 'user.skipReason' } & Mode)
  /** "加上我的一票" on the me-too screen. */
  | ({ type: 'user.support' } & Mode)
  /** "我要单独提交" on the me-too screen. */
  | ({ type: 'user.submitOwn' } & Mode);

/** Events of the dialog machine: what the resident does, and the outcome of a submit. */
export type DialogEvent =
  | UserEvent
  | { type: 'submit.done'; result: Receipt }
  /** "Me too": an open case like this complaint (`findSimilar`), or none (or the question failed: submit as usual). */
  | { type: 'similar.found'; offer: SimilarCase }
  | { type: 'similar.none' }
  | { type: 'support.done'; result: Receipt & { residents: number } }
  | { type: 'support.failed' }
  | { type: 'submit.failed'; code: SubmitErrorCode }
  | { type: 'lookup.done'; result: LookupResult }
  | { type: 'lookup.failed'; code: LookupErrorCode }
  | { type: 'verdict.done'; status: Status }
  | { type: 'verdict.failed'; code: LookupErrorCode }
  | { type: 'system.reset' };

/**
 * Top-level states of the dialog machine, one screen each. `contact` has the
 * child states `anonymity` (complaints and suggestions), `name`, `phone` and `sms` (told by SMS?).
 */
export const STEPS = [
  'welcome',
  'chooseKind',
  'chooseCategory',
  'describe',
  'location',
  'contact',
  'review',
  'submitting',
  'submitFailed',
  'receipt',
  'lookup',
  'meToo',
] as const;
export type Step = (typeof STEPS)[number];
export const CONTACT_STAGES = ['anonymity', 'name', 'phone', 'sms'] as const;
export type ContactStage = (typeof CONTACT_STAGES)[number];

/** Events only the kiosk machine handles (overlays, idle, settings, speech activity). */
export type KioskOnlyEvent =
  | ({ type: 'user.help' } & Mode)
  | ({ type: 'user.callStaff' } & Mode)
  | ({ type: 'user.closeOverlay' } & Mode)
  | ({ type: 'user.continue' } & Mode)
  | ({ type: 'user.openSettings' } & Mode)
  | SettingEvent
  | ({ type: 'user.activity' } & Mode)
  /** More time to read the receipt: its countdown gets another full time. */
  | ({ type: 'user.moreTime' } & Mode)
  | { type: 'speech.started' }
  | { type: 'speech.ended' };

export type KioskEvent = DialogEvent | KioskOnlyEvent;
