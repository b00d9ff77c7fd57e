import type { Clock } from '../clock';
import type { Config } from '../config/config';
import type { Store } from '../store/store';

const DAY_MS = 24 * 60 * 60_000;

export interface ClosedPurge {
  days: number;
  /** Submissions closed before this instant are purged. */
  closedBefore: Date;
}

/** "Closed more than `days` days ago", with the config's `retention.closedDays` as the default. */
export function closedPurge(config: Config, now: Clock, days?: number): ClosedPurge {
  const chosen = days ?? config.retention.closedDays;
  return { days: chosen, closedBefore: new Date(now().getTime() - chosen * DAY_MS) };
}

/**
 * The retention purge (`retention.closedDays` in the config), for the console and the admin CLI alike:
 * removes name, phone, description and location of submissions closed before
 * the cutoff, keeps the rest for the dashboard's counts, and audits it.
 */
export function purgeClosed(store: Store, purge: ClosedPurge, actor: string, actorId?: number): number {
  const purged = store.retention.redactClosedBefore(purge.closedBefore, actor);
  store.audit.record({
    actor,
    actorId,
    action: 'submissions.purge-closed',
    detail: { days: purge.days, closedBefore: purge.closedBefore.toISOString(), count: purged },
  });
  return purged;
}
