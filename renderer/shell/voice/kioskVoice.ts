import type { i18n as I18n, TFunction } from 'i18next';
import type { RefObject } from 'react';
import { type ActorRefFrom, fromPromise } from 'xstate';
import type { KioskConfigView } from '../../../app/contract/kioskApi';
import { currentStep } from '../../../app/dialog/dialogMachine';
import type { kioskMachine } from '../../../app/dialog/kioskMachine';
import { RATES, VOLUMES } from '../../../app/dialog/settings';
import type { InputMode } from '../../../app/domain/inputModes';
import type { Kind } from '../../../app/domain/kinds';
import { dynamicKey } from '../../../app/i18n/localeKey';
import type { Listening } from '../../../app/speech/listening';
import type { SpeechProvider } from '../../../app/speech/types';
import {
  type Pending,
  type Segment,
  type TurnPurpose,
  type TurnResult,
  voiceMachine,
} from '../../../app/speech/voiceMachine';
import type { VoiceOutcome } from '../../../app/speech/voiceTurn';
import { shortLabel, spokenLabel } from '../hooks/useSpokenTouch';
import { listeningTone } from './listeningTone';

type Turn = typeof import('../../../app/speech/voiceTurn');
/** The intent matcher and its grammars load only when voice input is on: not in the welcome screen's script. */
export const loadTurn = () => import('../../../app/speech/voiceTurn');

type KioskRef = ActorRefFrom<typeof kioskMachine>;

/** Runs `work` when the page has nothing else to do (a prompt playing, the resident thinking), at the latest after a second. */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 0);
}

const COMMAND_EVENTS = {
  help: 'user.help',
  back: 'user.back',
  start_over: 'user.startOver',
  call_staff: 'user.callStaff',
} as const;

/** Visible, enabled buttons in the kiosk (not behind an overlay), by their accessible text. */
function visibleButtons(root: HTMLElement | null): HTMLButtonElement[] {
  if (!root) return [];
  const scope = root.querySelector<HTMLElement>('[data-overlay]') ?? root;
  return [...scope.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')].filter(
    (b) => !b.closest('[inert]') && b.offsetParent !== null,
  );
}

/** A segment in words, in the language of `t`; a value given as a key is said in that language too. */
export function segmentText(t: TFunction, segment: Segment): string {
  if (typeof segment === 'string') return segment;
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(segment.values ?? {})) {
    values[name] = typeof value === 'string' ? value : t(value.key);
  }
  // The key is already a LocaleKey (Segment's type); i18next's overloads cannot match a key from a union with open values.
  const say = t as (key: string, options: Record<string, string>) => string;
  return say(segment.key, values);
}

interface Args {
  provider: SpeechProvider;
  i18n: I18n;
  config: KioskConfigView;
  rootRef: RefObject<HTMLDivElement | null>;
  /** How the resident last acted; a button pressed by saying its label counts as voice. */
  lastMode: RefObject<InputMode>;
  /** The kiosk the voice runs in, once it has started. */
  kiosk: () => KioskRef;
}

/**
 * The kiosk's voice with the W3C speech objects of the provider: speaking a
 * screen's segments at the resident's rate and volume, listening with the
 * step's phrase hints and interpreting what was heard for the screen, and
 * sending on what was understood. What to say and when is the voice machine's.
 */
export function kioskVoice({ provider, i18n, config, rootRef, lastMode, kiosk }: Args) {
  const { output, input } = provider;
  let turn: Turn | null = null;
  // The matcher's chunk loaded, and its grammar built, while a prompt plays: not after the resident's answer.
  const prepare = () => {
    const { ctx } = now();
    void loadTurn().then((m) => whenIdle(() => m.prepareUnderstanding(ctx)));
  };
  // Read when speaking or listening starts, from the machines, not from what React last rendered.
  const now = () => {
    const snapshot = kiosk().getSnapshot();
    const dialog = snapshot.children.dialog!.getSnapshot();
    const ctx = dialog.context;
    return { ...currentStep(dialog), ctx, settings: snapshot.context.settings, t: i18n.getFixedT(ctx.language) };
  };

  function deliver(outcome: VoiceOutcome) {
    const send = (events: Parameters<KioskRef['send']>[0][]) => {
      for (const event of events) kiosk().send(event);
    };
    switch (outcome.type) {
      case 'events':
        return send(outcome.events);
      case 'command':
        if (outcome.command !== 'repeat') send([{ type: COMMAND_EVENTS[outcome.command], mode: 'voice' }]);
        return;
      case 'press':
        lastMode.current = 'voice';
        visibleButtons(rootRef.current)
          .find((b) => spokenLabel(b) === outcome.label || shortLabel(b) === outcome.label)
          ?.click();
        return;
      case 'acceptDictation':
        if (turn) send(turn.dictationEvents(now().ctx, outcome.field, outcome.text));
        return;
      case 'acceptDigits':
        if (turn) send(turn.digitsEvents(outcome.field, outcome.digits));
        return;
      default:
        return;
    }
  }

  return voiceMachine.provide({
    actors: {
      speak: fromPromise(async ({ input: { segments, softly }, signal }) => {
        const { t, ctx, settings } = now();
        if (input) prepare();
        signal.addEventListener('abort', () => output.cancel());
        const volume = (VOLUMES[settings.volumeStep] ?? 1) * (softly ? 0.5 : 1);
        const options = { rate: RATES[settings.rateStep] ?? 1, volume };
        for (const segment of segments) {
          if (signal.aborted) return;
          const text = segmentText(t, segment);
          // A segment may ask to be slower than the resident's rate (a reference read again to be written down).
          const rate = typeof segment === 'string' ? options.rate : options.rate * (segment.rate ?? 1);
          if (text.trim()) await output.speak(text, ctx.language, { ...options, rate });
        }
      }),
      listen: fromPromise<TurnResult, { purpose: TurnPurpose; listening: Listening; pending: Pending | null }>(
        async ({ input: request, signal }) => {
          if (!input) return { type: 'no-input' };
          turn ??= await loadTurn();
          // Stopped while the matcher loaded (the resident chose another language at once): a turn opened now
          // would listen in the old language, past the abort that was meant to end it, and take the
          // resident's next words from the new screen's turn.
          if (signal.aborted) return { type: 'error', code: 'aborted' };
          const m = turn;
          const { ctx, step, stage, settings } = now();
          const listening = m.listeningFor(step, stage);
          whenIdle(() => m.prepareUnderstanding(ctx));
          signal.addEventListener('abort', () => input.abort());
          listeningTone(VOLUMES[settings.volumeStep] ?? 1);
          const heard = await input.listen({
            language: ctx.language,
            phrases: m.phraseHints(listening, ctx, request.pending !== null),
            timeoutMs: config.speech.noInputMs ?? 8000,
          });
          if (heard.type !== 'result') return heard;
          const at = now();
          const turnInput = {
            step: at.step,
            stage: at.stage,
            ctx: at.ctx,
            text: heard.text,
            // A button is pressed by saying its whole label, or its name without the hint below it (查询进度).
            buttons: visibleButtons(rootRef.current).flatMap((b) => [spokenLabel(b), shortLabel(b) ?? []].flat()),
            labelOf: ({ kind, category }: { kind?: Kind; category?: string }) =>
              kind ? at.t(`kinds.${kind}.label`) : at.t(dynamicKey(`catalogue.${category}.label`)),
          };
          const interpretation =
            request.purpose === 'screen' ? m.interpretTurn(turnInput) : m.interpretReply(turnInput, request.purpose);
          return {
            type: 'heard',
            text: heard.text,
            interpretation: { ...interpretation, confidence: Math.min(interpretation.confidence, heard.confidence) },
          };
        },
      ),
    },
    actions: {
      stopAudio: () => {
        output.cancel();
        input?.abort();
      },
      deliver: (_, { outcome }) => deliver(outcome),
    },
  });
}
