import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import type { KioskApi } from '../../app/contract/kioskApi';
import type { LocaleKey } from '../../app/i18n/localeKey';

/** The notices the console knows how to word (`staffNotices` codes); an unknown code is not shown half-worded. */
const NOTICE_KEYS: Record<string, LocaleKey> = {
  'key-store-basic-text': 'staff.notices.keyStoreBasicText',
};

/** What staff should know about the kiosk itself (say, a weakly sealed data key), above everything else. */
export function StaffNotices({ api, t }: { api: KioskApi; t: TFunction }) {
  const [codes, setCodes] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    api.staffNotices({}).then(
      ({ items }) => live && setCodes(items.map((n) => n.code).filter((code) => code in NOTICE_KEYS)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);
  if (codes.length === 0) return null;
  return (
    <section className="staff-notices" aria-label={t('staff.notices.title')}>
      {codes.map((code) => (
        <p key={code} className="error">
          {t(NOTICE_KEYS[code]!)}
        </p>
      ))}
    </section>
  );
}
