import type Database from 'better-sqlite3';
import type { Language } from '../../app/i18n/languages';
import { type Clock, localIso } from '../clock';

export interface StaffCall {
  id: number;
  language: string;
  createdAt: string;
  acknowledgedAt: string | null;
}

export function createStaffCallRepo(db: Database.Database, now: Clock) {
  const insert = db.prepare('INSERT INTO staff_calls (language, created_at) VALUES (?, ?)');
  const pending = db.prepare(
    `SELECT id, language, created_at AS createdAt, acknowledged_at AS acknowledgedAt
     FROM staff_calls WHERE acknowledged_at IS NULL ORDER BY id`,
  );
  const acknowledge = db.prepare('UPDATE staff_calls SET acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL');

  return {
    /** Records that a resident asked for staff to come to the kiosk. */
    create(language: Language): { id: number; createdAt: string } {
      const createdAt = localIso(now());
      const { lastInsertRowid } = insert.run(language, createdAt);
      return { id: Number(lastInsertRowid), createdAt };
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
