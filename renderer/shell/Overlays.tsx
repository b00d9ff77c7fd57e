import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';

export type OverlayKind = 'help' | 'staffCalling' | 'staffCalled' | 'staffCallFailed' | 'idleWarning';

interface Props {
  kind: OverlayKind;
  helpText: string;
  warningMs: number;
  t: TFunction;
  onClose(): void;
  onContinue(): void;
}

/** Help, call staff and the idle warning: one modal at a time, focus inside it. */
export function Overlay({ kind, helpText, warningMs, t, onClose, onContinue }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('h2')?.focus();
  }, []);
  const idle = kind === 'idleWarning';
  const title = idle ? t('overlay.idleTitle') : kind === 'help' ? t('overlay.helpTitle') : t('common.callStaff');
  const body = (
    <>
      <h2 id="overlay-title" tabIndex={-1}>
        {title}
      </h2>
      {kind === 'help' && <p>{helpText}</p>}
      {kind === 'staffCalling' && <p role="status">{t('overlay.staffCalling')}</p>}
      {kind === 'staffCalled' && <p role="status">{t('overlay.staffCalled')}</p>}
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
        <div ref={ref} className="overlay" role="dialog" aria-modal="true" aria-labelledby="overlay-title" data-overlay>
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
