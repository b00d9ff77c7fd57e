import type Database from 'better-sqlite3';
import type { Language } from '../../app/i18n/languages';
import { type Clock, localIso } from '../clock';

export interface StaffCall {
  id: number;
  language: string;
  createdAt: string;
  acknowledgedAt: string | null;
  /** Who called: `kiosk` (the kiosk's own window) or `ip:<address>` (a browser-host client). */
  source: string;
  /** How many times the call was made from its source before anyone acknowledged it. */
  count: number;
  /** When it was last made. */
  lastAt: string;
}

export function createStaffCallRepo(db: Database.Database, now: Clock) {
  const insert = db.prepare(
    'INSERT INTO staff_calls (language, created_at, source, count, last_at) VALUES (?, ?, ?, 1, ?)',
  );
  const pendingFrom = db.prepare<[string], { id: number; createdAt: string }>(
    'SELECT id, created_at AS createdAt FROM staff_calls WHERE source = ? AND acknowledged_at IS NULL ORDER BY id LIMIT 1',
  );
  const again = db.prepare('UPDATE staff_calls SET count = count + 1, last_at = ?, language = ? WHERE id = ?');
  const pending = db.prepare(
    `SELECT id, language, created_at AS createdAt, acknowledged_at AS acknowledgedAt, source, count,
       coalesce(last_at, created_at) AS lastAt
     FROM staff_calls WHERE acknowledged_at IS NULL ORDER BY id`,
  );
  const acknowledge = db.prepare('UPDATE staff_calls SET acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL');

  // One transaction: two calls from one source at once must not both find nothing pending and make two alerts.
  const call = db.transaction((language: Language, source: string) => {
    const at = localIso(now());
    const open = pendingFrom.get(source);
    if (open !== undefined) {
      again.run(at, language, open.id);
      return { id: open.id, createdAt: open.createdAt };
    }
    const { lastInsertRowid } = insert.run(language, at, source, at);
    return { id: Number(lastInsertRowid), createdAt: at };
  });

  return {
    /**
     * Records that a resident asked for staff to come to the kiosk. While a
     * call from the same source is pending, this one adds to its count (and
     * its language becomes the latest caller's) instead of raising a new alert.
     */
    create(language: Language, source = 'kiosk'): { id: number; createdAt: string } {
      return call(language, source);
    },

    /** Calls no one has answered yet, oldest first. */
    pending(): StaffCall[] {
      return pending.all() as StaffCall[];
    },

    acknowledge(id: number): boolean {
      return acknowledge.run(localIso(now()), id).changes === 1;
    },
  };
}
