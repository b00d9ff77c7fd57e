import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../../../main/store/migrations';

import { useMigrationDatabase, versionBefore } from './support';

type Db = Database.Database;
const PREVIOUS = versionBefore(80);
const AT = '2026-11-26T09:20:00.000+08:00';

const insertSubmission = (db: Db, ref: string, status = 'queued') =>
  Number(
    db
      .prepare(
        `INSERT INTO submissions (ref, kind, category, description, anonymous, language, input_modes, kiosk_id,
          status, created_at, updated_at) VALUES (?, 'complaint', 'cmp.noise', 'g1:x', 1, 'zh-CN', '["touch"]',
          'k', ?, ?, ?)`,
      )
      .run(ref, status, AT, AT).lastInsertRowid,
  );

describe('migration 0080: staff accounts and the statuses of case handling', () => {
  const database = useMigrationDatabase();

  it('makes a strict accounts table, an actor id in the audit log and an assignee, from an empty database', () => {
    const db = database.open();
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'staff_accounts'").get()).toEqual({
      strict: 1,
    });
    const id = insertSubmission(db, '1234566', 'assigned');
    db.prepare('UPDATE submissions SET assignee_id = 3 WHERE id = ?').run(id);
    for (const status of ['resolved', 'reopened']) {
      db.prepare("INSERT INTO status_history (submission_id, status, at, by) VALUES (?, ?, 't', '张三')").run(
        id,
        status,
      );
    }
    expect(() => db.prepare("UPDATE submissions SET status = 'lost' WHERE id = ?").run(id)).toThrow(/CHECK/);
    db.prepare("INSERT INTO audit_log (at, actor, action, actor_id) VALUES ('t', '张三', 'x', 3)").run();
    const account = "INSERT INTO staff_accounts (name, role, pin_hash, created_at) VALUES ('张三', ?, 'h', 't')";
    db.prepare(account).run('staff');
    expect(() => db.prepare(account).run('staff')).toThrow(/UNIQUE/);
    expect(() => db.prepare(account.replace('张三', '李四')).run('boss')).toThrow(/CHECK/);
    db.close();
  });

  it(`keeps every row of a version-${PREVIOUS} database, its references and its id counter`, () => {
    const old = database.at(PREVIOUS);
    const gone = insertSubmission(old, '1111110');
    const id = insertSubmission(old, '1234566', 'collected');
    old.prepare('DELETE FROM submissions WHERE id = ?').run(gone);
    const history = old
      .prepare("INSERT INTO status_history (submission_id, status, at, by, note) VALUES (?, 'collected', ?, ?, 'n')")
      .run(id, AT, 'staff:87e6296c').lastInsertRowid;
    old.prepare('INSERT INTO plaintext_notes (history_id) VALUES (?)').run(history);
    old
      .prepare("INSERT INTO outbox (submission_id, state, created_at, updated_at) VALUES (?, 'pending', ?, ?)")
      .run(id, AT, AT);
    old.prepare("INSERT INTO lookup_failures (submission_id, at) VALUES (?, 't')").run(id);
    old.prepare("INSERT INTO audit_log (at, actor, action) VALUES ('t', 'staff:87e6296c', 'staff.login')").run();
    old.close();

    const db = database.open();
    expect(db.prepare('SELECT id, ref, status, assignee_id AS assignee FROM submissions').all()).toEqual([
      { id, ref: '1234566', status: 'collected', assignee: null },
    ]);
    expect(db.prepare('SELECT submission_id AS s, by FROM status_history').all()).toEqual([
      { s: id, by: 'staff:87e6296c' },
    ]);
    expect(db.prepare('SELECT actor, actor_id AS actorId FROM audit_log').all()).toEqual([
      { actor: 'staff:87e6296c', actorId: null },
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'submissions'");
    expect(indexes.all().map((r) => (r as { name: string }).name)).toEqual(
      expect.arrayContaining(['submissions_kind', 'submissions_category', 'submissions_created_instant']),
    );
    // A new row does not take the id of the one deleted before the migration.
    expect(insertSubmission(db, '2222220')).toBe(id + 1);
    // The children still refer to the rebuilt tables: deleting the case takes them with it.
    db.prepare('DELETE FROM submissions WHERE id = ?').run(id);
    for (const table of ['status_history', 'plaintext_notes', 'outbox', 'lookup_failures']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
    db.close();
  });
});
