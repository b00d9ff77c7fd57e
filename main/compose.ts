import { randomInt } from 'node:crypto';
import type { KioskApiHandlers } from '../app/contract/kioskApi';
import { type Clock, systemClock } from './clock';
import { type Config, loadConfig } from './config/config';
import { resolveConfigPath } from './config/locate';
import type { KeyProvider } from './crypto/keyProvider';
import { createForwarder, type Forwarder } from './forwarding/forwarder';
import { type HttpClient, nodeHttpClient } from './forwarding/httpClient';
import { createExportDownloads, type ExportDownloads } from './services/exportDownload';
import { createKioskHandlers } from './services/handlers';
import type { FreeSpaceReader } from './services/queueWatch';
import { nudgeAfterStatusChanges } from './sms/nudge';
import type { Post } from './sms/provider';
import { createSmsProvider } from './sms/smsProvider';
import { createSmsSender, type SmsSender } from './sms/smsSender';
import { readSpeechKey } from './speech/speechKey';
import { createSpeechTokenBroker, type Fetch, type SpeechTokenBroker } from './speech/tokenBroker';
import { createStaffAuth, type StaffAuth } from './staff/staffAuth';
import { createStaffDirectory, type StaffDirectory } from './staff/staffDirectory';
import { openStore, type Store } from './store/store';

export interface OpenKioskOptions {
  /** The data folder (created if missing); the database is `<dataDir>/linli.sqlite`. */
  dataDir: string;
  /** The config file; when absent, `<dataDir>/config.json` if it exists, else the built-in defaults. */
  configPath?: string | undefined;
  now?: Clock;
  /** Uniform in [0, 1); proposes reference numbers. */
  random?: () => number;
  /** What to do with a damaged database file (see StoreOptions); the admin CLI refuses. */
  onDamaged?: 'set-aside' | 'refuse';
  /**
   * Keeps the key that encrypts residents' personal details: Electron's main
   * passes one sealed by the OS (safeStorage); by default the key file
   * `<dataDir>/linli.key`, mode 0600, made on first start.
   */
  keys?: KeyProvider;
  /** What staff should be told about the kiosk itself (`staffNotices`), e.g. a weakly sealed data key. */
  notices?: () => string[];
  /** How the forwarder reaches the city (tests pass their own); by default node:http(s). */
  forwardingHttp?: HttpClient;
  /** How the SMS provider posts (tests pass their own); by default node:http(s). */
  smsPost?: Post;
  /** How the speech-token broker and `prerender-speech` reach Azure; by default `fetch`. */
  fetch?: Fetch;
  /** How the queue's watch reads free space on the data folder's disk; by default `fs.statfs`. */
  freeSpace?: FreeSpaceReader;
  /** Where the Azure Speech key may be (`LINLI_AZURE_SPEECH_KEY`); by default the process's environment. */
  env?: NodeJS.ProcessEnv;
}

/** Everything a transport (Electron's IPC, the browser host) or the admin CLI needs, wired once. */
export interface Kiosk {
  config: Config;
  /** The data folder: the database, the key, the speech cache (`speech-cache/`). */
  dataDir: string;
  handlers: KioskApiHandlers;
  /** The staff export as a file written as it is read: the browser host's streamed download (host/exportRoute.ts). */
  downloads: ExportDownloads;
  store: Store;
  staffAuth: StaffAuth;
  /** The centre's staff accounts (admin CLI `add-staff`, `list-staff`, …). */
  staffDirectory: StaffDirectory;
  /** Sends submissions to the city's Open311 endpoint when the config has `forwarding`; its timer is the host's to start. */
  forwarder: Forwarder | null;
  /** Tells consenting residents by SMS when their case moves, when the config has `sms`; its timer is the host's to start. */
  sms: SmsSender | null;
  /** Speech on the main side: the token broker, and the subscription key for `prerender-speech` (never the renderer). */
  speech: { tokens: SpeechTokenBroker; subscriptionKey: string | null; fetch: Fetch };
  /** Closes the database; call once, when the process is done with the kiosk. */
  close(): void;
}

const RANDOM_RANGE = 2 ** 32;
/** Reference numbers from the OS's CSPRNG, so they cannot be predicted from earlier ones. */
const secureRandom = () => randomInt(RANDOM_RANGE) / RANDOM_RANGE;

/** The composition root: loads the config and the speech key (throws ConfigError), opens the store (throws StoreVersionError, DataKeyError), wires the services. */
export function openKiosk({
  dataDir,
  configPath,
  now = systemClock,
  random = secureRandom,
  onDamaged,
  keys,
  forwardingHttp,
  smsPost,
  fetch = (url, init) => globalThis.fetch(url, init),
  env = process.env,
  freeSpace,
  notices = () => [],
}: OpenKioskOptions): Kiosk {
  const configFile = resolveConfigPath(configPath, dataDir);
  const config = loadConfig(configFile);
  const subscriptionKey = readSpeechKey(config.speech, env, configFile);
  const speechTokens = createSpeechTokenBroker({ speech: config.speech, subscriptionKey, fetch, now });
  // Before the store opens: a missing secret stops the start like a bad config value, with nothing to close.
  const smsProvider =
    config.sms === undefined ? null : createSmsProvider(config.sms, { env, now, ...(smsPost && { post: smsPost }) });
  const store = openStore({ dataDir, now, random, onDamaged, keys });
  const { settings, audit } = store;
  const staffDirectory = createStaffDirectory({
    accounts: store.staffAccounts,
    settings,
    audit,
    adminName: config.staff.adminName,
  });
  const staffAuth = createStaffAuth({ settings, audit, now, policy: config.staff, directory: staffDirectory });
  const sms =
    config.sms === undefined || smsProvider === null
      ? null
      : createSmsSender({
          store,
          provider: smsProvider,
          now,
          maxAttempts: config.sms.maxAttempts,
          centreName: config.centreName,
        });
  const deps = { store, config, staffAuth, staffDirectory, now, speechTokens, freeSpace, notices };
  const downloads = createExportDownloads(deps);
  const handlers = nudgeAfterStatusChanges(createKioskHandlers(deps, downloads), sms);
  const forwarder =
    config.forwarding === undefined
      ? null
      : createForwarder({ store, config: config.forwarding, now, http: forwardingHttp ?? nodeHttpClient() });
  const close = () => {
    // A send in flight then finds the store closed: its row stays `sending`, held as uncertain at the next start.
    void forwarder?.stop();
    void sms?.stop();
    store.close();
  };
  const speech = { tokens: speechTokens, subscriptionKey, fetch };
  return { config, dataDir, handlers, downloads, store, staffAuth, staffDirectory, forwarder, sms, speech, close };
}
