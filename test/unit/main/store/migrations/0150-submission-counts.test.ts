import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../../../main/store/migrations';
import { dayOf } from '../../../../../main/store/migrations/0150-submission-counts';

import { useMigrationDatabase, versionBefore } from './support';

const PREVIOUS = versionBefore(150);
const SUBMISSION = `INSERT INTO submissions (ref, kind, category, description, anonymous, language, input_modes,
  kiosk_id, status, created_at, updated_at) VALUES (?, ?, ?, 'x', 1, 'zh-CN', '["touch"]', 'k', ?, ?, ?)`;

/** What the kept counts say, beside what counting every row says: they must be the same. */
function keptAndCounted(db: Database.Database) {
  const kept = db.prepare('SELECT kind, category, status, n FROM submission_counts WHERE n > 0 ORDER BY 1, 2, 3').all();
  const counted = db
    .prepare('SELECT kind, category, status, count(*) AS n FROM submissions GROUP BY 1, 2, 3 ORDER BY 1, 2, 3')
    .all();
  const keptDays = db
    .prepare('SELECT day, kind, category, status, n FROM submission_days WHERE n > 0 ORDER BY 1, 2, 3, 4')
    .all();
  const countedDays = db
    .prepare(
      `SELECT ${dayOf('created_at')} AS day, kind, category, status, count(*) AS n
       FROM submissions GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    )
    .all();
  return { kept: { all: kept, days: keptDays }, counted: { all: counted, days: countedDays } };
}

describe('migration 0150: counts per kind, category, status and day, kept by triggers', () => {
  const database = useMigrationDatabase();

  it('makes strict tables from an empty database and keeps them equal to COUNT(*) through every write', () => {
    const db = database.open();
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    for (const table of ['submission_counts', 'submission_days', 'submission_digits']) {
      expect(db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').get(table)).toEqual({ strict: 1 });
    }
    const add = db.prepare(SUBMISSION);
    // Just before and just after a UTC midnight, under two offsets: different UTC days.
    add.run('1000001', 'complaint', 'cmp.noise', 'queued', '2026-03-01T07:59:59.999+08:00', 'x');
    add.run('1000002', 'complaint', 'cmp.noise', 'queued', '2026-03-01T08:00:00.000+08:00', 'x');
    add.run('1000003', 'service', 'svc.health', 'collected', '2026-02-28T23:30:00.000-01:00', 'x');
    add.run('1000004', 'suggestion', 'sug.elderly', 'closed', '2025-12-31T12:00:00.000+00:00', 'x');
    let now = keptAndCounted(db);
    expect(now.kept).toEqual(now.counted);
    expect(now.kept.days.map((d) => (d as { day: number }).day)).toEqual([20453, 20512, 20513, 20513]);

    db.prepare("UPDATE submissions SET status = 'assigned' WHERE ref = '1000001'").run();
    db.prepare("UPDATE submissions SET category = 'cmp.property', kind = 'complaint' WHERE ref = '1000002'").run();
    db.prepare("UPDATE submissions SET created_at = '2026-04-01T10:00:00.000+08:00' WHERE ref = '1000003'").run();
    // A change of other columns (a redaction) leaves the counts as they are.
    db.prepare("UPDATE submissions SET description = '', name = NULL WHERE ref = '1000004'").run();
    now = keptAndCounted(db);
    expect(now.kept).toEqual(now.counted);

    db.prepare("DELETE FROM submissions WHERE ref IN ('1000001', '1000004')").run();
    now = keptAndCounted(db);
    expect(now.kept).toEqual(now.counted);
    expect(now.counted.all).toHaveLength(2);
    db.close();
  });

  it(`counts every submission a version-${PREVIOUS} database holds`, () => {
    const old = database.at(PREVIOUS);
    const add = old.prepare(SUBMISSION);
    for (let i = 0; i < 30; i++) {
      const at = `2026-0${1 + (i % 9)}-1${i % 10}T0${i % 10}:15:00.000+08:00`;
      const [kind, category] = i % 2 === 0 ? ['complaint', 'cmp.noise'] : ['service', 'svc.legal'];
      add.run(String(2000000 + i), kind, category, ['queued', 'closed', 'assigned'][i % 3], at, at);
    }
    old.close();
    const db = database.open();
    const now = keptAndCounted(db);
    expect(now.kept).toEqual(now.counted);
    expect(db.prepare('SELECT sum(n) AS n FROM submission_counts').get()).toEqual({ n: 30 });
    db.close();
  });
});
