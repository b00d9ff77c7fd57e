import type { Migration } from './migration';

/**
 * Where residents' calls come from, so one source cannot crowd out another:
 *
 * - `staff_calls.source` (`kiosk`, or `ip:<address>` for a browser-host
 *   client) with `count` and `last_at`: while a call from a source is
 *   pending, further calls from it add to its count instead of new alerts.
 *   Calls made before this version count once, from the kiosk.
 * - `lookup_failures.source`: wrong phone digits are counted per source and
 *   reference, so guesses from one source do not hold back the owner at
 *   another. Failures recorded before this version have no known source
 *   (`unknown`): they count only towards the reference-wide guard.
 */
export const residentSources: Migration = {
  version: 50,
  name: 'resident-sources',
  up(db) {
    db.exec(`
      ALTER TABLE staff_calls ADD COLUMN source TEXT NOT NULL DEFAULT 'kiosk';
      ALTER TABLE staff_calls ADD COLUMN count INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1);
      ALTER TABLE staff_calls ADD COLUMN last_at TEXT;
      UPDATE staff_calls SET last_at = created_at;
      CREATE INDEX staff_calls_pending ON staff_calls (source) WHERE acknowledged_at IS NULL;

      ALTER TABLE lookup_failures ADD COLUMN source TEXT NOT NULL DEFAULT 'unknown';
    `);
  },
};
