import { initial } from './0010-initial';
import { encryptPersonalData } from './0020-encrypt-personal-data';
import { outbox } from './0030-outbox';
import { filterIndexes } from './0040-filter-indexes';
import { residentSources } from './0050-resident-sources';
import { sealNotes } from './0060-seal-notes';
import { wholeFileEncryption } from './0070-whole-file-encryption';
import { caseHandling } from './0080-case-handling';
import { verdicts } from './0090-verdicts';
import { textIndex } from './0120-text-index';
import { meToo } from './0130-me-too';
import { smsOutbox } from './0140-sms-outbox';
import { submissionCounts } from './0150-submission-counts';
import { textIndexAfterSubmit } from './0160-text-index-after-submit';
import type { Migration } from './migration';

/** Every migration, in order; add new ones at the end, numbered in tens. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  encryptPersonalData,
  outbox,
  filterIndexes,
  residentSources,
  sealNotes,
  wholeFileEncryption,
  caseHandling,
  verdicts,
  textIndex,
  meToo,
  smsOutbox,
  submissionCounts,
  textIndexAfterSubmit,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;
