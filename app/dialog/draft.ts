import { findCategory, needsLocation } from '../domain/catalogue';
import { LIMITS } from '../domain/limits';
import { checkPhone } from '../domain/phone';
import type { Draft } from '../domain/submission';
import { charCount, hasVisibleText, textProblem } from '../domain/text';
import type { Language } from '../i18n/languages';
import type { DialogContext } from './types';

/** How chosen quick phrases are joined, in the resident's language. */
export const PHRASE_SEPARATOR: Record<Language, string> = { 'zh-CN': '；', en: '; ', 'zh-HK': '；' };

/** The description as it is stored: the quick phrases in the order chosen, then what was typed. */
export function composeDescription(phrases: readonly string[], freeText: string, language: Language): string {
  return [...phrases, freeText]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(PHRASE_SEPARATOR[language]);
}

type DescriptionParts = Pick<DialogContext, 'phrases' | 'freeText' | 'language'>;

/** Length of the composed description as the resident counts it (code points). */
export function descriptionLength(ctx: DescriptionParts): number {
  return charCount(composeDescription(ctx.phrases, ctx.freeText, ctx.language));
}

export function isDescriptionTooLong(ctx: DescriptionParts): boolean {
  return descriptionLength(ctx) > LIMITS.description;
}

/** Something visible was chosen or written: only spaces or invisible characters do not count. */
export function hasDescription(ctx: DescriptionParts): boolean {
  return hasVisibleText(composeDescription(ctx.phrases, ctx.freeText, ctx.language));
}

/** What was written has characters the kiosk cannot store (text.ts): control characters, broken ones. */
export function isDescriptionUnusable(ctx: DescriptionParts): boolean {
  return textProblem(ctx.freeText) !== null;
}

/**
 * The submission as `submit` takes it. Call it only once the dialog has a
 * kind and a category (at review and after); it throws otherwise, because a
 * draft without them cannot be sent anywhere.
 */
export function draftFromContext(ctx: DialogContext): Draft {
  const { kind, category } = ctx;
  if (kind === null || category === null) throw new Error('draftFromContext: no kind or category chosen yet');
  const entry = findCategory(ctx.catalogue, category);
  const location = hasVisibleText(ctx.location) ? ctx.location.trim() : '';
  const draft: Draft = {
    kind,
    category,
    description: composeDescription(ctx.phrases, ctx.freeText, ctx.language),
    contact: contactOf(ctx),
    language: ctx.language,
    inputModes: ctx.inputModes.length > 0 ? [...ctx.inputModes] : ['touch'],
  };
  if (entry !== undefined && needsLocation(entry) && location !== '') draft.location = location;
  return draft;
}

function contactOf(ctx: DialogContext): Draft['contact'] {
  if (ctx.anonymous === true) return { anonymous: true };
  const name = hasVisibleText(ctx.name) ? ctx.name.trim() : '';
  const phone = checkPhone(ctx.phone);
  return {
    anonymous: false,
    ...(name !== '' ? { name } : {}),
    // Stored as the digits alone: the spaces or dashes a resident typed are not part of the number.
    phone: phone.ok ? phone.digits : ctx.phone.trim(),
    // Sent only when given: a draft without it is one from before the question, and means no.
    ...(ctx.smsConsent ? { smsConsent: true } : {}),
  };
}
