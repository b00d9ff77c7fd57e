import type { KioskApiHandlers } from '../../app/contract/kioskApi';
import type { MethodName } from '../../app/contract/methodNames';
import type { SmsSender } from './smsSender';

/** The methods that can move a case (and so may have news for a resident who agreed to be told). */
const MOVES_CASES: readonly MethodName[] = ['setStatus', 'assign', 'rateOutcome', 'recordFollowUp', 'mergeCases'];

/**
 * The handlers, with a tick of the SMS sender started after each call that
 * can move a case, so the resident hears within seconds rather than at the
 * next minute's tick. Never awaited: staff's answer does not wait for a
 * provider, and a failed tick is only logged (the timer tries again).
 */
export function nudgeAfterStatusChanges(handlers: KioskApiHandlers, sender: SmsSender | null): KioskApiHandlers {
  if (sender === null) return handlers;
  const nudged = { ...handlers } as Record<MethodName, (args: unknown, ctx: unknown) => unknown>;
  for (const method of MOVES_CASES) {
    const handle = nudged[method];
    nudged[method] = async (args, ctx) => {
      const result = await handle(args, ctx);
      setImmediate(() => {
        sender.tick().catch((error: unknown) => console.error('linli: sending SMS failed:', error));
      });
      return result;
    };
  }
  return nudged as KioskApiHandlers;
}
