import type { TFunction } from 'i18next';
import type { DialogContext } from '../../../app/dialog/types';
import { categoryLabel } from '../../shell/catalogueText';

/** What the "me too" screen shows and says of the offered case: category, place, date and count. */
export function offerText(ctx: DialogContext, t: TFunction) {
  const offer = ctx.similar;
  if (offer === null) return null;
  const entry = ctx.catalogue.find((c) => c.code === offer.category);
  return {
    category: categoryLabel(entry, offer.category, ctx.language, t),
    place: offer.location ?? t('meToo.noPlace'),
    // The kiosk's own date, in the resident's language: "12月1日", "1 December".
    date: new Intl.DateTimeFormat(ctx.language, { month: 'long', day: 'numeric' }).format(
      new Date(offer.firstReportedAt),
    ),
    count: offer.residents,
  };
}
