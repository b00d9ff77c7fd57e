import { describe, expect, it } from 'vitest';
import { openDatabase as openWithKeys } from '../../../../../main/store/database';
import { MIGRATIONS } from '../../../../../main/store/migrations';
import { useTempDir } from '../../support';
import { keysIn } from '../databaseFiles';
import { databaseAt } from './support';

const columns = (db: ReturnType<typeof openWithKeys>, table: string) =>
  (db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map((c) => c.name);

describe('migration 0050: where residents’ calls come from', () => {
  const temp = useTempDir();
  const file = () => temp.path('linli.sqlite');

  it('comes after 0040 and adds source, count and last call to staff calls, and source to lookup failures, from an empty database', () => {
    expect(MIGRATIONS.map((m) => m.name).indexOf('resident-sources')).toBe(
      MIGRATIONS.findIndex((m) => m.version === 40) + 1,
    );
    const db = openWithKeys(file(), keysIn(temp.dir));
    expect(columns(db, 'staff_calls')).toEqual(expect.arrayContaining(['source', 'count', 'last_at']));
    expect(columns(db, 'lookup_failures')).toContain('source');
    expect(() =>
      db.prepare("INSERT INTO staff_calls (language, created_at, source, count) VALUES ('en', 'x', 'kiosk', 0)").run(),
    ).toThrow(/CHECK constraint failed/);
    db.close();
  });

  it('keeps the calls and failures of a version-40 database: each call once, from the kiosk; failures from no known source', () => {
    const old = databaseAt(file(), 40);
    old
      .prepare("INSERT INTO staff_calls (language, created_at) VALUES ('zh-CN', '2026-11-26T09:20:00.000+08:00')")
      .run();
    old
      .prepare(`INSERT INTO submissions (ref, kind, category, description, anonymous, language, input_modes, kiosk_id,
        status, created_at, updated_at) VALUES ('1234566', 'complaint', 'cmp.noise', 'g1:x', 1, 'zh-CN', '["touch"]',
        'k', 'queued', 't', 't')`)
      .run();
    old.prepare("INSERT INTO lookup_failures (submission_id, at) VALUES (1, 't')").run();
    old.close();

    const db = openWithKeys(file(), keysIn(temp.dir));
    expect(db.prepare('SELECT source, count, last_at AS lastAt FROM staff_calls').all()).toEqual([
      { source: 'kiosk', count: 1, lastAt: '2026-11-26T09:20:00.000+08:00' },
    ]);
    expect(db.prepare('SELECT source FROM lookup_failures').all()).toEqual([{ source: 'unknown' }]);
    db.close();
  });
});
