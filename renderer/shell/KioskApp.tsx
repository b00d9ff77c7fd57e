import { useActorRef, useSelector } from '@xstate/react';
import type { i18n } from 'i18next';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { fromPromise } from 'xstate';
import type { KioskApi, KioskConfigView } from '../../app/contract/kioskApi';
import { currentStep } from '../../app/dialog/dialogMachine';
import { DEFAULT_KEYMAP, type Keymap } from '../../app/dialog/keymap';
import { effectiveTiming, kioskMachine } from '../../app/dialog/kioskMachine';
import type { LookupErrorCode, SubmitErrorCode } from '../../app/dialog/types';
import type { InputMode } from '../../app/domain/limits';
import type { SpeechProvider } from '../../app/speech/types';
import { KioskApiError } from '../api/client';
import { Footer } from './Footer';
import { createKeypad, moveFocus } from './keypad';
import { Overlay, type OverlayKind, useReturnFocus } from './Overlays';
import { ScreenView } from './ScreenView';
import { StaffCorner, StaffPinDialog } from './StaffEntry';
import type { SendUser } from './screenProps';
import { spokenExtras } from './spokenExtras';
import { usePrompt } from './usePrompt';
import { useSpokenTouch } from './useSpokenTouch';
import { useVoice } from './useVoice';
import { AudioFirstBar, VoiceBar } from './VoiceBar';

interface Props {
  api: KioskApi;
  config: KioskConfigView;
  speech: SpeechProvider;
  i18n: i18n;
}

/** A failed lookup as the resident is told about it. */
function lookupErrorCode(error: unknown): LookupErrorCode {
  if (!(error instanceof KioskApiError)) return 'unknown';
  if (error.code === 'network' || error.code === 'invalid' || error.code === 'not-found') return error.code;
  if (error.code === 'rate-limited') return 'rate-limited';
  return 'unknown';
}

/** A failed submit as the resident is told about it. */
function submitErrorCode(error: unknown): SubmitErrorCode {
  if (!(error instanceof KioskApiError)) return 'unknown';
  if (error.code === 'network') return 'network';
  if (error.code === 'invalid') return 'invalid';
  if (error.code === 'unavailable' || error.code === 'internal') return 'storage';
  if (error.code === 'rate-limited') return 'rate-limited';
  return 'unknown';
}

/** This page's name for the server's per-visit limits: the kiosk machine counts the visits, the page tells them apart from another page's. */
const PAGE_ID = Math.random().toString(36).slice(2, 12) || 'page';

export function KioskApp({ api, config, speech, i18n }: Props) {
  const currentVisit = useRef(() => PAGE_ID);
  const machine = useMemo(
    () =>
      kioskMachine.provide({
        actors: {
          submitDraft: fromPromise(async ({ input }) => {
            try {
              return await api.submit({ ...input, visit: currentVisit.current() });
            } catch (error) {
              throw Object.assign(new Error('submit failed'), { code: submitErrorCode(error) });
            }
          }),
          callStaff: fromPromise(({ input }) => api.callStaff({ ...input, visit: currentVisit.current() })),
          lookupStatus: fromPromise(async ({ input }) => {
            try {
              return await api.lookupStatus(input);
            } catch (error) {
              throw Object.assign(new Error('lookup failed'), { code: lookupErrorCode(error) });
            }
          }),
        },
      }),
    [api],
  );
  const kiosk = useActorRef(machine, { input: { config } });
  currentVisit.current = () => `${PAGE_ID}.${kiosk.getSnapshot().context.visit}`;
  const dialogRef = useSelector(kiosk, (s) => s.children.dialog);
  const dialog = useSelector(dialogRef, (s) => s)!;
  const settings = useSelector(kiosk, (s) => s.context.settings);
  const overlay = useSelector(kiosk, overlayOf);
  const lastMode = useRef<InputMode>('touch');
  const keymap = useMemo(() => (config.keypad as Keymap | undefined) ?? DEFAULT_KEYMAP, [config.keypad]);
  const keypad = useMemo(() => createKeypad(keymap), [keymap]);
  const [staffPin, setStaffPin] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const { step, stage } = currentStep(dialog);
  const ctx = dialog.context;

  const send: SendUser = useCallback((event) => kiosk.send({ ...event, mode: lastMode.current }), [kiosk]);
  const t = i18n.getFixedT(ctx.language);

  useEffect(() => {
    void i18n.changeLanguage(ctx.language);
    document.documentElement.lang = ctx.language;
  }, [i18n, ctx.language]);
  useEffect(() => {
    document.documentElement.dataset.textSize = String(settings.textSize);
    document.documentElement.dataset.contrast = settings.contrast;
  }, [settings]);

  const prompt = usePrompt({ step, stage, ctx, t, config, rootRef });
  const voice = useVoice({
    lastMode,
    provider: speech,
    config,
    kiosk,
    rootRef,
    screen: {
      step,
      stage,
      key: prompt.key,
      ctx,
      t,
      settings,
      spoken: prompt.spoken,
      extra: spokenExtras(step, ctx, t),
    },
  });
  const helpPending = useRef(false);
  const spokenTouch = useSpokenTouch({
    rootRef,
    explore: settings.exploreByTouch,
    canSpeak: speech.output.canSpeak(ctx.language),
    say: (text) => voice.say([text]),
    selectedWord: t('voice.selected'),
    keymap,
  });
  // Audio-first mode: started by Help on the welcome screen (a key, the button, or saying "帮助"), when the kiosk can speak.
  // Help then opens nothing and says nothing of its own: the mode's introduction is the help.
  const canSpeak = speech.output.canSpeak(ctx.language);
  const helpStartsAudioFirst = overlay === 'help' && step === 'welcome' && canSpeak && !settings.audioFirst;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when help opens
  useEffect(() => {
    if (!helpStartsAudioFirst) return;
    kiosk.send({ type: 'user.closeOverlay', mode: lastMode.current });
    kiosk.send({ type: 'user.setAudioFirst', on: true, mode: lastMode.current });
    send({ type: 'user.start' });
  }, [overlay]);
  useEffect(() => {
    document.documentElement.toggleAttribute('data-screen-off', settings.screenOff);
  }, [settings.screenOff]);
  // In audio-first mode every block of text can take focus, so that it can be heard again.
  useEffect(() => {
    const blocks = '[data-overlay] p, main p, main dt, main dd:not(.review-change), main legend';
    for (const block of rootRef.current?.querySelectorAll<HTMLElement>(blocks) ?? []) {
      if (settings.audioFirst) block.tabIndex = 0;
      else block.removeAttribute('tabindex');
    }
  });
  // Help, the staff call and the idle warning are said as they open.
  const overlaySpeech = helpStartsAudioFirst
    ? null
    : overlay === 'help'
      ? t(prompt.keys.help, { centre: config.centreName[ctx.language] })
      : overlay
        ? t(OVERLAY_SPEECH[overlay])
        : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: said once when the overlay opens
  useEffect(() => {
    if (overlaySpeech) voice.say([overlaySpeech]);
  }, [overlay]);

  // The screens where the keypad's digits type a number: the phone, a reference, the phone's last four digits.
  const digitsNow = () => (step === 'lookup' ? (stage === 'phone' ? ctx.phoneLast4 : ctx.lookupRef) : ctx.phone);
  const typeDigits = (digits: string) => {
    if (step !== 'lookup') return send({ type: 'user.setPhone', phone: digits });
    if (stage === 'phone') return send({ type: 'user.setPhoneLast4', digits: digits.slice(0, 4) });
    return send({ type: 'user.setLookupRef', ref: digits.slice(0, 7) });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    lastMode.current = 'keypad';
    const target = e.target as HTMLElement;
    const action = keypad(
      {
        key: e.key,
        editing: target.matches('input, textarea'),
        multiline: caretCanMove(target, e.key),
        onWelcome: step === 'welcome' && overlay === null,
        onPhone:
          ((step === 'contact' && stage === 'phone') ||
            (step === 'lookup' && (stage === 'ref' || stage === 'phone'))) &&
          overlay === null,
        onButton: target.matches('button'),
        modifier: e.ctrlKey || e.altKey || e.metaKey,
      },
      e.timeStamp,
    );
    // Any key stops speech at once (barge-in), except those that change how it sounds, and modifiers.
    const adjusts = action?.type === 'changeRate' || action?.type === 'changeVolume';
    if (!adjusts && !['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) voice.interrupt();
    if (!action) {
      kiosk.send({ type: 'user.activity', mode: 'keypad' });
      return;
    }
    e.preventDefault();
    const scope = (rootRef.current?.querySelector<HTMLElement>('[data-overlay]') ?? rootRef.current)!;
    switch (action.type) {
      case 'focus':
        return moveFocus(scope, action.delta);
      case 'help':
        // On release: Help held while touching an item only speaks that item (EZ Access).
        if (!e.repeat) helpPending.current = true;
        return;
      case 'back':
        if (overlay === 'idleWarning') return kiosk.send({ type: 'user.continue', mode: 'keypad' });
        if (overlay) return kiosk.send({ type: 'user.closeOverlay', mode: 'keypad' });
        return send({ type: 'user.back' });
      case 'start':
        return send({ type: 'user.start' });
      case 'digit':
        return typeDigits(digitsNow() + action.digit);
      case 'deleteDigit':
        return digitsNow() === '' ? send({ type: 'user.back' }) : typeDigits(digitsNow().slice(0, -1));
      case 'option':
        return scope.querySelectorAll<HTMLElement>('[data-option]')[action.index]?.click();
      case 'activate':
        return (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('button')?.click();
      case 'changeRate':
        return kiosk.send({ type: 'user.changeRate', delta: action.delta, mode: 'keypad' });
      case 'changeVolume':
        return kiosk.send({ type: 'user.changeVolume', delta: action.delta, mode: 'keypad' });
      case 'repeat':
        return voice.repeat();
      case 'stopSpeech':
        return voice.interrupt();
    }
  };

  useReturnFocus(overlay, rootRef);

  const onKeyUp = (e: KeyboardEvent) => {
    if (!helpPending.current || !keymap.help.includes(e.key)) return;
    helpPending.current = false;
    if (!spokenTouch.touchedWhileHelpHeld()) kiosk.send({ type: 'user.help', mode: 'keypad' });
  };

  // On the window, not the kiosk's element: a key pressed while nothing has focus still counts.
  const keyHandler = useRef({ down: onKeyDown, up: onKeyUp });
  keyHandler.current = { down: onKeyDown, up: onKeyUp };
  useEffect(() => {
    const down = (e: KeyboardEvent) => keyHandler.current.down(e);
    const up = (e: KeyboardEvent) => keyHandler.current.up(e);
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
    };
  }, []);

  return (
    <I18nextProvider i18n={i18n}>
      <div
        ref={rootRef}
        className="kiosk"
        onPointerDownCapture={() => {
          lastMode.current = 'touch';
          voice.interrupt();
          kiosk.send({ type: 'user.activity', mode: 'touch' });
        }}
      >
        <StaffCorner onHeld={() => setStaffPin(true)} />
        <div className="kiosk-frame" inert={overlay !== null || staffPin}>
          <header className="kiosk-header">
            <h1 tabIndex={-1} data-heading>
              {prompt.title}
            </h1>
            {step !== 'welcome' && <span className="centre">{config.centreName[ctx.language]}</span>}
          </header>
          {settings.audioFirst && (
            <AudioFirstBar
              t={t}
              screenOff={settings.screenOff}
              onScreenOff={(on) => kiosk.send({ type: 'user.setScreenOff', on, mode: lastMode.current })}
              onExit={() => kiosk.send({ type: 'user.setAudioFirst', on: false, mode: lastMode.current })}
            />
          )}
          {voice.hasInput || voice.inputOff ? (
            <VoiceBar
              t={t}
              listening={voice.listening}
              pending={voice.pending}
              gaveUp={voice.gaveUp}
              inputOff={voice.inputOff}
              onAccept={() => voice.voice.send({ type: 'user.accept' })}
              onReject={() => voice.voice.send({ type: 'user.reject' })}
            />
          ) : null}
          {/* biome-ignore lint/a11y/useKeyWithClickEvents: "touch anywhere to start"; the keypad starts with any key (onKeyDown above) */}
          <main
            className="kiosk-main"
            onClick={(e) => {
              if (step === 'welcome' && !(e.target as HTMLElement).closest('button')) send({ type: 'user.start' });
            }}
          >
            <ScreenView
              step={step}
              stage={stage}
              ctx={ctx}
              send={send}
              config={config}
              t={t}
              speechOff={
                speech.output.canSpeak(ctx.language) ? null : speech.output.provider === 'off' ? 'off' : 'no-voice'
              }
              speak={speech.output.canSpeak(ctx.language) ? (texts) => voice.say(texts) : undefined}
              onCallStaff={() => kiosk.send({ type: 'user.callStaff', mode: lastMode.current })}
            />
          </main>
          <Footer step={step} t={t} kiosk={kiosk} send={send} lastMode={lastMode} />
        </div>
        <div className="sr-only" aria-live="polite" data-testid="announcer">
          {prompt.announcement}
        </div>
        {staffPin && <StaffPinDialog api={api} t={t} onClose={() => setStaffPin(false)} />}
        {overlay && !staffPin && !helpStartsAudioFirst && (
          <Overlay
            kind={overlay}
            helpText={t(prompt.keys.help, { centre: config.centreName[ctx.language] })}
            warningMs={effectiveTiming(config.timing, settings).warningMs}
            t={t}
            onClose={() => kiosk.send({ type: 'user.closeOverlay', mode: lastMode.current })}
            onContinue={() => kiosk.send({ type: 'user.continue', mode: lastMode.current })}
            settings={settings}
            onSettings={(event) => kiosk.send({ ...event, mode: lastMode.current })}
          />
        )}
      </div>
    </I18nextProvider>
  );
}

/** In a multi-line field the arrows move the caret, until it reaches the first or last line. */
function caretCanMove(target: HTMLElement, key: string): boolean {
  if (!(target instanceof HTMLTextAreaElement)) return false;
  const { selectionStart, selectionEnd, value } = target;
  if (key === 'ArrowDown') return value.slice(selectionEnd).includes('\n') || selectionEnd < value.length;
  if (key === 'ArrowUp') return value.slice(0, selectionStart).includes('\n') || selectionStart > 0;
  return false;
}

const OVERLAY_SPEECH = {
  settings: 'settings.title',
  staffCalling: 'overlay.staffCalling',
  staffCalled: 'overlay.staffCalled',
  staffAlreadyCalled: 'overlay.staffAlreadyCalled',
  staffCallFailed: 'overlay.staffCallFailed',
  idleWarning: 'overlay.idleTitle',
} as const;

type KioskSnapshot = ReturnType<ReturnType<typeof useActorRef<typeof kioskMachine>>['getSnapshot']>;

function overlayOf(s: KioskSnapshot): OverlayKind | null {
  if (s.matches({ idle: 'warning' })) return 'idleWarning';
  for (const kind of [
    'help',
    'settings',
    'staffCalling',
    'staffCalled',
    'staffAlreadyCalled',
    'staffCallFailed',
  ] as const) {
    if (s.matches({ overlay: kind })) return kind;
  }
  return null;
}
