import './VoiceBar.css';
import { useSelector } from '@xstate/react';
import type { TFunction } from 'i18next';
import type { SpeechErrorCode } from '../../../app/speech/types';
import { gaveUp, type Pending } from '../../../app/speech/voiceMachine';
import type { KioskRef } from '../hooks/useKiosk';

interface Props {
  t: TFunction;
  listening: boolean;
  pending: Pending | null;
  gaveUp: boolean;
  inputOff: SpeechErrorCode | null;
  onAccept(): void;
  onReject(): void;
}

interface AudioFirstProps {
  t: TFunction;
  screenOff: boolean;
  onScreenOff(off: boolean): void;
  onExit(): void;
}

/** Audio-first mode's own controls: the screen off (audio goes on) or on, and leaving the mode. */
export function AudioFirstBar({ t, screenOff, onScreenOff, onExit }: AudioFirstProps) {
  return (
    <section className="audio-first-bar row" aria-label={t('audio.mode')}>
      <button type="button" className="btn" aria-pressed={screenOff} onClick={() => onScreenOff(!screenOff)}>
        {screenOff ? t('audio.screenOn') : t('audio.screenOff')}
      </button>
      <button type="button" className="btn" onClick={onExit}>
        {t('audio.exit')}
      </button>
    </section>
  );
}

/**
 * What voice is doing, seen as well as heard: the listening cue, what was
 * heard (large, with yes and "say it again" by touch too), the offer of touch
 * and staff after three misses, and voice input turned off.
 */
export function VoiceBar({ t, listening, pending, gaveUp, inputOff, onAccept, onReject }: Props) {
  if (inputOff) {
    return (
      <p className="voice-bar voice-off" role="status">
        {t('voice.inputOff', { reason: t(`speech.error.${inputOff}`) })}
      </p>
    );
  }
  if (pending) {
    const heard = pending.type === 'confirm' ? pending.echo : pending.type === 'digits' ? pending.digits : pending.text;
    return (
      <section className="voice-bar voice-heard" aria-label={t('voice.heard')}>
        <p className="voice-heard-text" data-testid="voice-heard">
          {heard}
        </p>
        <div className="row">
          <button type="button" className="btn btn-primary" onClick={onAccept}>
            {t('voice.yes')}
          </button>
          <button type="button" className="btn" onClick={onReject}>
            {t('voice.no')}
          </button>
        </div>
      </section>
    );
  }
  if (gaveUp) return <p className="voice-bar">{t('voice.offer')}</p>;
  return (
    <p className="voice-bar" role="status" data-listening={listening || undefined}>
      {listening ? t('voice.listening') : ''}
    </p>
  );
}

/** The voice bar for the kiosk's voice, where the provider hears at all (or has stopped hearing, and says why). */
export function VoiceStatus({ t, kiosk, hears }: { t: TFunction; kiosk: KioskRef; hears: boolean }) {
  const voice = useSelector(kiosk, (s) => s.children.voice);
  const listening = useSelector(voice, (s) => s?.matches('listening') ?? false);
  const pending = useSelector(voice, (s) => s?.context.pending ?? null);
  const offered = useSelector(voice, (s) => (s ? gaveUp(s.context) : false));
  const inputOff = useSelector(voice, (s) => s?.context.inputOff ?? null);
  if (!hears && !inputOff) return null;
  return (
    <VoiceBar
      t={t}
      listening={listening}
      pending={pending}
      gaveUp={offered}
      inputOff={inputOff}
      onAccept={() => kiosk.send({ type: 'user.accept', mode: 'touch' })}
      onReject={() => kiosk.send({ type: 'user.reject', mode: 'touch' })}
    />
  );
}
