import type { KioskApiHandlers } from '../../app/contract/kioskApi';
import type { ServiceDeps } from './deps';
import { residentHandlers } from './residentHandlers';
import { staffCallHandlers } from './staffCallHandlers';
import { staffHandlers } from './staffHandlers';

/** The KioskApi, implemented once for both transports; typed by the contract, so a missing method does not compile. */
export function createKioskHandlers(deps: ServiceDeps): KioskApiHandlers {
  const handlers: KioskApiHandlers = {
    ...residentHandlers(deps),
    ...staffHandlers(deps),
    ...staffCallHandlers(deps),
  };
  return handlers;
}
