import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import type { KioskApi, KioskConfigView, ResultOf } from '../../app/contract/kioskApi';
import { KINDS } from '../../app/domain/kinds';
import type { Language } from '../../app/i18n/languages';
import { categoryLabel } from '../shell/catalogueText';
import { Rates } from './Rates';

type Stats = ResultOf<'stats'>;
const RANGES = [7, 30] as const;

/**
 * Submissions per kind and category over the last 7 and 30 days. Each bar
 * carries its number as text, so nothing depends on colour (WCAG 1.4.1).
 */
export function Dashboard({
  api,
  config,
  language,
  t,
}: {
  api: KioskApi;
  config: KioskConfigView;
  language: Language;
  t: TFunction;
}) {
  const [stats, setStats] = useState<Record<number, Stats>>({});
  useEffect(() => {
    void Promise.all(RANGES.map((days) => api.stats({ days }))).then((results) =>
      setStats(Object.fromEntries(results.map((r, i) => [RANGES[i]!, r]))),
    );
  }, [api]);
  return (
    <section aria-labelledby="dashboard-title" className="stack">
      <h2 id="dashboard-title">{t('staff.dashboard.title')}</h2>
      {RANGES.map((days) => {
        const s = stats[days];
        return s ? (
          <Rates key={`rates-${days}`} stats={s} days={days} config={config} language={language} t={t} />
        ) : null;
      })}
      {RANGES.map((days) => {
        const s = stats[days];
        if (!s) return null;
        const rows = [
          ...KINDS.map((k) => ({ key: k, label: t(`kinds.${k}.label`), count: s.byKind[k] ?? 0, strong: true })),
          ...config.catalogue.map((c) => ({
            key: c.code,
            label: categoryLabel(c, c.code, language, t),
            count: s.byCategory[c.code] ?? 0,
            strong: false,
          })),
        ];
        const max = Math.max(1, ...rows.map((r) => r.count));
        return (
          <table key={days} className="chart">
            <caption>{t('staff.dashboard.range', { days })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('staff.columns.category')}</th>
                <th scope="col">{t('staff.dashboard.count')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row" className={r.strong ? 'strong' : undefined}>
                    {r.label}
                  </th>
                  <td>
                    <span className="bar" style={{ width: `${(r.count / max) * 20}em` }} aria-hidden="true" />
                    <span>{r.count}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </section>
  );
}
