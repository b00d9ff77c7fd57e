import type { TFunction } from 'i18next';
import { useCallback, useEffect, useId, useState } from 'react';
import type { Filters, KioskApi, KioskConfigView, ResultOf } from '../../app/contract/kioskApi';
import { KINDS } from '../../app/domain/kinds';
import { formatReference } from '../../app/domain/referenceNumber';
import { STATUSES } from '../../app/domain/status';
import type { Language } from '../../app/i18n/languages';
import { categoryLabel, findEntry } from '../shell/catalogueText';
import { CaseDue, OverdueCount, UrgencyToggles, type UrgencyView } from './CaseHandling';
import { Detail } from './Detail';
import { toMinute } from './dates';
import { MeTooCount } from './MergeCases';
import { type SaveExport, saveOverApi } from './saveExport';

interface Props {
  api: KioskApi;
  config: KioskConfigView;
  language: Language;
  t: TFunction;
  /** How an export reaches the browser's downloads: streamed by the browser host, else the KioskApi's answer. */
  saveExport?: SaveExport;
}

type List = ResultOf<'listSubmissions'>;
const PAGE = 100;

/** A date input's day as the start of that local day, in ISO form with its offset. */
function dayStart(day: string, plusDays = 0): string | undefined {
  if (!day) return undefined;
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d! + plusDays).toISOString();
}

/** The queue: filters, counts per status, several marked collected at once, one opened in full. */
export function Queue({ api, config, language, t, saveExport = saveOverApi(api) }: Props) {
  const [form, setForm] = useState({ status: '', kind: '', category: '', from: '', to: '', text: '' });
  const [filters, setFilters] = useState<Filters>({});
  const [list, setList] = useState<List | null>(null);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [openId, setOpenId] = useState<number | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const [view, setView] = useState<UrgencyView>({ sort: 'newest', due: undefined });
  const ids = { status: useId(), kind: useId(), category: useId(), from: useId(), to: useId(), text: useId() };

  const refresh = useCallback(async () => {
    setList(await api.listSubmissions({ ...filters, ...view, limit }));
  }, [api, filters, view, limit]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const apply = (e: React.FormEvent) => {
    e.preventDefault();
    setSelected(new Set());
    setLimit(PAGE);
    setFilters({
      status: (form.status || undefined) as Filters['status'],
      kind: (form.kind || undefined) as Filters['kind'],
      category: form.category || undefined,
      from: dayStart(form.from),
      to: dayStart(form.to, 1),
      text: form.text.trim() || undefined,
    });
  };
  const exportAs = async (format: 'csv' | 'json' | 'open311') => {
    const { status, kind, category, from, to, text } = filters;
    // What is exported is what the list shows: the same filters and deadlines.
    await saveExport({ format, status, kind, category, from, to, text, due: view.due });
  };
  const collectSelected = async () => {
    await api.setStatus({ ids: [...selected], status: 'collected' });
    setSelected(new Set());
    await refresh();
  };
  const toggle = (id: number) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setForm({ ...form, [key]: e.target.value });
  const categories = config.catalogue.filter((c) => !form.kind || c.kind === form.kind);

  return (
    <section aria-labelledby="queue-title" className="stack">
      <h2 id="queue-title">{t('staff.queue')}</h2>
      {list?.spaceWarning && <SpaceWarningBanner warning={list.spaceWarning} t={t} />}
      <form className="filters field-grid" onSubmit={apply}>
        <div className="field">
          <label htmlFor={ids.status}>{t('staff.filters.status')}</label>
          <select id={ids.status} value={form.status} onChange={set('status')}>
            <option value="">{t('staff.filters.any')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`staff.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.kind}>{t('staff.filters.kind')}</label>
          <select id={ids.kind} value={form.kind} onChange={set('kind')}>
            <option value="">{t('staff.filters.any')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}.label`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.category}>{t('staff.filters.category')}</label>
          <select id={ids.category} value={form.category} onChange={set('category')}>
            <option value="">{t('staff.filters.any')}</option>
            {categories.map((c) => (
              <option key={c.code} value={c.code}>
                {categoryLabel(c, c.code, language, t)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.from}>{t('staff.filters.from')}</label>
          <input id={ids.from} type="date" value={form.from} onChange={set('from')} />
        </div>
        <div className="field">
          <label htmlFor={ids.to}>{t('staff.filters.to')}</label>
          <input id={ids.to} type="date" value={form.to} onChange={set('to')} />
        </div>
        <div className="field field-wide">
          <label htmlFor={ids.text}>{t('staff.filters.text')}</label>
          {/* The API takes at most 200 characters (Filters.text): more would be refused and leave the list as it was. */}
          <input id={ids.text} type="search" maxLength={200} value={form.text} onChange={set('text')} />
        </div>
        <div className="field field-action">
          <button type="submit" className="btn btn-primary">
            {t('staff.filters.apply')}
          </button>
        </div>
      </form>
      <UrgencyToggles
        view={view}
        t={t}
        onChange={(next) => {
          setLimit(PAGE);
          setView(next);
        }}
      />
      {list && (
        <>
          <p className="row">
            {STATUSES.map((s) => (
              <span key={s} className="count">
                {t(`staff.status.${s}`)}:{' '}
                {list.countsCapped ? t('staff.atLeast', { count: list.counts[s] ?? 0 }) : (list.counts[s] ?? 0)}
              </span>
            ))}
            <OverdueCount overdue={list.overdue} t={t} />
            <span>
              {list.countsCapped
                ? t('staff.totalMoreThan', { count: list.total - 1 })
                : t('staff.total', { count: list.total })}
            </span>
          </p>
          <div className="row">
            <button type="button" className="btn" disabled={selected.size === 0} onClick={collectSelected}>
              {t('staff.collectSelected', { count: selected.size })}
            </button>
            <span className="spacer" />
            <button type="button" className="btn" onClick={refresh}>
              {t('staff.refresh')}
            </button>
            <button type="button" className="btn" onClick={() => exportAs('csv')}>
              {t('staff.exportCsv')}
            </button>
            <button type="button" className="btn" onClick={() => exportAs('json')}>
              {t('staff.exportJson')}
            </button>
            <button type="button" className="btn" onClick={() => exportAs('open311')}>
              {t('staff.exportOpen311')}
            </button>
          </div>
          {list.items.length === 0 ? (
            <p>{t('staff.empty')}</p>
          ) : (
            <table className="cards">
              <thead>
                <tr>
                  <th scope="col">{t('staff.columns.select')}</th>
                  {(['ref', 'createdAt', 'kind', 'category', 'status', 'description', 'contact'] as const).map((c) => (
                    <th key={c} scope="col">
                      {t(`staff.columns.${c}`)}
                    </th>
                  ))}
                  <th scope="col">
                    {t('staff.case.assignee')} · {t('staff.case.due')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((s) => (
                  <tr key={s.id} aria-selected={openId === s.id}>
                    <td data-label={t('staff.columns.select')}>
                      <input
                        type="checkbox"
                        aria-label={t('staff.selectOne', { ref: formatReference(s.ref) })}
                        checked={selected.has(s.id)}
                        onChange={() => toggle(s.id)}
                      />
                    </td>
                    <td data-label={t('staff.columns.ref')}>
                      <button type="button" className="link" onClick={() => setOpenId(s.id)}>
                        {formatReference(s.ref)}
                      </button>
                      {s.inputModes.includes('staff') && (
                        <span className="badge" title={t('staff.inputModes.staff')}>
                          {t('staff.onBehalf.marker')}
                        </span>
                      )}
                    </td>
                    <td data-label={t('staff.columns.createdAt')}>{toMinute(s.createdAt, language)}</td>
                    <td data-label={t('staff.columns.kind')}>{t(`kinds.${s.kind}.label`)}</td>
                    <td data-label={t('staff.columns.category')}>
                      {categoryLabel(findEntry(config, s.category), s.category, language, t)}
                    </td>
                    <td data-label={t('staff.columns.status')}>
                      {t(`staff.status.${s.status}`)}
                      <MeTooCount item={s} t={t} />
                    </td>
                    <td data-label={t('staff.columns.description')} className="description">
                      {s.description}
                    </td>
                    <td data-label={t('staff.columns.contact')}>
                      {s.anonymous ? t('staff.anonymous') : [s.name, s.phone].filter(Boolean).join(' ')}
                    </td>
                    <td data-label={`${t('staff.case.assignee')} · ${t('staff.case.due')}`}>
                      <CaseDue item={s} t={t} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {list.total > list.items.length && (
            <button type="button" className="btn" onClick={() => setLimit(limit + PAGE)}>
              {t('staff.more')}
            </button>
          )}
        </>
      )}
      {openId !== null && (
        <Detail
          api={api}
          id={openId}
          config={config}
          language={language}
          t={t}
          onClose={() => setOpenId(null)}
          onChanged={refresh}
        />
      )}
    </section>
  );
}

/** The queue's disk is filling: said where staff look, with what to do, while there is still time. */
function SpaceWarningBanner({ warning, t }: { warning: NonNullable<List['spaceWarning']>; t: Props['t'] }) {
  return (
    <p className="space-warning" role="alert">
      {warning.reason === 'disk'
        ? t('staff.space.disk', { free: warning.freeMegabytes })
        : t('staff.space.database', { size: warning.databaseMegabytes })}
    </p>
  );
}
