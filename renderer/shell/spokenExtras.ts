import type { TFunction } from 'i18next';
import { composeDescription } from '../../app/dialog/draft';
import type { DialogContext, Step } from '../../app/dialog/types';
import { categoriesOf } from '../../app/domain/catalogue';
import { offerText } from '../screens/MeToo/offerText';
import { categoryLabel, categoryPhrases } from './catalogueText';

/**
 * What is said after a screen's prompt so that a resident who cannot see it
 * hears everything on it: the categories and quick phrases offered, the
 * staff's note found by a lookup, and on review what was
 * entered — except name and phone, which are said only when asked for
 * (EN 301 549 5.1.3.9: private data spoken only privately).
 */
export function spokenExtras(step: Step, ctx: DialogContext, t: TFunction): string[] {
  if (step === 'chooseCategory' && ctx.kind) {
    // Each label alone, exactly as shown: a fixed text the audio cache holds.
    return categoriesOf(ctx.catalogue, ctx.kind).map((c) => categoryLabel(c, c.code, ctx.language, t));
  }
  if (step === 'describe' && ctx.category) {
    const entry = ctx.catalogue.find((c) => c.code === ctx.category);
    return categoryPhrases(entry, ctx.category, ctx.language, t);
  }
  // Trying again at once would be refused again: the resident hears why, and to wait, in plain words.
  if (step === 'submitFailed' && ctx.submitError === 'rate-limited') return [t('submit.error.rate-limited')];
  if (step === 'lookup' && ctx.lookupResult?.verified) {
    const note = ctx.lookupResult.publicNote;
    return [note ? t('lookup.note', { note }) : t('lookup.noNote')];
  }
  // The offered case, said as shown, so a resident who cannot see it knows what they would join.
  if (step === 'meToo') {
    const offer = offerText(ctx, t);
    return offer === null ? [] : [t('meToo.details', offer)];
  }
  if (step === 'review' && ctx.kind) {
    const category = ctx.catalogue.find((c) => c.code === ctx.category);
    return [
      t(`kinds.${ctx.kind}.label`),
      category ? categoryLabel(category, category.code, ctx.language, t) : '',
      composeDescription(ctx.phrases, ctx.freeText, ctx.language),
      ctx.location.trim(),
      // Whether texts were asked for is no private detail: said like the rest, so it can be checked by ear.
      ctx.anonymous === false ? t(ctx.smsConsent ? 'review.smsYes' : 'review.smsNo') : '',
    ].filter((s) => s !== '');
  }
  return [];
}
