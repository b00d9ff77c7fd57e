import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import type { KioskApi, ResultOf } from '../../app/contract/kioskApi';
import { csvCell } from '../../app/domain/csv';
import { toSecond } from './dates';
import { download } from './useStaffApi';

const LIMIT = 500;

/** The same cell rule as the submissions export (app/domain/csv.ts). */
const auditCell = (value: string | number | null) => csvCell(String(value ?? ''));

/** Who did what and when: viewable and exportable, never editable. */
export function AuditLog({ api, t }: { api: KioskApi; t: TFunction }) {
  const [items, setItems] = useState<ResultOf<'auditLog'>['items']>([]);
  useEffect(() => {
    void api.auditLog({ limit: LIMIT }).then((r) => setItems(r.items));
  }, [api]);
  const exportCsv = () => {
    const header = ['id', 'at', 'actor', 'action', 'detail'];
    const lines = [header, ...items.map((i) => [i.id, i.at, i.actor, i.action, i.detail])].map((row) =>
      row.map(auditCell).join(','),
    );
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
      <table>
        <thead>
          <tr>
            <th scope="col">{t('staff.audit.at')}</th>
            <th scope="col">{t('staff.audit.actor')}</th>
            <th scope="col">{t('staff.audit.action')}</th>
            <th scope="col">{t('staff.audit.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id}>
              <td>{toSecond(i.at)}</td>
              <td>{i.actor}</td>
              <td>{i.action}</td>
              <td className="description">{i.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
