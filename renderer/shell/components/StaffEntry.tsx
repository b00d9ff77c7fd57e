import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import type { KioskApi } from '../../../app/contract/kioskApi';
import { NumericKeypad } from '../../components/NumericKeypad';

/** How long staff hold the top-left corner to open staff mode: long enough that no resident does it by chance. */
export const HOLD_MS = 5000;

/** The hidden way into staff mode: an unmarked corner, held for five seconds. */
export function StaffCorner({ onHeld }: { onHeld(): void }) {
  const timer = useRef<number | undefined>(undefined);
  const cancel = () => window.clearTimeout(timer.current);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return (
    <div
      className="staff-corner"
      aria-hidden="true"
      data-testid="staff-corner"
      onPointerDown={() => {
        cancel();
        timer.current = window.setTimeout(onHeld, HOLD_MS);
      }}
      onPointerUp={cancel}
      onPointerLeave={cancel}
      onPointerCancel={cancel}
    />
  );
}

/** The PIN pad of staff mode; a correct PIN opens the console, which ends with a fresh kiosk page. */
export function StaffPinDialog({ api, t, onClose }: { api: KioskApi; t: TFunction; onClose(): void }) {
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const signIn = async () => {
    try {
      await api.staffLogin({ pin });
      window.location.assign(new URL('staff', window.location.href).href);
    } catch {
      setPin('');
      setError(t('staffMode.wrong'));
    }
  };
  return (
    <div className="overlay-backdrop">
      <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="staff-pin-title" data-overlay>
        <h2 id="staff-pin-title" ref={heading} tabIndex={-1}>
          {t('staffMode.title')}
        </h2>
        <p className="phone-display">
          <span className="sr-only">{t('staffMode.pin')}</span>
          {'•'.repeat(pin.length) || ' '}
        </p>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <NumericKeypad
          t={t}
          onDigit={(d) => setPin((p) => (p.length < 12 ? p + d : p))}
          onDelete={() => setPin((p) => p.slice(0, -1))}
          onClear={() => setPin('')}
        />
        <div className="row">
          <button type="button" className="btn btn-primary" onClick={signIn}>
            {t('staffMode.signIn')}
          </button>
          <button type="button" className="btn" onClick={onClose}>
            {t('staffMode.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
