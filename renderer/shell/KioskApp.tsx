import { useSelector } from '@xstate/react';
import type { i18n } from 'i18next';
import { useCallback, useMemo, useRef, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { KioskApi, KioskConfigView } from '../../app/contract/kioskApi';
import { currentStep } from '../../app/dialog/dialogMachine';
import { DEFAULT_KEYMAP, type Keymap } from '../../app/dialog/keymap';
import type { KioskSnapshot } from '../../app/dialog/kioskMachine';
import { formProgress } from '../../app/dialog/progress';
import type { KioskOnlyEvent } from '../../app/dialog/types';
import type { InputMode } from '../../app/domain/inputModes';
import type { SpeechProvider } from '../../app/speech/types';
import { ReceiptCountdownContext } from '../screens/Receipt/receiptCountdown';
import { Footer } from './components/Footer';
import { Header } from './components/Header';
import { Overlay, type OverlayKind } from './components/Overlays';
import { ScreenView } from './components/ScreenView';
import { StaffCorner, StaffPinDialog } from './components/StaffEntry';
import { AudioFirstBar, VoiceStatus } from './components/VoiceBar';
import { useDocumentSettings, useFocusableText } from './hooks/useDocumentSettings';
import { useKiosk } from './hooks/useKiosk';
import { usePrompt } from './hooks/usePrompt';
import { useReturnFocus } from './hooks/useReturnFocus';
import { useScreenSpeech } from './hooks/useScreenSpeech';
import { useSpokenTouch } from './hooks/useSpokenTouch';
import { useKeypad } from './input/useKeypad';
import type { SendUser } from './screenProps';
import { spokenExtras } from './spokenExtras';

interface Props {
  api: KioskApi;
  config: KioskConfigView;
  speech: SpeechProvider;
  i18n: i18n;
}

/**
 * The resident's kiosk: the kiosk machine's state drawn as a screen, with
 * touch, keypad and voice sending it events. What happens next is the
 * machines' (app/dialog); this only renders a snapshot and bridges the page.
 */
export function KioskApp({ api, config, speech, i18n }: Props) {
  const rootRef = useRef<HTMLDivElement>(null);
  const lastMode = useRef<InputMode>('touch');
  const kiosk = useKiosk({ api, config, speech, i18n, rootRef, lastMode });
  const dialogRef = useSelector(kiosk, (s) => s.children.dialog);
  const dialog = useSelector(dialogRef, (s) => s)!;
  const settings = useSelector(kiosk, (s) => s.context.settings);
  const overlay = useSelector(kiosk, overlayOf);
  const countdown = useSelector(kiosk, (s) => s.context.countdown);
  const keymap = useMemo(() => (config.keypad as Keymap | undefined) ?? DEFAULT_KEYMAP, [config.keypad]);
  const [staffPin, setStaffPin] = useState(false);
  const { step, stage } = currentStep(dialog);
  const ctx = dialog.context;
  const t = i18n.getFixedT(ctx.language);
  const canSpeak = speech.output.canSpeak(ctx.language);

  const send: SendUser = useCallback((event) => kiosk.send({ ...event, mode: lastMode.current }), [kiosk]);
  const sendKiosk = (event: KioskOnlyEvent) => kiosk.send({ ...event, mode: lastMode.current } as KioskOnlyEvent);
  const say = (texts: string[]) => kiosk.send({ type: 'voice.say', segments: texts });
  const receiptCountdown = useMemo(
    () => ({
      countdown: countdown?.kind === 'receipt' ? countdown : null,
      moreTime: () => kiosk.send({ type: 'user.moreTime', mode: lastMode.current }),
    }),
    [countdown, kiosk],
  );

  useDocumentSettings(i18n, ctx.language, settings);
  useFocusableText(rootRef, settings.audioFirst);
  useReturnFocus(overlay, rootRef);
  const prompt = usePrompt({ step, stage, ctx, t, config });
  useScreenSpeech({
    kiosk,
    rootRef,
    screenKey: prompt.key,
    language: ctx.language,
    step,
    stage,
    spoken: prompt.spoken,
    extra: spokenExtras(step, ctx, t),
    fieldError: ctx.fieldError,
    voiced: canSpeak || speech.input !== null,
  });
  const spokenTouch = useSpokenTouch({
    rootRef,
    explore: settings.exploreByTouch,
    canSpeak,
    say: (text) => say([text]),
    selectedWord: t('voice.selected'),
    keymap,
  });
  useKeypad({
    kiosk,
    send,
    keymap,
    step,
    stage,
    ctx,
    overlay,
    rootRef,
    lastMode,
    touchedWhileHelpHeld: spokenTouch.touchedWhileHelpHeld,
  });

  return (
    <I18nextProvider i18n={i18n}>
      <div
        ref={rootRef}
        className="kiosk"
        onPointerDownCapture={() => {
          lastMode.current = 'touch';
          kiosk.send({ type: 'user.interrupt', mode: 'touch' });
        }}
      >
        <StaffCorner onHeld={() => setStaffPin(true)} />
        <div className="kiosk-frame" inert={overlay !== null || staffPin}>
          {/* A new screen, or language, is a new heading, and focus goes to it. */}
          <Header
            title={prompt.title}
            headingKey={`${prompt.key}:${ctx.language}`}
            progress={formProgress(step, ctx)}
            centre={step !== 'welcome' ? (config.centreName[ctx.language] ?? null) : null}
            t={t}
          />
          {settings.audioFirst && (
            <AudioFirstBar
              t={t}
              screenOff={settings.screenOff}
              onScreenOff={(on) => sendKiosk({ type: 'user.setScreenOff', on })}
              onExit={() => sendKiosk({ type: 'user.setAudioFirst', on: false })}
            />
          )}
          <VoiceStatus t={t} kiosk={kiosk} hears={speech.input !== null} />
          {/* biome-ignore lint/a11y/useKeyWithClickEvents: "touch anywhere to start"; the keypad starts with any key (input/useKeypad) */}
          <main
            className="kiosk-main"
            onClick={(e) => {
              if (step === 'welcome' && !(e.target as HTMLElement).closest('button')) send({ type: 'user.start' });
            }}
          >
            <ReceiptCountdownContext.Provider value={receiptCountdown}>
              <ScreenView
                step={step}
                stage={stage}
                ctx={ctx}
                send={send}
                config={config}
                t={t}
                speechOff={canSpeak ? null : speech.output.provider === 'off' ? 'off' : 'no-voice'}
                speak={canSpeak ? say : undefined}
                onCallStaff={() => sendKiosk({ type: 'user.callStaff' })}
              />
            </ReceiptCountdownContext.Provider>
          </main>
          <Footer step={step} t={t} kiosk={kiosk} send={send} lastMode={lastMode} />
        </div>
        <div className="sr-only" aria-live="polite" data-testid="announcer">
          {prompt.announcement}
        </div>
        {staffPin && <StaffPinDialog api={api} t={t} onClose={() => setStaffPin(false)} />}
        {overlay && !staffPin && (
          <Overlay
            kind={overlay}
            helpText={t(prompt.keys.help, { centre: config.centreName[ctx.language] })}
            countdown={countdown?.kind === 'idleWarning' ? countdown : null}
            t={t}
            onClose={() => sendKiosk({ type: 'user.closeOverlay' })}
            onContinue={() => sendKiosk({ type: 'user.continue' })}
            settings={settings}
            onSettings={(event) => sendKiosk(event)}
          />
        )}
      </div>
    </I18nextProvider>
  );
}

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
