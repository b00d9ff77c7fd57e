import type { KioskApiHandlers } from '../../app/contract/kioskApi';
import type { ServiceDeps } from './deps';
import { createQueueWatch } from './queueWatch';
import { residentHandlers } from './residentHandlers';
import { createResidentLimits } from './residentLimits';
import { staffCallHandlers } from './staffCallHandlers';
import { staffHandlers } from './staffHandlers';

/** The KioskApi, implemented once for both transports; typed by the contract, so a missing method does not compile. */
export function createKioskHandlers(deps: ServiceDeps): KioskApiHandlers {
  const { store, config, now, freeSpace } = deps;
  const limits = createResidentLimits(config.residentLimits, now);
  const queueWatch = createQueueWatch({
    file: store.file,
    thresholds: config.queueWatch,
    audit: store.audit,
    freeSpace,
  });
  const staff = staffHandlers(deps);
  const handlers: KioskApiHandlers = {
    ...residentHandlers(deps, { limits, queueWatch }),
    ...staff,
    ...staffCallHandlers(deps),
    // The queue's list carries the space warning, so the console shows it where staff look (after the staff check).
    listSubmissions: async (args, ctx) => {
      const list = await staff.listSubmissions(args, ctx);
      const spaceWarning = queueWatch.check();
      return spaceWarning === null ? list : { ...list, spaceWarning };
    },
  };
  return handlers;
}
