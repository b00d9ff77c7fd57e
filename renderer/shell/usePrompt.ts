import type { TFunction } from 'i18next';
import { type RefObject, useEffect, useState } from 'react';
import type { KioskConfigView } from '../../app/contract/kioskApi';
import { promptKeys, stepKey } from '../../app/dialog/prompts';
import type { ContactStage, DialogContext, LookupStage, Step } from '../../app/dialog/types';
import { formatReference } from '../../app/domain/referenceNumber';

interface Args {
  step: Step;
  stage: ContactStage | LookupStage | null;
  ctx: DialogContext;
  t: TFunction;
  config: KioskConfigView;
  rootRef: RefObject<HTMLDivElement | null>;
}

/**
 * Each screen's prompt: the shown title and the spoken variant come from the
 * same locale entry. On a new screen the heading takes focus and the live
 * region announces the final prompt once; useVoice speaks it.
 */
export function usePrompt({ step, stage, ctx, t, config, rootRef }: Args) {
  const key = stepKey(step, stage);
  const keys = promptKeys(step, stage, ctx.visits[key] ?? 1);
  const values = {
    centre: config.centreName[ctx.language],
    ref: formatReference(ctx.receipt?.ref ?? ctx.lookupResult?.ref ?? ''),
    status: ctx.lookupResult ? t(`lookup.status.${ctx.lookupResult.status}`) : '',
  };
  const title = t(keys.shown, values);
  const spoken = t(keys.spoken, values);
  const [announcement, setAnnouncement] = useState('');

  // biome-ignore lint/correctness/useExhaustiveDependencies: a prompt is given once per screen and language, not on every keystroke
  useEffect(() => {
    setAnnouncement(title);
    rootRef.current?.querySelector<HTMLElement>('[data-heading]')?.focus();
  }, [key, ctx.language]);

  return { key, title, spoken, keys, announcement };
}
