import type { TFunction } from 'i18next';
import type { KeyboardEvent } from 'react';
import type { Countdown as CountdownState } from '../../../app/dialog/countdown';
import type { Settings } from '../../../app/dialog/settings';
import type { LocaleKey } from '../../../app/i18n/localeKey';
import { Countdown } from '../../components/Countdown';
import { focusOnMount } from './focusOnMount';
import { type SettingsEvent, SettingsPanel } from './SettingsPanel';
import './Overlays.css';

export type OverlayKind =
  | 'help'
  | 'settings'
  | 'staffCalling'
  | 'staffCalled'
  | 'staffAlreadyCalled'
  | 'staffCallFailed'
  | 'idleWarning';

interface Props {
  kind: OverlayKind;
  helpText: string;
  /** The idle warning's countdown, from the kiosk machine (null before it has started). */
  countdown: CountdownState | null;
  t: TFunction;
  onClose(): void;
  onContinue(): void;
  /** The settings panel's current values and how it changes them. */
  settings?: Settings;
  onSettings?(event: SettingsEvent): void;
}

const TITLES: Record<Exclude<OverlayKind, 'idleWarning'>, LocaleKey> = {
  help: 'overlay.helpTitle',
  settings: 'settings.title',
  staffCalling: 'common.callStaff',
  staffCalled: 'common.callStaff',
  staffAlreadyCalled: 'common.callStaff',
  staffCallFailed: 'common.callStaff',
};

const FOCUSABLE = 'button:not(:disabled), input:not(:disabled), textarea:not(:disabled), [tabindex="0"]';

/**
 * Tab and Shift+Tab go round inside the dialog (the screen behind is inert, but Tab would
 * otherwise leave the page for the browser's own controls), as the WAI-ARIA modal dialog pattern asks.
 */
function trapTab(e: KeyboardEvent<HTMLElement>) {
  if (e.key !== 'Tab') return;
  const items = [...e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  const atStart = active === first || !items.includes(active as HTMLElement);
  if (e.shiftKey && atStart) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}

/**
 * Help, settings, call staff and the idle warning: one modal at a time, over
 * the screen dimmed behind a scrim (the resident still sees where they were,
 * and that it is kept), with focus inside it until it closes.
 */
export function Overlay({ kind, helpText, countdown, t, onClose, onContinue, settings, onSettings }: Props) {
  const idle = kind === 'idleWarning';
  const title = idle ? t('overlay.idleTitle') : t(TITLES[kind]);
  // A new kind is a new heading, focused again: the idle warning can come over the settings and go again.
  const heading = (
    <h2 key={kind} ref={focusOnMount} id="overlay-title" tabIndex={-1}>
      {title}
    </h2>
  );
  const close = (
    <button type="button" className="btn btn-primary dialog-close" onClick={onClose}>
      {t('common.close')}
    </button>
  );
  if (kind === 'settings' && settings && onSettings) {
    return (
      <div className="dialog-scrim" data-scrim>
        <div
          className="dialog-box dialog-settings"
          role="dialog"
          aria-modal="true"
          aria-labelledby="overlay-title"
          data-overlay
          onKeyDown={trapTab}
        >
          <SettingsPanel settings={settings} t={t} send={onSettings} heading={heading} close={close} />
        </div>
      </div>
    );
  }
  const content = (
    <>
      {heading}
      {kind === 'help' && <p>{helpText}</p>}
      {kind === 'staffCalling' && <p role="status">{t('overlay.staffCalling')}</p>}
      {kind === 'staffCalled' && (
        <p role="status" className="dialog-message">
          {t('overlay.staffCalled')}
        </p>
      )}
      {kind === 'staffAlreadyCalled' && (
        <p role="status" className="dialog-message">
          {t('overlay.staffAlreadyCalled')}
        </p>
      )}
      {kind === 'staffCallFailed' && <p className="error">{t('overlay.staffCallFailed')}</p>}
      {idle && countdown && (
        <Countdown countdown={countdown} unit={t('overlay.idleUnit')}>
          {t('overlay.idleBody', { seconds: Math.ceil(countdown.leftMs / 1000) })}
        </Countdown>
      )}
      <div className="dialog-actions">
        {idle ? (
          <button type="button" className="btn btn-primary dialog-main" onClick={onContinue}>
            {t('common.continue')}
          </button>
        ) : (
          close
        )}
      </div>
    </>
  );
  return (
    <div className="dialog-scrim" data-scrim>
      {idle ? (
        <div
          className="dialog-box dialog-idle"
          role="alertdialog"
          aria-modal="true"
          aria-labelledby="overlay-title"
          data-overlay
          onKeyDown={trapTab}
        >
          {content}
        </div>
      ) : (
        <div
          className="dialog-box"
          role="dialog"
          aria-modal="true"
          aria-labelledby="overlay-title"
          data-overlay
          onKeyDown={trapTab}
        >
          {content}
        </div>
      )}
    </div>
  );
}
