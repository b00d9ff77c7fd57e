import { useActorRef, useSelector } from '@xstate/react';
import type { i18n } from 'i18next';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { fromPromise } from 'xstate';
import type { KioskApi, KioskConfigView } from '../../app/contract/kioskApi';
import { currentStep } from '../../app/dialog/dialogMachine';
import { kioskMachine } from '../../app/dialog/kioskMachine';
import type { LookupErrorCode, SubmitErrorCode } from '../../app/dialog/types';
import type { InputMode } from '../../app/domain/submission';
import type { SpeechOutput } from '../../app/speech/types';
import { KioskApiError } from '../api/client';
import { Footer } from './Footer';
import { keyAction, moveFocus } from './keypad';
import { Overlay, type OverlayKind } from './Overlays';
import { ScreenView } from './ScreenView';
import { StaffCorner, StaffPinDialog } from './StaffEntry';
import type { SendUser } from './screenProps';
import { usePrompt } from './usePrompt';

interface Props {
  api: KioskApi;
  config: KioskConfigView;
  speech: SpeechOutput;
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
  return 'unknown';
}

export function KioskApp({ api, config, speech, i18n }: Props) {
  const machine = useMemo(
    () =>
      kioskMachine.provide({
        actors: {
          submitDraft: fromPromise(async ({ input }) => {
            try {
              return await api.submit(input);
            } catch (error) {
              throw Object.assign(new Error('submit failed'), { code: submitErrorCode(error) });
            }
          }),
          callStaff: fromPromise(({ input }) => api.callStaff(input)),
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
  const dialogRef = useSelector(kiosk, (s) => s.children.dialog);
  const dialog = useSelector(dialogRef, (s) => s)!;
  const settings = useSelector(kiosk, (s) => s.context.settings);
  const overlay = useSelector(kiosk, overlayOf);
  const lastMode = useRef<InputMode>('touch');
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

  const prompt = usePrompt({ step, stage, ctx, t, speech, config, kiosk, rootRef });

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
    const action = keyAction({
      key: e.key,
      editing: target.matches('input, textarea'),
      multiline: caretCanMove(target, e.key),
      onWelcome: step === 'welcome' && overlay === null,
      onPhone:
        ((step === 'contact' && stage === 'phone') || (step === 'lookup' && (stage === 'ref' || stage === 'phone'))) &&
        overlay === null,
      onButton: target.matches('button'),
      modifier: e.ctrlKey || e.altKey || e.metaKey,
    });
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
        return kiosk.send({ type: 'user.help', mode: 'keypad' });
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
    }
  };

  // When an overlay closes, focus returns to the top of the screen rather than being lost.
  const hadOverlay = useRef(false);
  useEffect(() => {
    if (overlay === null && hadOverlay.current) rootRef.current?.querySelector<HTMLElement>('[data-heading]')?.focus();
    hadOverlay.current = overlay !== null;
  }, [overlay]);

  // On the window, not the kiosk's element: a key pressed while nothing has focus still counts.
  const keyHandler = useRef(onKeyDown);
  keyHandler.current = onKeyDown;
  useEffect(() => {
    const listener = (e: KeyboardEvent) => keyHandler.current(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  return (
    <I18nextProvider i18n={i18n}>
      <div
        ref={rootRef}
        className="kiosk"
        onPointerDownCapture={() => {
          lastMode.current = 'touch';
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
              speechOff={!speech.canSpeak(ctx.language)}
              onCallStaff={() => kiosk.send({ type: 'user.callStaff', mode: lastMode.current })}
            />
          </main>
          <Footer step={step} settings={settings} t={t} kiosk={kiosk} send={send} lastMode={lastMode} />
        </div>
        <div className="sr-only" aria-live="polite" data-testid="announcer">
          {prompt.announcement}
        </div>
        {staffPin && <StaffPinDialog api={api} t={t} onClose={() => setStaffPin(false)} />}
        {overlay && !staffPin && (
          <Overlay
            kind={overlay}
            helpText={t(prompt.keys.help, { centre: config.centreName[ctx.language] })}
            warningMs={config.timing.warningMs}
            t={t}
            onClose={() => kiosk.send({ type: 'user.closeOverlay', mode: lastMode.current })}
            onContinue={() => kiosk.send({ type: 'user.continue', mode: lastMode.current })}
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

type KioskSnapshot = ReturnType<ReturnType<typeof useActorRef<typeof kioskMachine>>['getSnapshot']>;

function overlayOf(s: KioskSnapshot): OverlayKind | null {
  if (s.matches({ idle: 'warning' })) return 'idleWarning';
  for (const kind of ['help', 'staffCalling', 'staffCalled', 'staffCallFailed'] as const) {
    if (s.matches({ overlay: kind })) return kind;
  }
  return null;
}
