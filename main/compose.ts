import { randomInt } from 'node:crypto';
import type { KioskApiHandlers } from '../app/contract/kioskApi';
import { type Clock, systemClock } from './clock';
import { type Config, loadConfig } from './config/config';
import { resolveConfigPath } from './config/locate';
import { createKioskHandlers } from './services/handlers';
import { createStaffAuth, type StaffAuth } from './staff/staffAuth';
import { openStore, type Store } from './store/store';

export interface OpenKioskOptions {
  /** The data folder (created if missing); the database is `<dataDir>/linli.sqlite`. */
  dataDir: string;
  /** The config file; when absent, `<dataDir>/config.json` if it exists, else the built-in defaults. */
  configPath?: string | undefined;
  now?: Clock;
  /** Uniform in [0, 1); proposes reference numbers. */
  random?: () => number;
}

/** Everything a transport (Electron's IPC, the browser host) or the admin CLI needs, wired once. */
export interface Kiosk {
  config: Config;
  handlers: KioskApiHandlers;
  store: Store;
  staffAuth: StaffAuth;
  /** Closes the database; call once, when the process is done with the kiosk. */
  close(): void;
}

const RANDOM_RANGE = 2 ** 32;
/** Reference numbers from the OS's CSPRNG, so they cannot be predicted from earlier ones. */
const secureRandom = () => randomInt(RANDOM_RANGE) / RANDOM_RANGE;

/** The composition root: loads the config (throws ConfigError), opens the store (throws StoreVersionError), wires the services. */
export function openKiosk({ dataDir, configPath, now = systemClock, random = secureRandom }: OpenKioskOptions): Kiosk {
  const config = loadConfig(resolveConfigPath(configPath, dataDir));
  const store = openStore({ dataDir, now, random });
  const staffAuth = createStaffAuth({ settings: store.settings, audit: store.audit, now, policy: config.staff });
  const handlers = createKioskHandlers({ store, config, staffAuth, now });
  return { config, handlers, store, staffAuth, close: () => store.close() };
}
