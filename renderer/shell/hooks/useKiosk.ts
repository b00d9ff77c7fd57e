import { useActorRef } from '@xstate/react';
import type { i18n as I18n } from 'i18next';
import { type RefObject, useEffect, useMemo, useRef } from 'react';
import { type ActorRefFrom, fromPromise } from 'xstate';
import type { KioskApi, KioskConfigView } from '../../../app/contract/kioskApi';
import { kioskMachine } from '../../../app/dialog/kioskMachine';
import type { InputMode } from '../../../app/domain/inputModes';
import type { SpeechProvider } from '../../../app/speech/types';
import { kioskVoice, loadTurn } from '../voice/kioskVoice';

export type KioskRef = ActorRefFrom<typeof kioskMachine>;

/** This page's name for the server's per-visit limits: the kiosk machine counts the visits, the page tells them apart from another page's. */
const PAGE_ID = Math.random().toString(36).slice(2, 12) || 'page';

function visitName(kiosk: KioskRef | null): string {
  return `${PAGE_ID}.${kiosk?.getSnapshot().context.visit ?? 0}`;
}

interface Args {
  api: KioskApi;
  config: KioskConfigView;
  speech: SpeechProvider;
  i18n: I18n;
  rootRef: RefObject<HTMLDivElement | null>;
  lastMode: RefObject<InputMode>;
}

/**
 * The kiosk machine, with what only the renderer has: the KioskApi calls and
 * the speech provider's voice and ears. Failures reach the machine as they
 * are; it turns their codes into what the resident is told.
 */
export function useKiosk({ api, config, speech, i18n, rootRef, lastMode }: Args): KioskRef {
  const started = useRef<KioskRef | null>(null);
  const machine = useMemo(
    () =>
      kioskMachine.provide({
        guards: { canSpeak: ({ context }) => speech.output.canSpeak(context.language) },
        actors: {
          voice: kioskVoice({ provider: speech, i18n, config, rootRef, lastMode, kiosk: () => started.current! }),
          submitDraft: fromPromise(({ input }) => api.submit({ ...input, visit: visitName(started.current) })),
          callStaff: fromPromise(({ input }) => api.callStaff({ ...input, visit: visitName(started.current) })),
          lookupStatus: fromPromise(({ input }) => api.lookupStatus(input)),
          rateOutcome: fromPromise(({ input }) => api.rateOutcome(input)),
          findSimilar: fromPromise(({ input }) => api.findSimilar(input)),
          supportCase: fromPromise(({ input }) => api.supportCase({ ...input, visit: visitName(started.current) })),
        },
      }),
    [api, config, speech, i18n, rootRef, lastMode],
  );
  const kiosk = useActorRef(machine, {
    input: { config, canListen: speech.input?.canListen(config.defaultLanguage) ?? false },
  });
  started.current = kiosk;
  // The intent matcher loads ahead of the first turn of listening, when there will be one.
  useEffect(() => {
    if (speech.input) void loadTurn();
  }, [speech.input]);
  return kiosk;
}
