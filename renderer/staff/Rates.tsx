import type { TFunction } from 'i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CaseRatesView, KioskConfigView, ResultOf } from '../../app/contract/kioskApi';
import { csvCell } from '../../app/domain/csv';
import type { Language } from '../../app/i18n/languages';
import { categoryLabel } from '../shell/catalogueText';
import { download } from './useStaffApi';

type Stats = ResultOf<'stats'>;
const RATES = ['response', 'resolution', 'satisfaction'] as const;
/** Three colours told apart in every common colour-vision deficiency (Okabe–Ito); each bar also carries its figure. */
const COLOURS = { response: '#0072B2', resolution: '#009E73', satisfaction: '#D55E00' } as const;

const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 100));

function rows(stats: Stats, config: KioskConfigView, language: Language, t: TFunction) {
  const rates = stats.rates;
  if (!rates) return [];
  const named = (code: string) =>
    categoryLabel(
      config.catalogue.find((c) => c.code === code),
      code,
      language,
      t,
    );
  return [
    { code: 'all', label: t('staff.rates.all'), rates: rates.total },
    ...Object.entries(rates.byCategory).map(([code, r]) => ({ code, label: named(code), rates: r })),
  ];
}

function figure(ratio: CaseRatesView['response'], t: TFunction): string {
  const p = percent(ratio.rate);
  return p === null
    ? t('staff.rates.none')
    : t('staff.rates.figure', { percent: `${p}%`, count: ratio.count, of: ratio.of });
}

/** The rates of a range as CSV (the export's cell rule), with a byte-order mark for Excel. */
function ratesCsv(list: ReturnType<typeof rows>): string {
  const head = [
    'category',
    'cases',
    'response',
    'response_of',
    'resolution',
    'resolution_of',
    'satisfaction',
    'satisfaction_of',
  ];
  const lines = list.map((r) =>
    [r.code, String(r.rates.cases), ...RATES.flatMap((k) => [String(r.rates[k].count), String(r.rates[k].of)])]
      .map(csvCell)
      .join(','),
  );
  return `\uFEFF${[head.join(','), ...lines].join('\r\n')}\r\n`;
}

/**
 * 响应率, 解决率 and 满意率 per category over a range, as a bar chart
 * (recharts, with its keyboard and screen-reader layer) and the same figures
 * as a table, which is what a screen reader reads; exportable as CSV.
 */
export function Rates({
  stats,
  days,
  config,
  language,
  t,
}: {
  stats: Stats;
  days: number;
  config: KioskConfigView;
  language: Language;
  t: TFunction;
}) {
  const list = rows(stats, config, language, t);
  const captionId = `rates-${days}`;
  if (list.length === 0) return null;
  const data = list.map((r) => ({
    label: r.label,
    ...Object.fromEntries(RATES.map((k) => [k, percent(r.rates[k].rate)])),
  }));
  return (
    <section className="stack rates" aria-labelledby={captionId}>
      <h3 id={captionId}>
        {t('staff.rates.title')} · {t('staff.rates.range', { days })}
      </h3>
      <p className="note">{t('staff.rates.explain')}</p>
      {list[0]!.rates.cases === 0 ? (
        <p>{t('staff.rates.empty')}</p>
      ) : (
        <div
          role="img"
          aria-label={t('staff.rates.chart', { days })}
          style={{ width: '100%', height: 80 + list.length * 72 }}
        >
          <ResponsiveContainer>
            {/* Room on the right for a full bar's "100%". */}
            <BarChart data={data} layout="vertical" margin={{ left: 16, right: 72 }} accessibilityLayer>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" domain={[0, 100]} unit="%" />
              <YAxis type="category" dataKey="label" width={180} />
              <Tooltip formatter={(value) => `${value}%`} />
              {/* In the table's order (recharts sorts by name otherwise: 响应率, 满意率, 解决率). */}
              <Legend itemSorter={(item) => RATES.indexOf(item.dataKey as (typeof RATES)[number])} />
              {RATES.map((k) => (
                // minPointSize: a 0 % is a sliver with its figure, never mistaken for a rate not yet known (no bar).
                <Bar
                  key={k}
                  dataKey={k}
                  name={t(`staff.rates.${k}`)}
                  fill={COLOURS[k]}
                  minPointSize={3}
                  isAnimationActive={false}
                >
                  <LabelList dataKey={k} position="right" formatter={(v: unknown) => (v === null ? '' : `${v}%`)} />
                </Bar>
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <table className="rates-table">
        <caption>{t('staff.rates.range', { days })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('staff.rates.category')}</th>
            <th scope="col">{t('staff.rates.cases')}</th>
            {RATES.map((k) => (
              <th key={k} scope="col">
                {t(`staff.rates.${k}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {list.map((r) => (
            <tr key={r.code}>
              <th scope="row">{r.label}</th>
              <td>{r.rates.cases}</td>
              {RATES.map((k) => (
                <td key={k}>{figure(r.rates[k], t)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row">
        <button
          type="button"
          className="btn"
          onClick={() => download(`rates-${days}d.csv`, 'text/csv; charset=utf-8', ratesCsv(list))}
        >
          {t('staff.rates.exportCsv')}
        </button>
      </div>
    </section>
  );
}
