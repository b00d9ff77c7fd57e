import type { TFunction } from 'i18next';
import type { RefObject } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { kioskMachine } from '../../app/dialog/kioskMachine';
import { CONTRASTS, type Settings, type Step, TEXT_SIZES } from '../../app/dialog/types';
import type { InputMode } from '../../app/domain/submission';
import type { SendUser } from './screenProps';

interface Props {
  step: Step;
  settings: Settings;
  t: TFunction;
  kiosk: ActorRefFrom<typeof kioskMachine>;
  send: SendUser;
  lastMode: RefObject<InputMode>;
}

/** On every screen: help and call staff; from the second screen on, back and start over; text size and contrast. */
export function Footer({ step, settings, t, kiosk, send, lastMode }: Props) {
  const mode = () => lastMode.current;
  const nextSize = TEXT_SIZES[(TEXT_SIZES.indexOf(settings.textSize) + 1) % TEXT_SIZES.length]!;
  const nextContrast = CONTRASTS[(CONTRASTS.indexOf(settings.contrast) + 1) % CONTRASTS.length]!;
  const canGoBack = step !== 'welcome' && step !== 'submitting' && step !== 'receipt';
  return (
    <footer className="kiosk-footer">
      <nav className="row" aria-label={t('common.toolbar')}>
        {canGoBack && (
          <button type="button" className="btn" onClick={() => send({ type: 'user.back' })}>
            {t('common.back')}
          </button>
        )}
        {step !== 'welcome' && step !== 'submitting' && (
          <button type="button" className="btn" onClick={() => send({ type: 'user.startOver' })}>
            {t('common.startOver')}
          </button>
        )}
        <button type="button" className="btn" onClick={() => kiosk.send({ type: 'user.help', mode: mode() })}>
          {t('common.help')}
        </button>
        <button type="button" className="btn" onClick={() => kiosk.send({ type: 'user.callStaff', mode: mode() })}>
          {t('common.callStaff')}
        </button>
      </nav>
      <span className="spacer" />
      <fieldset className="row plain">
        <legend className="sr-only">{t('common.settings')}</legend>
        <button
          type="button"
          className="btn"
          onClick={() => kiosk.send({ type: 'user.setTextSize', size: nextSize, mode: mode() })}
        >
          {t('settings.textSize', { size: t(`settings.sizes.${settings.textSize}`) })}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => kiosk.send({ type: 'user.setContrast', contrast: nextContrast, mode: mode() })}
        >
          {settings.contrast === 'high' ? t('settings.contrastOn') : t('settings.contrastOff')}
        </button>
      </fieldset>
    </footer>
  );
}
