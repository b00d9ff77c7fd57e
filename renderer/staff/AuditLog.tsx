import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import type { KioskApi, ResultOf } from '../../app/contract/kioskApi';
import { csvCell } from '../../app/domain/csv';
import type { Language } from '../../app/i18n/languages';
import { toSecond } from './dates';
import { download } from './useStaffApi';
import { actorName, auditSentence } from './words';

const LIMIT = 500;

/** The same cell rule as the submissions export (app/domain/csv.ts). */
const auditCell = (value: string | number | null) => csvCell(String(value ?? ''));

/** Who did what and when, in words: viewable and exportable, never editable. */
export function AuditLog({ api, language, t }: { api: KioskApi; language: Language; t: TFunction }) {
  const [items, setItems] = useState<ResultOf<'auditLog'>['items']>([]);
  useEffect(() => {
    void api.auditLog({ limit: LIMIT }).then((r) => setItems(r.items));
  }, [api]);
  const exportCsv = () => {
    // The codes stay beside the sentence: an auditor may sort or count by them.
    const header = ['id', 'at', 'actor', 'action', 'detail', 'summary'];
    const rows = items.map((i) => [i.id, i.at, i.actor, i.action, i.detail, auditSentence(i, t)]);
    const lines = [header, ...rows].map((row) => row.map(auditCell).join(','));
    download('linli-audit.csv', 'text/csv; charset=utf-8', `\ufeff${lines.join('\r\n')}\r\n`);
  };
  return (
    <section aria-labelledby="audit-title" className="stack">
      <div className="row">
        <h2 id="audit-title">{t('staff.audit.title')}</h2>
        <span className="spacer" />
        <button type="button" className="btn" onClick={exportCsv}>
          {t('staff.exportCsv')}
        </button>
      </div>
      <table className="audit">
        <thead>
          <tr>
            <th scope="col">{t('staff.audit.at')}</th>
            <th scope="col">{t('staff.audit.actor')}</th>
            <th scope="col">{t('staff.audit.action')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id}>
              <td data-label={t('staff.audit.at')}>{toSecond(i.at, language)}</td>
              <td data-label={t('staff.audit.actor')}>{actorName(i.actor, t)}</td>
              <td data-label={t('staff.audit.action')} className="description">
                {auditSentence(i, t)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
