import { statfsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SpaceWarning } from '../../app/contract/kioskApi';
import type { QueueWatchConfig } from '../config/residentLimits';
import type { AuditLog } from '../store/store';

const MEGABYTE = 1024 * 1024;

/** Free bytes for an unprivileged writer on the disk holding `dir`, or null where the OS cannot say. */
export type FreeSpaceReader = (dir: string) => number | null;

export const statfsFreeSpace: FreeSpaceReader = (dir) => {
  try {
    const stats = statfsSync(dir);
    return stats.bavail * stats.bsize;
  } catch {
    return null;
  }
};

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0; // no WAL yet, or the file has just been checkpointed away
  }
}

export interface QueueWatchOptions {
  /** The database file; its folder's disk is the one watched. */
  file: string;
  thresholds: QueueWatchConfig;
  audit: Pick<AuditLog, 'record'>;
  freeSpace?: FreeSpaceReader;
}

/**
 * Watches the room the queue has left, so staff hear of a filling disk while
 * there is time to act (collect, export and purge), not when submissions
 * start failing. Each check reads the free space on the data folder's disk
 * and the database's size (with its WAL); crossing a threshold is written to
 * the audit log once, and crossing back once, never once per call.
 */
export function createQueueWatch({ file, thresholds, audit, freeSpace = statfsFreeSpace }: QueueWatchOptions) {
  let lastReason: SpaceWarning['reason'] | null = null;
  const dir = dirname(file);

  function measure(): SpaceWarning | null {
    const free = freeSpace(dir);
    const freeMegabytes = free === null ? null : Math.floor(free / MEGABYTE);
    const databaseMegabytes = Math.ceil((sizeOf(file) + sizeOf(`${file}-wal`)) / MEGABYTE);
    if (freeMegabytes !== null && freeMegabytes < thresholds.minFreeMegabytes) {
      return { reason: 'disk', freeMegabytes, databaseMegabytes };
    }
    if (databaseMegabytes > thresholds.maxDatabaseMegabytes)
      return { reason: 'database', freeMegabytes, databaseMegabytes };
    return null;
  }

  return {
    /** The warning staff should see now, or null; records a crossing in the audit log. */
    check(): SpaceWarning | null {
      const warning = measure();
      const reason = warning?.reason ?? null;
      if (reason !== lastReason) {
        if (warning !== null) {
          audit.record({ actor: 'kiosk', action: 'queue.space-low', detail: { ...warning, thresholds } });
        } else {
          audit.record({ actor: 'kiosk', action: 'queue.space-ok', detail: { thresholds } });
        }
        lastReason = reason;
      }
      return warning;
    },
  };
}

export type QueueWatch = ReturnType<typeof createQueueWatch>;
