import { ApiError } from '../../app/contract/errors';
import type { KioskApiHandlers } from '../../app/contract/kioskApi';
import { maskedPhone } from '../../app/sms/templates';
import type { ServiceDeps } from './deps';
import { requireStaffSession } from './staffSession';

/** Staff's view of what a case's resident and supporters were told by SMS (main/sms/), the phone never in full. */
export function smsHandlers({ store, staffAuth }: ServiceDeps): Pick<KioskApiHandlers, 'smsMessages'> {
  return {
    smsMessages: ({ id }, ctx) => {
      requireStaffSession(staffAuth, ctx);
      const consent = store.sms.consentOf(id);
      if (consent === undefined) throw new ApiError('not-found', 'No submission has this id');
      const items = store.sms.ofCase(id).map((m) => ({
        id: m.id,
        createdAt: m.createdAt,
        updatedAt: m.updatedAt,
        template: m.template,
        state: m.state,
        attempts: m.attempts,
        lastError: m.lastError,
        phone: maskedPhone(m.phone),
        recipient: m.supporterId === null ? ('resident' as const) : ('supporter' as const),
      }));
      return { consent, items };
    },
  };
}
