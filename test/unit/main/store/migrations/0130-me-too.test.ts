import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../../../main/store/migrations';
import { openStore } from '../../../../../main/store/store';
import { fakeClock } from '../../support';
import { useMigrationDatabase, versionBefore } from './support';

type Db = Database.Database;
// 0120 needs the text index's SQL function, which only the store registers: the oldest plain database before it.
const OLDER = versionBefore(120);
const AT = '2026-11-26T09:20:00.000+08:00';

const insertSubmission = (db: Db, ref: string) =>
  Number(
    db
      .prepare(
        `INSERT INTO submissions (ref, kind, category, description, anonymous, language, input_modes, kiosk_id,
          status, created_at, updated_at) VALUES (?, 'complaint', 'cmp.noise', 'x', 1, 'zh-CN', '["touch"]',
          'k', 'queued', ?, ?)`,
      )
      .run(ref, AT, AT).lastInsertRowid,
  );

const insertSupporter = (db: Db, ref: string, submissionId: number) =>
  db
    .prepare(
      `INSERT INTO supporters (ref, submission_id, name, phone, notify, language, input_modes, source, created_at)
       VALUES (?, ?, '李伯', '13911112222', 1, 'zh-CN', '["voice"]', 'kiosk', ?)`,
    )
    .run(ref, submissionId, AT);

describe('migration 0130: supporters ("me too") and merged cases', () => {
  const database = useMigrationDatabase();

  it('makes strict tables from an empty database, with one space of references for both', () => {
    const db = database.open();
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    for (const table of ['supporters', 'merged_cases']) {
      expect(db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').get(table)).toEqual({ strict: 1 });
    }
    const a = insertSubmission(db, '1234566');
    const b = insertSubmission(db, '2345671');
    insertSupporter(db, '3456782', a);
    // A supporter's reference cannot be a submission's, nor the other way round.
    expect(() => insertSupporter(db, '1234566', a)).toThrow(/supporters\.ref/);
    expect(() => insertSubmission(db, '3456782')).toThrow(/submissions\.ref/);
    expect(() => insertSupporter(db, '3456782', b)).toThrow(/UNIQUE/);
    db.prepare('INSERT INTO merged_cases (from_id, into_id, at, by) VALUES (?, ?, ?, ?)').run(b, a, AT, '张三');
    expect(() =>
      db.prepare('INSERT INTO merged_cases (from_id, into_id, at, by) VALUES (?, ?, ?, ?)').run(a, a, AT, '张三'),
    ).toThrow(/CHECK/);
    // Deleting a case (the purge) takes its supporters with it.
    db.prepare('DELETE FROM submissions WHERE id = ?').run(a);
    expect(db.prepare('SELECT count(*) AS n FROM supporters').get()).toEqual({ n: 0 });
    db.close();
  });

  it(`keeps every row of a version-${OLDER} database, whose references then look up as before`, () => {
    const old = database.at(OLDER);
    insertSubmission(old, '1234566');
    old.close();
    const store = openStore({ dataDir: database.dir, now: fakeClock().now, random: Math.random });
    try {
      expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(store.supporters.resolve('1234566')).toMatchObject({ via: 'own', phone: null });
      expect(store.supporters.residents([1])).toEqual(new Map([[1, 1]]));
    } finally {
      store.close();
    }
  });
});
