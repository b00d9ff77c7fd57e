import type { SubmitResult } from '../contract/kioskApi';
import type { Category } from '../domain/catalogue';
import type { Kind } from '../domain/kinds';
import type { InputMode } from '../domain/limits';
import type { PhoneError } from '../domain/phone';
import type { Language } from '../i18n/languages';

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
  status: 'queued' | 'collected' | 'forwarded' | 'closed';
  updatedAt: string;
  verified: boolean;
  publicNote: string | null;
}

/** The screens of checking progress: the reference, the answer, and the phone's last four digits for the note. */
export const LOOKUP_STAGES = ['ref', 'checking', 'result', 'phone'] as const;
export type LookupStage = (typeof LOOKUP_STAGES)[number];

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
  | 'lookup.error.last4';

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
  inputModes: InputMode[];
  /** Set while a step is being changed from the review screen. */
  returnToReview: boolean;
  fieldError: FieldErrorKey | null;
  submitError: SubmitErrorCode | null;
  receipt: SubmitResult | null;
  /** How many times each step has been entered this session (prompt variants count on it). */
  visits: Record<string, number>;
  /** Checking progress: the reference typed, the phone's last four digits, and what was found. */
  lookupRef: string;
  phoneLast4: string;
  lookupResult: LookupResult | null;
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
  | ({ type: 'user.verify' } & Mode);

/** Events of the dialog machine: what the resident does, and the outcome of a submit. */
export type DialogEvent =
  | UserEvent
  | { type: 'submit.done'; result: SubmitResult }
  | { type: 'submit.failed'; code: SubmitErrorCode }
  | { type: 'lookup.done'; result: LookupResult }
  | { type: 'lookup.failed'; code: LookupErrorCode }
  | { type: 'system.reset' };

/**
 * Top-level states of the dialog machine, one screen each. `contact` has the
 * child states `anonymity` (complaints and suggestions), `name` and `phone`.
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
] as const;
export type Step = (typeof STEPS)[number];
export const CONTACT_STAGES = ['anonymity', 'name', 'phone'] as const;
export type ContactStage = (typeof CONTACT_STAGES)[number];

/**
 * Text sizes, as an index into the renderer's scale (1×, 1.25×, 1.5×, 2× the
 * 28 px default: the largest at least twice the default, as the settings issue
 * asks). Reset when the session ends, like every setting.
 */
export const TEXT_SIZES = [0, 1, 2, 3] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/**
 * Contrast modes, after the four that accessible voting machines offer: the
 * default (dark text on warm white), dark (light text on dark grey, less
 * glare), and two high-contrast modes, yellow and white on black, and black on
 * white.
 */
export const CONTRASTS = ['default', 'dark', 'high', 'high-light'] as const;
export type Contrast = (typeof CONTRASTS)[number];

/**
 * The least contrast any text has in each mode, as the renderer's colours are
 * chosen and the end-to-end tests measure them: WCAG 1.4.6's 7:1 for the
 * default and dark modes, 15:1 for the high-contrast ones.
 */
export const MIN_TEXT_CONTRAST: Readonly<Record<Contrast, number>> = {
  default: 7,
  dark: 7,
  high: 15,
  'high-light': 15,
};

/**
 * Speech rate steps as multipliers of the voice's normal rate: 0.5× to 2× in
 * 7 steps (as accessible voting machines give); the default is slower than
 * normal for older listeners.
 */
export const RATES = [0.5, 0.7, 0.85, 1, 1.25, 1.5, 2] as const;
export const DEFAULT_RATE_STEP = 2;
/** Volume steps, as fractions of full volume. */
export const VOLUMES = [0.25, 0.5, 0.75, 1] as const;
export const DEFAULT_VOLUME_STEP = 2;

/** "More time" multiplies every idle time by this (WCAG 2.2.1 Timing Adjustable: the resident adjusts the limit). */
export const MORE_TIME_FACTOR = 2;

/** What a resident can adjust on any screen; all of it goes back to the defaults when the session ends. */
export interface Settings {
  textSize: TextSize;
  contrast: Contrast;
  /** Index into RATES. */
  rateStep: number;
  /** Index into VOLUMES. */
  volumeStep: number;
  /** Touching an item speaks it instead of activating it; the voice code gives the behaviour. */
  exploreByTouch: boolean;
  /** Every idle time doubled: before the warning, the warning itself, and the receipt. */
  moreTime: boolean;
  /**
   * Audio-first mode, for a resident who cannot see the screen: everything on
   * each screen is spoken, every block of text can take focus, and focus moves are spoken.
   */
  audioFirst: boolean;
  /** The display blanked while audio goes on (audio-first mode only): privacy for a blind resident. */
  screenOff: boolean;
}
export const DEFAULT_SETTINGS: Settings = {
  textSize: 0,
  contrast: 'default',
  rateStep: DEFAULT_RATE_STEP,
  volumeStep: DEFAULT_VOLUME_STEP,
  exploreByTouch: false,
  moreTime: false,
  audioFirst: false,
  screenOff: false,
};

/** Events only the kiosk machine handles (overlays, idle, settings, speech activity). */
export type KioskOnlyEvent =
  | ({ type: 'user.help' } & Mode)
  | ({ type: 'user.callStaff' } & Mode)
  | ({ type: 'user.closeOverlay' } & Mode)
  | ({ type: 'user.continue' } & Mode)
  | ({ type: 'user.openSettings' } & Mode)
  | ({ type: 'user.setTextSize'; size: TextSize } & Mode)
  | ({ type: 'user.setContrast'; contrast: Contrast } & Mode)
  /** One step slower or faster, quieter or louder; clamped at the ends. */
  | ({ type: 'user.changeRate'; delta: 1 | -1 } & Mode)
  | ({ type: 'user.changeVolume'; delta: 1 | -1 } & Mode)
  | ({ type: 'user.setExploreByTouch'; on: boolean } & Mode)
  | ({ type: 'user.setMoreTime'; on: boolean } & Mode)
  | ({ type: 'user.setAudioFirst'; on: boolean } & Mode)
  | ({ type: 'user.setScreenOff'; on: boolean } & Mode)
  /** Every setting back to its default, without ending the session. */
  | ({ type: 'user.resetSettings' } & Mode)
  | ({ type: 'user.activity' } & Mode)
  | { type: 'speech.started' }
  | { type: 'speech.ended' };

export type KioskEvent = DialogEvent | KioskOnlyEvent;
