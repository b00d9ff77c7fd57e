import type { TFunction } from 'i18next';
import { type RefObject, useEffect, useRef, useState } from 'react';
import type { Settings } from '../../app/dialog/types';
import type { LocaleKey } from '../../app/i18n/localeKey';
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
  const ref = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: again when the kind changes, as the idle warning can come over the settings and go again
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [kind]);
  const idle = kind === 'idleWarning';
  const title = idle ? t('overlay.idleTitle') : t(TITLES[kind]);
  const body = (
    <>
      <h2 id="overlay-title" tabIndex={-1}>
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
        <div
          ref={ref}
          className="overlay"
          role="alertdialog"
          aria-modal="true"
          aria-labelledby="overlay-title"
          data-overlay
        >
          {body}
        </div>
      ) : (
        <div
          ref={ref}
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

/**
 * When an overlay closes, focus goes back to where the resident was (the
 * button that opened it, or wherever the keypad had put focus), or to the top
 * of the screen if that is gone, rather than being lost.
 */
export function useReturnFocus(overlay: OverlayKind | null, rootRef: RefObject<HTMLElement | null>) {
  const lastFocus = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const remember = (e: FocusEvent) => {
      if (e.target instanceof HTMLElement && e.target.closest('.kiosk-frame')) lastFocus.current = e.target;
    };
    root.addEventListener('focusin', remember);
    return () => root.removeEventListener('focusin', remember);
  }, [rootRef]);
  const hadOverlay = useRef(false);
  useEffect(() => {
    if (overlay === null && hadOverlay.current) {
      const back = lastFocus.current;
      if (back?.isConnected && !back.matches(':disabled') && !back.closest('[inert]')) back.focus();
      else rootRef.current?.querySelector<HTMLElement>('[data-heading]')?.focus();
    }
    hadOverlay.current = overlay !== null;
  }, [overlay, rootRef]);
}
