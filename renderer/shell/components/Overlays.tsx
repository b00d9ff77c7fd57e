import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import type { Settings } from '../../../app/dialog/settings';
import type { LocaleKey } from '../../../app/i18n/localeKey';
import { focusOnMount } from './focusOnMount';
import { type SettingsEvent, SettingsPanel } from './SettingsPanel';

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
  warningMs: number;
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

/** Help, settings, call staff and the idle warning: one modal at a time, focus inside it. */
export function Overlay({ kind, helpText, warningMs, t, onClose, onContinue, settings, onSettings }: Props) {
  const idle = kind === 'idleWarning';
  const title = idle ? t('overlay.idleTitle') : t(TITLES[kind]);
  const body = (
    <>
      {/* A new kind is a new heading, focused again: the idle warning can come over the settings and go again. */}
      <h2 key={kind} ref={focusOnMount} id="overlay-title" tabIndex={-1}>
        {title}
      </h2>
      {kind === 'help' && <p>{helpText}</p>}
      {kind === 'settings' && settings && onSettings && <SettingsPanel settings={settings} t={t} send={onSettings} />}
      {kind === 'staffCalling' && <p role="status">{t('overlay.staffCalling')}</p>}
      {kind === 'staffCalled' && <p role="status">{t('overlay.staffCalled')}</p>}
      {kind === 'staffAlreadyCalled' && <p role="status">{t('overlay.staffAlreadyCalled')}</p>}
      {kind === 'staffCallFailed' && <p className="error">{t('overlay.staffCallFailed')}</p>}
      {idle && <IdleCountdown warningMs={warningMs} t={t} />}
      <div className="row">
        {idle ? (
          <button type="button" className="btn btn-primary" onClick={onContinue}>
            {t('common.continue')}
          </button>
        ) : (
          <button type="button" className="btn btn-primary" onClick={onClose}>
            {t('common.close')}
          </button>
        )}
      </div>
    </>
  );
  return (
    <div className="overlay-backdrop">
      {idle ? (
        <div className="overlay" role="alertdialog" aria-modal="true" aria-labelledby="overlay-title" data-overlay>
          {body}
        </div>
      ) : (
        <div
          className={kind === 'settings' ? 'overlay settings-panel' : 'overlay'}
          role="dialog"
          aria-modal="true"
          aria-labelledby="overlay-title"
          data-overlay
        >
          {body}
        </div>
      )}
    </div>
  );
}

function IdleCountdown({ warningMs, t }: { warningMs: number; t: TFunction }) {
  const [left, setLeft] = useState(Math.round(warningMs / 1000));
  useEffect(() => {
    const timer = setInterval(() => setLeft((s) => Math.max(0, s - 1)), 1000);
    return () => clearInterval(timer);
  }, []);
  return <p>{t('overlay.idleBody', { seconds: left })}</p>;
}
