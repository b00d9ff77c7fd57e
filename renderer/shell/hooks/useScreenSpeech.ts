import { type RefObject, useEffect, useEffectEvent } from 'react';
import type { ContactStage, FieldErrorKey, LookupStage, MeTooStage, Step } from '../../../app/dialog/types';
import { listeningFor } from '../../../app/speech/listening';
import type { KioskRef } from './useKiosk';
import { spokenLabel } from './useSpokenTouch';

interface Args {
  kiosk: KioskRef;
  rootRef: RefObject<HTMLDivElement | null>;
  /** The screen's key (`contact.phone`) and language: either new, and the screen is said. */
  screenKey: string;
  language: string;
  step: Step;
  stage: ContactStage | LookupStage | MeTooStage | null;
  /** The spoken prompt, already in its language, and what follows it (the options, the review's contents). */
  spoken: string;
  extra: string[];
  fieldError: FieldErrorKey | null;
  /** Whether the provider can say or hear anything at all; if not, the voice is not told of screens. */
  voiced: boolean;
}

/**
 * Tells the kiosk what each screen says once it is on the screen: its
 * prompt, what follows it, and every option as it reads (for audio-first
 * mode), read from the page just rendered. What is said, in what order and
 * when, is the voice machine's. A field's error is said as it appears.
 */
export function useScreenSpeech({
  kiosk,
  rootRef,
  screenKey,
  language,
  step,
  stage,
  spoken,
  extra,
  fieldError,
  voiced,
}: Args) {
  // The language is an argument only so that the same screen in a new language is said again.
  const shown = useEffectEvent((key: string, _language: string) => {
    if (!voiced) return;
    const options = [...(rootRef.current?.querySelectorAll('main [data-option]') ?? [])].map((el) => spokenLabel(el));
    kiosk.send({
      type: 'screen.shown',
      key,
      prompt: [spoken, ...extra],
      options,
      listening: listeningFor(step, stage),
    });
  });
  useEffect(() => shown(screenKey, language), [screenKey, language]);

  useEffect(() => {
    if (fieldError) kiosk.send({ type: 'voice.say', segments: [{ key: fieldError }] });
  }, [fieldError, kiosk]);
}
