import { describe, expect, it } from 'vitest';
import { openDatabase as openWithKeys } from '../../../../../main/store/database';
import { MIGRATIONS } from '../../../../../main/store/migrations';
import { outbox } from '../../../../../main/store/migrations/0030-outbox';
import { useTempDir } from '../../support';
import { keysIn } from '../databaseFiles';
import { databaseAt } from './support';

describe('migration 0030: outbox, public notes, lookup failures, redactions', () => {
  const temp = useTempDir();
  const file = () => temp.path('linli.sqlite');

  it('comes after 0020 and creates its tables, STRICT, from an empty database', () => {
    expect(MIGRATIONS.map((m) => m.name).indexOf('outbox')).toBe(MIGRATIONS.findIndex((m) => m.version === 20) + 1);
    const db = openWithKeys(file(), keysIn(temp.dir));
    const strict = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main'").all() as {
      name: string;
      strict: number;
    }[];
    for (const name of ['outbox', 'lookup_failures', 'redacted_submissions']) {
      expect(strict.find((t) => t.name === name)?.strict, name).toBe(1);
    }
    const history = db.prepare('SELECT name FROM pragma_table_info(?)').all('status_history') as { name: string }[];
    expect(history.map((c) => c.name)).toContain('public_note');
    expect(() =>
      db
        .prepare("INSERT INTO outbox (submission_id, state, created_at, updated_at) VALUES (1, 'lost', 'x', 'x')")
        .run(),
    ).toThrow(/CHECK constraint failed|FOREIGN KEY/);
    db.close();
  });

  it('keeps what a version-20 database holds: history gets no public note, nothing is queued for forwarding', () => {
    const old = databaseAt(file(), 20);
    old.exec(`
      INSERT INTO submissions (ref, kind, category, description, anonymous, language, input_modes, kiosk_id,
        status, created_at, updated_at)
      VALUES ('1234566', 'complaint', 'cmp.noise', 'g1:x', 1, 'zh-CN', '["touch"]', 'k', 'queued', 't', 't');
      INSERT INTO status_history (submission_id, status, at, by) VALUES (1, 'queued', 't', 'kiosk');
    `);
    old.close();
    const db = openWithKeys(file(), keysIn(temp.dir));
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(outbox.version);
    expect(db.prepare('SELECT status, public_note FROM status_history').all()).toEqual([
      { status: 'queued', public_note: null },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM outbox').get()).toEqual({ n: 0 });
    db.close();
  });
});
