import { useActorRef, useSelector } from '@xstate/react';
import type { TFunction } from 'i18next';
import { type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import { type ActorRefFrom, fromPromise } from 'xstate';
import type { KioskConfigView } from '../../app/contract/kioskApi';
import type { kioskMachine } from '../../app/dialog/kioskMachine';
import {
  type ContactStage,
  type DialogContext,
  type LookupStage,
  RATES,
  type Settings,
  type Step,
  type UserEvent,
  VOLUMES,
} from '../../app/dialog/types';
import type { Kind } from '../../app/domain/kinds';
import type { InputMode } from '../../app/domain/limits';
import type { Language } from '../../app/i18n/languages';
import { dynamicKey } from '../../app/i18n/localeKey';
import type { Listening } from '../../app/speech/listening';
import { listeningFor } from '../../app/speech/listening';
import type { SpeechErrorCode, SpeechProvider } from '../../app/speech/types';
import {
  type Pending,
  type Segment,
  type TurnPurpose,
  type TurnResult,
  voiceMachine,
} from '../../app/speech/voiceMachine';
import type { VoiceOutcome } from '../../app/speech/voiceTurn';
import { spokenLabel } from './useSpokenTouch';

type Turn = typeof import('../../app/speech/voiceTurn');
/** The intent matcher and its grammars load only when voice input is on: not in the welcome screen's script. */
const loadTurn = () => import('../../app/speech/voiceTurn');

export interface VoiceScreen {
  step: Step;
  stage: ContactStage | LookupStage | null;
  /** The screen's key (`contact.phone`): a new key is a new screen. */
  key: string;
  ctx: DialogContext;
  t: TFunction;
  settings: Settings;
  /** The spoken prompt of the screen, already in its language. */
  spoken: string;
  /** Extra things to say after the prompt (the options, the review's contents). */
  extra: string[];
}

interface Args {
  /** How the resident last acted; a button pressed by saying its label counts as voice. */
  lastMode: RefObject<InputMode>;
  provider: SpeechProvider;
  config: KioskConfigView;
  kiosk: ActorRefFrom<typeof kioskMachine>;
  rootRef: RefObject<HTMLDivElement | null>;
  screen: VoiceScreen;
}

/** After a touch in audio-first mode, how long before listening resumes on the same screen. */
const RESUME_AFTER_TOUCH_MS = 1500;

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

/** A short rising tone: the audible cue that the kiosk is listening now. */
function listeningTone(volume: number) {
  try {
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.setValueAtTime(660, audio.currentTime);
    tone.frequency.linearRampToValueAtTime(990, audio.currentTime + 0.12);
    gain.gain.setValueAtTime(0.2 * volume, audio.currentTime);
    gain.gain.linearRampToValueAtTime(0, audio.currentTime + 0.15);
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.16);
    tone.onended = () => void audio.close();
  } catch {
    // No audio output (or autoplay refused): the visible cue is still there.
  }
}

/**
 * Speech for the kiosk: every screen's prompt spoken as it appears, then
 * listening where the provider can hear, with barge-in, REPEAT, confirmation,
 * read-back, and the offer of touch and staff after three misses.
 */
export function useVoice({ lastMode, provider, config, kiosk, rootRef, screen }: Args) {
  const live = useRef(screen);
  live.current = screen;
  const turn = useRef<Turn | null>(null);
  const echo = useRef<string | null>(null);
  const [inputOff, setInputOff] = useState<SpeechErrorCode | null>(null);
  const { output, input } = provider;
  const language: Language = screen.ctx.language;

  useEffect(() => {
    if (input) void loadTurn().then((m) => (turn.current = m));
  }, [input]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: one machine per provider; the screen, config and kiosk are read live
  const machine = useMemo(
    () =>
      voiceMachine.provide({
        actors: {
          speak: fromPromise(async ({ input: { segments }, signal }) => {
            const { t, ctx, settings } = live.current;
            signal.addEventListener('abort', () => output.cancel());
            const options = { rate: RATES[settings.rateStep] ?? 1, volume: VOLUMES[settings.volumeStep] ?? 1 };
            for (const segment of segments) {
              if (signal.aborted) return;
              const text = typeof segment === 'string' ? segment : t(segment.key, segment.values);
              if (text.trim()) await output.speak(text, ctx.language, options);
            }
          }),
          listen: fromPromise<TurnResult, { purpose: TurnPurpose; listening: Listening; pending: Pending | null }>(
            async ({ input: request, signal }) => {
              if (!input) return { type: 'no-input' };
              turn.current ??= await loadTurn();
              const m = turn.current;
              const { ctx, step, stage, settings } = live.current;
              const listening = m.listeningFor(step, stage);
              signal.addEventListener('abort', () => input.abort());
              listeningTone(VOLUMES[settings.volumeStep] ?? 1);
              const heard = await input.listen({
                language: ctx.language,
                phrases: m.phraseHints(listening, ctx, request.pending !== null),
                timeoutMs: config.speech.noInputMs ?? 8000,
              });
              if (heard.type !== 'result') return heard;
              const now = live.current;
              const turnInput = {
                step: now.step,
                stage: now.stage,
                ctx: now.ctx,
                text: heard.text,
                buttons: visibleButtons(rootRef.current).map((b) => spokenLabel(b)),
                labelOf: ({ kind, category }: { kind?: Kind; category?: string }) =>
                  kind ? now.t(`kinds.${kind}.label`) : now.t(dynamicKey(`catalogue.${category}.label`)),
              };
              const interpretation =
                request.purpose === 'screen'
                  ? m.interpretTurn(turnInput)
                  : m.interpretReply(turnInput, request.purpose);
              return {
                type: 'heard',
                text: heard.text,
                interpretation: {
                  ...interpretation,
                  confidence: Math.min(interpretation.confidence, heard.confidence),
                },
              };
            },
          ),
        },
        actions: {
          stopAudio: () => {
            output.cancel();
            input?.abort();
          },
          reportInputOff: (_, { code }) => setInputOff(code),
          deliver: (_, { outcome }) => deliver(outcome),
        },
      }),
    [output, input],
  );

  const send = (event: UserEvent) => kiosk.send(event);
  function deliver(outcome: VoiceOutcome) {
    const m = turn.current;
    switch (outcome.type) {
      case 'events':
        echo.current = outcome.echo;
        for (const event of outcome.events) send(event);
        return;
      case 'command':
        if (outcome.command !== 'repeat') kiosk.send({ type: COMMAND_EVENTS[outcome.command], mode: 'voice' });
        return;
      case 'press':
        lastMode.current = 'voice';
        visibleButtons(rootRef.current)
          .find((b) => spokenLabel(b) === outcome.label)
          ?.click();
        return;
      case 'acceptDictation':
        if (m) for (const event of m.dictationEvents(live.current.ctx, outcome.field, outcome.text)) send(event);
        return;
      case 'acceptDigits':
        if (m) for (const event of m.digitsEvents(outcome.field, outcome.digits)) send(event);
        return;
      default:
        return;
    }
  }

  const voice = useActorRef(machine, {
    input: {
      confidenceThreshold: config.speech.confidenceThreshold ?? 0.6,
      canListen: input?.canListen(language) ?? false,
    },
  });

  // Turning audio-first on: its introduction comes before the next screen's prompt.
  const introPending = useRef(false);
  const audioFirst = screen.settings.audioFirst;
  useEffect(() => {
    if (audioFirst) introPending.current = true;
  }, [audioFirst]);

  // A new screen or language: say its prompt (after what was understood), then listen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per screen and language
  useEffect(() => {
    if (!output.canSpeak(language) && !input) return;
    const prompt: Segment[] = [];
    if (introPending.current) prompt.push({ key: 'audio.intro' });
    introPending.current = false;
    if (echo.current) prompt.push({ key: 'voice.understood', values: { value: echo.current } });
    echo.current = null;
    prompt.push(screen.spoken, ...screen.extra);
    // Audio-first: every option on the screen too, as it reads (kinds, choices, quick phrases).
    if (screen.settings.audioFirst) {
      const options = [...(rootRef.current?.querySelectorAll('main [data-option]') ?? [])].map((el) => spokenLabel(el));
      prompt.push(...options.filter((o) => !screen.extra.includes(o)));
    }
    const listening = listeningFor(screen.step, screen.stage);
    if (input && inputOff === null && listening.type !== 'none')
      prompt.push({ key: dynamicKey(`voice.hint.${screen.key}`) });
    voice.send({ type: 'screen.show', prompt, listening });
  }, [screen.key, language]);

  // Voice input turned off (no microphone, no network): said once, and shown for the rest of the session.
  useEffect(() => {
    if (!inputOff) return;
    const reason = live.current.t(`speech.error.${inputOff}`);
    voice.send({ type: 'voice.say', segments: [{ key: 'voice.inputOff', values: { reason } }] });
  }, [inputOff, voice]);

  // A field's error is said as it appears.
  useEffect(() => {
    if (screen.ctx.fieldError) voice.send({ type: 'voice.say', segments: [{ key: screen.ctx.fieldError }] });
  }, [screen.ctx.fieldError, voice]);

  // The idle countdown waits while the kiosk speaks or listens.
  const busy = useSelector(voice, (s) => s.matches('speaking') || s.matches('listening'));
  useEffect(() => {
    kiosk.send({ type: busy ? 'speech.started' : 'speech.ended' });
  }, [busy, kiosk]);

  // A new rate or volume is announced in itself ("语速：慢"), when nothing else is being said.
  const firstSettings = useRef(true);
  const { rateStep, volumeStep } = screen.settings;
  // biome-ignore lint/correctness/useExhaustiveDependencies: announce only a change, not the first render
  useEffect(() => {
    if (firstSettings.current) {
      firstSettings.current = false;
      return;
    }
    if (voice.getSnapshot().matches('speaking')) return;
    voice.send({
      type: 'voice.say',
      segments: [
        { key: 'voice.rate', values: { rate: screen.t(dynamicKey(`voice.rates.${rateStep}`)) } },
        { key: 'voice.volume', values: { volume: screen.t(dynamicKey(`voice.volumes.${volumeStep}`)) } },
      ],
    });
  }, [rateStep, volumeStep]);

  // Nobody at the kiosk: now and then the welcome screen says, quietly, how to start (a centre can turn it off).
  const hintMs = config.speech.welcomeHintMs ?? 0;
  useEffect(() => {
    if (screen.step !== 'welcome' || hintMs <= 0 || !output.canSpeak(language)) return;
    const timer = setInterval(() => {
      if (!voice.getSnapshot().matches('resting')) return;
      const { t, settings } = live.current;
      const volume = (VOLUMES[settings.volumeStep] ?? 1) * 0.5;
      // Then listen for a while: saying "帮助" or "我要投诉" starts the kiosk as well as a touch does.
      void output
        .speak(t('welcome.attract'), language, { rate: RATES[settings.rateStep] ?? 1, volume })
        .then(() => voice.getSnapshot().matches('resting') && voice.send({ type: 'voice.listen' }));
    }, hintMs);
    return () => clearInterval(timer);
  }, [screen.step, hintMs, output, language, voice]);

  const resume = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(resume.current), []);

  const listening = useSelector(voice, (s) => s.matches('listening'));
  const pending = useSelector(voice, (s) => s.context.pending);
  const gaveUp = useSelector(voice, (s) => s.context.misses >= 3);

  return {
    voice,
    listening,
    pending,
    gaveUp,
    inputOff,
    hasInput: input !== null && inputOff === null,
    interrupt: () => {
      voice.send({ type: 'user.interrupt' });
      // In audio-first mode the kiosk keeps listening: a touch or key that leaves the screen as it was
      // (a setting, a phrase) is followed by listening again, without the prompt.
      if (!live.current.settings.audioFirst) return;
      const key = live.current.key;
      clearTimeout(resume.current);
      resume.current = setTimeout(() => {
        if (live.current.key === key && voice.getSnapshot().matches('resting')) voice.send({ type: 'voice.listen' });
      }, RESUME_AFTER_TOUCH_MS);
    },
    repeat: () => voice.send({ type: 'user.repeat' }),
    say: (segments: Segment[]) => voice.send({ type: 'voice.say', segments }),
  };
}
