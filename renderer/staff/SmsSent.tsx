import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import type { KioskApi, ResultOf } from '../../app/contract/kioskApi';
import type { Language } from '../../app/i18n/languages';
import { toMinute } from './dates';

interface Props {
  api: KioskApi;
  id: number;
  language: Language;
  t: TFunction;
}

/**
 * What the case's resident (and any "me too" supporter who asked) was told by SMS: whether they asked to be, and
 * each message (time, which news, its state, why it failed), the phone only
 * by its last four digits. Shown only where the resident asked for texts.
 * Keyed by the case's updatedAt where it is used, so a status change loads it afresh.
 */
export function SmsSent({ api, id, language, t }: Props) {
  const [sms, setSms] = useState<ResultOf<'smsMessages'> | null>(null);
  useEffect(() => {
    // A status change queues its message at once and sends it just after: look again a moment later.
    let live = true;
    const load = () => void api.smsMessages({ id }).then((found) => live && setSms(found));
    load();
    const again = setTimeout(load, 2000);
    return () => {
      live = false;
      clearTimeout(again);
    };
  }, [api, id]);
  if (sms === null || (!sms.consent && sms.items.length === 0)) return null;
  return (
    <section className="stack" aria-labelledby={`sms-${id}`}>
      <h3 id={`sms-${id}`}>{t('staff.sms.title')}</h3>
      <p>{t(sms.consent ? 'staff.sms.consentYes' : 'staff.sms.consentNo')}</p>
      {sms.items.length === 0 ? (
        <p>{t('staff.sms.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('staff.sms.columns.at')}</th>
              <th scope="col">{t('staff.sms.columns.template')}</th>
              <th scope="col">{t('staff.sms.columns.state')}</th>
              <th scope="col">{t('staff.sms.columns.recipient')}</th>
              <th scope="col">{t('staff.sms.columns.phone')}</th>
              <th scope="col">{t('staff.sms.columns.attempts')}</th>
            </tr>
          </thead>
          <tbody>
            {sms.items.map((m) => (
              <tr key={m.id}>
                <td>{toMinute(m.updatedAt, language)}</td>
                <td>{t(`staff.sms.templates.${m.template}`)}</td>
                <td>
                  {t(`staff.sms.states.${m.state}`)}
                  {m.lastError && m.state !== 'sent' ? ` · ${m.lastError}` : ''}
                </td>
                <td>{t(`staff.sms.recipients.${m.recipient}`)}</td>
                <td>{m.phone}</td>
                <td>{m.attempts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
