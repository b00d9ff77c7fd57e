import type { CallContext, KioskApiHandlers } from '../../app/contract/kioskApi';
import type { ServiceDeps } from './deps';
import { requireStaffSession } from './staffSession';

/** "Call staff" from the kiosk, as the console sees it: pending until someone acknowledges it. */
export function staffCallHandlers({
  store,
  staffAuth,
}: ServiceDeps): Pick<KioskApiHandlers, 'pendingStaffCalls' | 'acknowledgeStaffCall'> {
  const requireStaff = (ctx: CallContext) => requireStaffSession(staffAuth, ctx);
  return {
    pendingStaffCalls: (_args, ctx) => {
      requireStaff(ctx);
      return { items: store.staffCalls.pending().map(({ id, language, createdAt }) => ({ id, language, createdAt })) };
    },
    acknowledgeStaffCall: ({ id }, ctx) => {
      const { actor } = requireStaff(ctx);
      const acknowledged = store.staffCalls.acknowledge(id);
      if (acknowledged) store.audit.record({ actor, action: 'staffCall.acknowledge', detail: { id } });
      return { acknowledged };
    },
  };
}
