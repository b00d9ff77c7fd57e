import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import type { KioskApi, ResultOf } from '../../app/contract/kioskApi';
import { formatReference } from '../../app/domain/referenceNumber';
import type { LocaleKey } from '../../app/i18n/localeKey';

type Notice = ResultOf<'staffNotices'>['items'][number];

/** The notices the console knows how to word (`staffNotices` codes); an unknown code is not shown half-worded. */
const NOTICE_KEYS: Record<string, LocaleKey> = {
  'key-store-basic-text': 'staff.notices.keyStoreBasicText',
  'case-reopened': 'staff.notices.caseReopened',
};

/** A notice in words: a reopened case names its reference and the resident's reason, as they said it. */
function noticeText(notice: Notice, t: TFunction): string {
  if (notice.code !== 'case-reopened') return t(NOTICE_KEYS[notice.code]!);
  const ref = formatReference(notice.ref ?? '');
  return notice.reason
    ? t('staff.notices.caseReopened', { ref, reason: notice.reason })
    : t('staff.notices.caseReopenedNoReason', { ref });
}

/**
 * What staff should know above everything else: about the kiosk itself (say, a
 * weakly sealed data key), and a resident's 不满意 that reopened a case, until
 * someone takes that case up.
 */
export function StaffNotices({ api, t }: { api: KioskApi; t: TFunction }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  useEffect(() => {
    let live = true;
    api.staffNotices({}).then(
      ({ items }) => live && setNotices(items.filter((n) => n.code in NOTICE_KEYS)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);
  if (notices.length === 0) return null;
  return (
    <section className="staff-notices" aria-label={t('staff.notices.title')}>
      {notices.map((notice) => (
        <p key={`${notice.code}:${notice.id ?? ''}`} className="error">
          {noticeText(notice, t)}
        </p>
      ))}
    </section>
  );
}
