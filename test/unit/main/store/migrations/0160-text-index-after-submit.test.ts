import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../../../main/store/migrations';
import { openStore } from '../../../../../main/store/store';
import { fakeClock, newSubmission } from '../../support';
import { useMigrationDatabase, versionBefore } from './support';

const PREVIOUS = versionBefore(160);
const SUBMISSION = `INSERT INTO submissions (ref, kind, category, description, anonymous, phone, language, input_modes,
  kiosk_id, status, created_at, updated_at) VALUES (?, 'complaint', ?, ?, 0, ?, 'zh-CN', '["touch"]', 'k', ?,
  '2026-11-26T09:20:00.000+08:00', '2026-11-26T09:20:00.000+08:00')`;

const indexedIds = (db: Database.Database) =>
  (db.prepare('SELECT rowid AS id FROM submission_text ORDER BY rowid').all() as { id: number }[]).map((r) => r.id);
const mark = (db: Database.Database) => db.prepare('SELECT id FROM submissions_indexed').get();

describe('migration 0160: submissions indexed for text at the first search after them, not in the submit', () => {
  const database = useMigrationDatabase();

  it('makes a strict mark from an empty database, and a submit then writes nothing to the text index', () => {
    const db = database.open();
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'submissions_indexed'").get()).toEqual({
      strict: 1,
    });
    expect(mark(db)).toEqual({ id: 0 });
    db.prepare(SUBMISSION).run('1234566', 'cmp.noise', '井盖松动', '13800138000', 'queued');
    expect(indexedIds(db)).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM submission_digits').get()).toEqual({ n: 0 });
    expect(() => db.prepare('INSERT INTO submissions_indexed (one, id) VALUES (2, 0)').run()).toThrow(/CHECK/);
    db.close();
  });

  it(`keeps a version-${PREVIOUS} database's index and counts, and indexes what comes after at the first search`, () => {
    const old = database.at(PREVIOUS);
    const add = old.prepare(SUBMISSION);
    for (let i = 0; i < 12; i++) {
      add.run(
        String(3000000 + i),
        i % 2 ? 'cmp.noise' : 'cmp.leak',
        `第${i}号井盖`,
        `1380013${String(i).padStart(4, '0')}`,
        i % 3 ? 'queued' : 'closed',
      );
    }
    old.close();
    const store = openStore({ dataDir: database.dir, now: fakeClock().now, random: Math.random });
    const { db } = store;
    expect(mark(db)).toEqual({ id: 12 });
    expect(indexedIds(db)).toHaveLength(12);
    const fresh = store.submissions.submit(newSubmission({ description: '井盖不见了', phone: '13800130099' }));
    expect(indexedIds(db)).toHaveLength(12);

    const found = store.submissions.list({ text: '井盖' }, { limit: 100, offset: 0 });
    expect(found.total).toBe(13);
    expect(found.counts).toMatchObject({ queued: 9, closed: 4 });
    expect(mark(db)).toEqual({ id: fresh.id });
    expect(indexedIds(db)).toEqual([...Array.from({ length: 12 }, (_, i) => i + 1), fresh.id]);
    expect(store.submissions.list({ text: '13800130005' }, { limit: 10, offset: 0 }).items.map((s) => s.id)).toEqual([
      6,
    ]);
    expect(store.submissions.list({ text: '13800130099' }, { limit: 10, offset: 0 }).items.map((s) => s.id)).toEqual([
      fresh.id,
    ]);
    // The counts kept by 0150's triggers still count every submission, the new one too.
    expect(db.prepare('SELECT sum(n) AS n FROM submission_counts').get()).toEqual({ n: 13 });
    expect(store.submissions.list({}, { limit: 1, offset: 0 }).counts).toMatchObject({ queued: 9, closed: 4 });
    // Changed or deleted once indexed, a row leaves the index at once.
    db.prepare("UPDATE submissions SET description = '已修好' WHERE id = 1").run();
    db.prepare('DELETE FROM submissions WHERE id = 2').run();
    expect(indexedIds(db)).toEqual([1, ...Array.from({ length: 10 }, (_, i) => i + 3), fresh.id]);
    expect(store.submissions.list({ text: '井盖' }, { limit: 100, offset: 0 }).total).toBe(11);
    store.close();
  });
});
