import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import type { KioskConfigView } from '../../../app/contract/kioskApi';
import { promptKeys, stepKey } from '../../../app/dialog/prompts';
import type { ContactStage, DialogContext, LookupStage, MeTooStage, Step } from '../../../app/dialog/types';
import { formatReference } from '../../../app/domain/referenceNumber';

interface Args {
  step: Step;
  stage: ContactStage | LookupStage | MeTooStage | null;
  ctx: DialogContext;
  t: TFunction;
  config: KioskConfigView;
}

/**
 * Each screen's prompt: the shown title and the spoken variant come from the
 * same locale entry. The live region announces the final prompt once per
 * screen and language (the title changes with nothing else); the voice machine speaks it.
 */
export function usePrompt({ step, stage, ctx, t, config }: Args) {
  const key = stepKey(step, stage);
  const keys = promptKeys(step, stage, ctx.visits[key] ?? 1);
  const values = {
    centre: config.centreName[ctx.language],
    ref: formatReference(ctx.receipt?.ref ?? ctx.lookupResult?.ref ?? ''),
    status: ctx.lookupResult ? t(`lookup.status.${ctx.lookupResult.status}`) : '',
  };
  const title = t(keys.shown, values);
  const spoken = t(keys.spoken, values);
  // Put into the live region after it is on the page, so that even the first screen's title is announced.
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => setAnnouncement(title), [title]);

  return { key, title, spoken, keys, announcement };
}
