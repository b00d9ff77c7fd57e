import './VoiceBar.css';
import type { TFunction } from 'i18next';
import type { SpeechErrorCode } from '../../app/speech/types';
import type { Pending } from '../../app/speech/voiceMachine';

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
