/**
 * Where the dialog goes next: pure functions of the context, so the
 * machine's guards stay one-liners and the rules can be read (and tested)
 * in one place.
 */
import { type Category, findCategory, needsLocation } from '../domain/catalogue';
import { kindAllowsAnonymous } from '../domain/kinds';
import { LIMITS } from '../domain/limits';
import { checkPhone } from '../domain/phone';
import { charCount, textProblem } from '../domain/text';
import { hasDescription, isDescriptionTooLong, isDescriptionUnusable } from './draft';
import type { DialogContext, DialogEvent, Section, Step } from './types';

/** A screen the dialog can move to: a step, or a stage of `contact`. */
export const PLACES = [
  'welcome',
  'chooseKind',
  'chooseCategory',
  'describe',
  'location',
  'contact.anonymity',
  'contact.name',
  'contact.phone',
  'contact.sms',
  'review',
] as const;
export type Place = (typeof PLACES)[number];

/** The chosen category, if it is in the catalogue under the chosen kind. */
export function chosenCategory(ctx: DialogContext): Category | undefined {
  if (ctx.kind === null || ctx.category === null) return undefined;
  const entry = findCategory(ctx.catalogue, ctx.category);
  return entry?.kind === ctx.kind ? entry : undefined;
}

export function isCategoryOffered(ctx: DialogContext, code: string): boolean {
  return ctx.kind !== null && findCategory(ctx.catalogue, code)?.kind === ctx.kind;
}

export function asksForLocation(ctx: DialogContext): boolean {
  const entry = chosenCategory(ctx);
  return entry !== undefined && needsLocation(entry);
}

/** Service requests always carry a contact, so they skip the anonymity question. */
export function contactStart(ctx: DialogContext): Place {
  return ctx.kind !== null && kindAllowsAnonymous(ctx.kind) ? 'contact.anonymity' : 'contact.name';
}

export const isLocationTooLong = (ctx: DialogContext) => charCount(ctx.location.trim()) > LIMITS.location;
export const isNameTooLong = (ctx: DialogContext) => charCount(ctx.name.trim()) > LIMITS.name;
/** Characters the kiosk cannot store (control characters, broken ones): refused with a plain-words message. */
export const isLocationUnusable = (ctx: DialogContext) => textProblem(ctx.location) !== null;
export const isNameUnusable = (ctx: DialogContext) => textProblem(ctx.name) !== null;

function isContactComplete(ctx: DialogContext): boolean {
  if (ctx.anonymous === true) return ctx.kind !== null && kindAllowsAnonymous(ctx.kind);
  return ctx.anonymous === false && !isNameTooLong(ctx) && !isNameUnusable(ctx) && checkPhone(ctx.phone).ok;
}

/**
 * The first screen whose answer is missing or invalid, or null when the
 * draft is complete. Location is optional, so only an over-long one counts.
 */
export function firstIncomplete(ctx: DialogContext): Place | null {
  if (ctx.kind === null) return 'chooseKind';
  if (chosenCategory(ctx) === undefined) return 'chooseCategory';
  if (!hasDescription(ctx) || isDescriptionTooLong(ctx) || isDescriptionUnusable(ctx)) return 'describe';
  if (asksForLocation(ctx) && (isLocationTooLong(ctx) || isLocationUnusable(ctx))) return 'location';
  if (!isContactComplete(ctx)) return contactStart(ctx);
  return null;
}

export const isComplete = (ctx: DialogContext) => firstIncomplete(ctx) === null;

/**
 * Where a completed step leads. In the ordinary flow, the next step; when
 * the step was opened from the review screen (or the review itself is being
 * left), the first step still incomplete, else straight back to review.
 */
export function placeAfter(ctx: DialogContext, from: Step): Place {
  const resume = firstIncomplete(ctx) ?? 'review';
  if (ctx.returnToReview) return resume;
  switch (from) {
    case 'welcome':
      return 'chooseKind';
    case 'chooseKind':
      return 'chooseCategory';
    case 'chooseCategory':
      return 'describe';
    case 'describe':
      return asksForLocation(ctx) ? 'location' : contactStart(ctx);
    case 'location':
      return contactStart(ctx);
    default:
      return resume;
  }
}

/** Where `back` leads; while a step is edited from review, back returns there if nothing is missing. */
export function placeBefore(ctx: DialogContext, from: Place): Place {
  if (ctx.returnToReview && isComplete(ctx)) return 'review';
  const beforeContact = asksForLocation(ctx) ? 'location' : 'describe';
  switch (from) {
    case 'welcome':
    case 'chooseKind':
      return 'welcome';
    case 'chooseCategory':
      return 'chooseKind';
    case 'describe':
      return 'chooseCategory';
    case 'location':
      return 'describe';
    case 'contact.anonymity':
      return beforeContact;
    case 'contact.name':
      return contactStart(ctx) === 'contact.anonymity' ? 'contact.anonymity' : beforeContact;
    case 'contact.phone':
      return 'contact.name';
    case 'contact.sms':
      return 'contact.phone';
    case 'review':
      return ctx.anonymous === true ? 'contact.anonymity' : 'contact.sms';
  }
}

/** The screen the review's "change" button for a section opens, or null when that section is not asked. */
export function placeToEdit(ctx: DialogContext, section: Section): Place | null {
  switch (section) {
    case 'kind':
      return 'chooseKind';
    case 'category':
      return 'chooseCategory';
    case 'describe':
      return 'describe';
    case 'location':
      return asksForLocation(ctx) ? 'location' : null;
    case 'contact':
      return contactStart(ctx);
  }
}

/**
 * What a choice changes in the context. Guards use it to look at the
 * context as it will be after the event (XState evaluates guards before a
 * transition's actions), and the `applyChoice` action assigns it.
 */
export function changesFrom(ctx: DialogContext, event: DialogEvent): Partial<DialogContext> {
  switch (event.type) {
    case 'user.setLanguage':
      return { language: event.language };
    case 'user.chooseKind': {
      if (event.kind === ctx.kind) return {};
      // A service request is never anonymous; a named contact already given stays.
      const anonymous = event.kind === 'service' && ctx.anonymous === true ? null : ctx.anonymous;
      return { kind: event.kind, category: null, phrases: [], anonymous };
    }
    case 'user.chooseCategory':
      return event.category === ctx.category ? {} : { category: event.category, phrases: [] };
    case 'user.chooseAnonymous':
      return event.anonymous ? { anonymous: true, name: '', phone: '', smsConsent: false } : { anonymous: false };
    case 'user.chooseSms':
      return { smsConsent: event.consent };
    default:
      return {};
  }
}

export function withChanges(ctx: DialogContext, event: DialogEvent): DialogContext {
  return { ...ctx, ...changesFrom(ctx, event) };
}
