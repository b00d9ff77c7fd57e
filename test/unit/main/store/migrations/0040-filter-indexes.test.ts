import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase as openWithKeys } from '../../../../../main/store/database';
import { MIGRATIONS } from '../../../../../main/store/migrations';
import { filterIndexes } from '../../../../../main/store/migrations/0040-filter-indexes';
import { whereClause } from '../../../../../main/store/submissionFilter';
import { useTempDir } from '../../support';
import { keysIn } from '../databaseFiles';
import { databaseAt } from './support';

const INSERT = `INSERT INTO submissions (ref, kind, category, description, anonymous, language, input_modes, kiosk_id,
  status, created_at, updated_at) VALUES (?, ?, ?, 'g1:x', 1, 'zh-CN', '["touch"]', 'k', 'queued', ?, ?)`;

/** How SQLite would run the console's count per status for this filter. */
function countPlan(db: Database.Database, filter: Parameters<typeof whereClause>[0]): string {
  const where = whereClause(filter);
  const rows = db
    .prepare(`EXPLAIN QUERY PLAN SELECT status, count(*) FROM submissions ${where.sql} GROUP BY status`)
    .all(where.params) as { detail: string }[];
  return rows.map((r) => r.detail).join(' | ');
}

describe('migration 0040: indexes for the staff filters', () => {
  const temp = useTempDir();
  const file = () => temp.path('linli.sqlite');

  it('comes after 0030 and indexes kind, category and the instant of creation, from an empty database', () => {
    expect(MIGRATIONS.map((m) => m.name).indexOf('filter-indexes')).toBe(
      MIGRATIONS.findIndex((m) => m.version === 30) + 1,
    );
    const db = openWithKeys(file(), keysIn(temp.dir));
    const indexes = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'submissions' AND sql IS NOT NULL")
      .all() as { name: string }[];
    // Later migrations add indexes of their own (0080: the assignee).
    expect(indexes.map((i) => i.name).filter((name) => name !== 'submissions_assignee')).toEqual(
      expect.arrayContaining([
        'submissions_category',
        'submissions_created_instant',
        'submissions_kind',
        'submissions_status',
      ]),
    );
    expect(indexes.map((i) => i.name)).not.toContain('submissions_created_at');
    db.close();
  });

  it('serves kind, category and date filters, and their counts per status, from an index alone', () => {
    const db = openWithKeys(file(), keysIn(temp.dir));
    const week = { from: '2026-11-19T00:00:00.000+08:00', to: '2026-11-26T00:00:00.000+08:00' };
    // 0150's index for due counts (category, kind, status, …) serves this one as well, from the index alone.
    expect(countPlan(db, { kind: 'complaint', category: 'cmp.noise' })).toMatch(
      /COVERING INDEX submissions_(category|due) \(category=\? AND kind=\?\)/,
    );
    expect(countPlan(db, { category: 'cmp.noise', ...week })).toMatch(/COVERING INDEX submissions_(category|due)/);
    expect(countPlan(db, { kind: 'service', ...week })).toMatch(/COVERING INDEX submissions_kind \(kind=\? AND/);
    expect(countPlan(db, week)).toMatch(/COVERING INDEX submissions_created_instant \(<expr>>\? AND <expr><\?\)/);
    db.close();
  });

  it('keeps a version-30 database: its rows are found by date as instants, whatever offset they were written in', () => {
    const old = databaseAt(file(), 30);
    // 09:20 at +08:00 is 01:20Z; 21:00 the day before at -05:00 is 02:00Z: later, though its text sorts first.
    old.prepare(INSERT).run('1234566', 'complaint', 'cmp.noise', '2026-11-26T09:20:00.000+08:00', 't');
    old.prepare(INSERT).run('2345677', 'complaint', 'cmp.noise', '2026-11-25T21:00:00.000-05:00', 't');
    old.close();
    const db = openWithKeys(file(), keysIn(temp.dir));
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(filterIndexes.version);
    const refs = (filter: Parameters<typeof whereClause>[0]) => {
      const where = whereClause(filter);
      return (
        db.prepare(`SELECT ref FROM submissions ${where.sql} ORDER BY id`).all(where.params) as { ref: string }[]
      ).map((r) => r.ref);
    };
    expect(refs({ kind: 'complaint', from: '2026-11-26T01:30:00Z' })).toEqual(['2345677']);
    expect(refs({ category: 'cmp.noise', to: '2026-11-26T09:30:00+08:00' })).toEqual(['1234566']);
    expect(refs({ from: '2026-11-26T01:20:00.000Z', to: '2026-11-26T02:00:00.001Z' })).toEqual(['1234566', '2345677']);
    db.close();
  });
});
