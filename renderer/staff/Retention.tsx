import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import type { KioskApi } from '../../app/contract/kioskApi';

/**
 * Retention from the console: removes names, phones, descriptions and
 * locations of submissions closed more than N days ago (the config's
 * `retention.closedDays` when left empty); the counts stay for the statistics.
 */
export function Retention({ api, t }: { api: KioskApi; t: TFunction }) {
  const id = useId();
  const [days, setDays] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const purge = async () => {
    const n = Number.parseInt(days, 10);
    const { purged } = await api.purgeClosed(Number.isInteger(n) && n > 0 ? { days: n } : {});
    setConfirming(false);
    setResult(t('staff.retention.done', { count: purged }));
  };
  return (
    <section aria-labelledby="retention-title" className="stack">
      <h2 id="retention-title">{t('staff.retention.title')}</h2>
      <p>{t('staff.retention.explain')}</p>
      <div className="row">
        <label htmlFor={id}>{t('staff.retention.days')}</label>
        <input
          id={id}
          type="number"
          min={1}
          max={3650}
          inputMode="numeric"
          value={days}
          onChange={(e) => setDays(e.target.value)}
        />
        {confirming ? (
          <>
            <button type="button" className="btn btn-primary" onClick={purge}>
              {t('staff.retention.confirm')}
            </button>
            <button type="button" className="btn" onClick={() => setConfirming(false)}>
              {t('staffMode.cancel')}
            </button>
          </>
        ) : (
          <button type="button" className="btn" onClick={() => setConfirming(true)}>
            {t('staff.retention.purge')}
          </button>
        )}
      </div>
      {result && <p role="status">{result}</p>}
    </section>
  );
}
