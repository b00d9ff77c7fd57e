import type { Clock } from '../clock';
import type { Config } from '../config/config';
import type { SpeechTokenBroker } from '../speech/tokenBroker';
import type { StaffAuth } from '../staff/staffAuth';
import type { StaffDirectory } from '../staff/staffDirectory';
import type { Store } from '../store/store';
import type { FreeSpaceReader } from './queueWatch';

/** What the KioskApi handlers need, given by the composition root. */
export interface ServiceDeps {
  store: Store;
  config: Config;
  staffAuth: StaffAuth;
  /** Who works at the centre (names and roles for `listStaff`, assignment). */
  staffDirectory: StaffDirectory;
  now: Clock;
  /** Short-lived speech tokens for the renderer (the key stays here). */
  speechTokens: SpeechTokenBroker;
  /** How the queue's watch reads free disk space; by default `fs.statfs` (tests pass their own). */
  freeSpace?: FreeSpaceReader;
  /** Codes of what staff should be told about the kiosk itself (`staffNotices`); none by default. */
  notices?: () => string[];
}
