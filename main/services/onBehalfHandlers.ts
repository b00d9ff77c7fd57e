import type { KioskApiHandlers } from '../../app/contract/kioskApi';
import { by } from '../staff/staffAuth';
import type { ServiceDeps } from './deps';
import type { QueueWatch } from './queueWatch';
import { toNewSubmission } from './residentHandlers';
import { requireStaffSession } from './staffSession';

/**
 * Entry on a resident's behalf (代办): a member of staff takes a request on the phone or at the desk and
 * enters it from the console. The draft is checked exactly as a resident's is (same schema, same catalogue
 * check); the residents' per-kiosk limits do not apply, since they guard the kiosk against floods, not staff.
 */
export function onBehalfHandlers(deps: ServiceDeps, queueWatch: QueueWatch): Pick<KioskApiHandlers, 'submitOnBehalf'> {
  const { store, staffAuth } = deps;
  return {
    submitOnBehalf: ({ draft, channel, note }, ctx) => {
      const session = requireStaffSession(staffAuth, ctx);
      const submission = toNewSubmission(draft, ['staff'], deps, 'draft.');
      const given = note === undefined || note.trim() === '' ? null : note.trim();
      const stored = store.submissions.submit(submission, { by: session.actor, note: given });
      store.audit.record({
        ...by(session.person),
        action: 'submission.on-behalf',
        detail: { id: stored.id, ref: stored.ref, channel, name: session.person.name, source: ctx.source },
      });
      try {
        queueWatch.check();
      } catch (error) {
        // The row is committed (as in `submit`): failing to watch the disk must not report the entry as failed.
        console.error('linli: watching the queue’s disk failed:', error);
      }
      return stored;
    },
  };
}
