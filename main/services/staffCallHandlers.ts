import type { CallContext, KioskApiHandlers } from '../../app/contract/kioskApi';
import type { ServiceDeps } from './deps';
import { requireStaffSession } from './staffSession';

/** Which kiosk called, as staff know it: this kiosk's id for its own window, else the client's address. */
function kioskOf(source: string, kioskId: string): string {
  if (source === 'kiosk') return kioskId;
  return source.startsWith('ip:') ? source.slice(3) : source;
}

/** "Call staff" from the kiosk, as the console sees it: pending until someone acknowledges it. */
export function staffCallHandlers({
  store,
  staffAuth,
  config,
}: ServiceDeps): Pick<KioskApiHandlers, 'pendingStaffCalls' | 'acknowledgeStaffCall'> {
  const requireStaff = (ctx: CallContext) => requireStaffSession(staffAuth, ctx);
  return {
    pendingStaffCalls: (_args, ctx) => {
      requireStaff(ctx);
      return {
        items: store.staffCalls.pending().map(({ id, language, createdAt, count, source, lastAt }) => ({
          id,
          language,
          createdAt,
          count,
          kiosk: kioskOf(source, config.kioskId),
          source: source === 'kiosk' ? ('kiosk' as const) : ('browser' as const),
          lastAt,
        })),
      };
    },
    acknowledgeStaffCall: ({ id }, ctx) => {
      const { actor, actorId } = requireStaff(ctx);
      const acknowledged = store.staffCalls.acknowledge(id);
      if (acknowledged) store.audit.record({ actor, actorId, action: 'staffCall.acknowledge', detail: { id } });
      return { acknowledged };
    },
  };
}
