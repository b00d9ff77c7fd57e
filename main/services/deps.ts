import type { Clock } from '../clock';
import type { Config } from '../config/config';
import type { StaffAuth } from '../staff/staffAuth';
import type { Store } from '../store/store';

/** What the KioskApi handlers need, given by the composition root. */
export interface ServiceDeps {
  store: Store;
  config: Config;
  staffAuth: StaffAuth;
  now: Clock;
}
