import type { CallContext } from '../../app/contract/kioskApi';
import type { StaffAuth, StaffSession } from '../staff/staffAuth';

/**
 * Every staff method starts here: the transport's token must name a live
 * session. A call the client marked as a timer's (`background`) does not
 * restart the idle timer. A token that has ended is dropped by the transport
 * (cookie, or the window's session over IPC), and the refusal says why it
 * ended, so the console can tell staff.
 */
export function requireStaffSession(staffAuth: StaffAuth, ctx: CallContext): StaffSession {
  try {
    return staffAuth.requireSession(ctx.staffSession, { background: ctx.background === true });
  } catch (error) {
    if (ctx.staffSession !== null) ctx.setStaffSession(null);
    throw error;
  }
}
