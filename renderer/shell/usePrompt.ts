import type { TFunction } from 'i18next';
import { type RefObject, useEffect, useState } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { KioskConfigView } from '../../app/contract/kioskApi';
import type { kioskMachine } from '../../app/dialog/kioskMachine';
import { promptKeys, stepKey } from '../../app/dialog/prompts';
import type { ContactStage, DialogContext, LookupStage, Step } from '../../app/dialog/types';
import { formatReference } from '../../app/domain/referenceNumber';
import type { SpeechOutput } from '../../app/speech/types';

interface Args {
  step: Step;
  stage: ContactStage | LookupStage | null;
  ctx: DialogContext;
  t: TFunction;
  speech: SpeechOutput;
  config: KioskConfigView;
  kiosk: ActorRefFrom<typeof kioskMachine>;
  rootRef: RefObject<HTMLDivElement | null>;
}

/**
 * Each screen's prompt: the shown title and the spoken variant come from the
 * same locale entry. On a new screen the heading takes focus, the live region
 * announces the final prompt once, and the prompt is spoken; the kiosk
 * machine hears when speech starts and ends, so no idle countdown runs meanwhile.
 */
export function usePrompt({ step, stage, ctx, t, speech, config, kiosk, rootRef }: Args) {
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
    if (!speech.canSpeak(ctx.language)) return;
    let current = true;
    kiosk.send({ type: 'speech.started' });
    void speech.speak(spoken, ctx.language).finally(() => {
      if (current) kiosk.send({ type: 'speech.ended' });
    });
    return () => {
      current = false;
      speech.cancel();
      kiosk.send({ type: 'speech.ended' });
    };
  }, [key, ctx.language]);

  return { title, spoken, keys, announcement };
}
