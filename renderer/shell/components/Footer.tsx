import type { TFunction } from 'i18next';
import type { RefObject } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { kioskMachine } from '../../../app/dialog/kioskMachine';
import type { Step } from '../../../app/dialog/types';
import type { InputMode } from '../../../app/domain/inputModes';
import type { SendUser } from '../screenProps';

interface Props {
  step: Step;
  t: TFunction;
  kiosk: ActorRefFrom<typeof kioskMachine>;
  send: SendUser;
  lastMode: RefObject<InputMode>;
}

/** On every screen: help, call staff and settings; from the second screen on, back and start over. */
export function Footer({ step, t, kiosk, send, lastMode }: Props) {
  const mode = () => lastMode.current;
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
      <button
        type="button"
        className="btn settings-button"
        data-settings
        onClick={() => kiosk.send({ type: 'user.openSettings', mode: mode() })}
      >
        {t('settings.open')}
      </button>
    </footer>
  );
}
