import { describe, expect, it } from 'vitest';
import type { Store } from '../../../../main/store/store';
import { useStore } from '../kioskFixtures';
import { newSubmission } from '../support';

/** The rows the text index holds, and the words of one column it can still tell from the file's own pages. */
const indexedIds = (store: Store) =>
  (store.db.prepare('SELECT rowid AS id FROM submission_text ORDER BY rowid').all() as { id: number }[]).map(
    (r) => r.id,
  );
const found = (store: Store, text: string) =>
  store.submissions.list({ text }, { limit: 1000, offset: 0 }).items.map((s) => s.id);

/** What the search found before the index: every row read, its columns joined by char(0), ASCII case folded. */
function scanned(store: Store, text: string): number[] {
  const rows = store.db
    .prepare(
      `SELECT id FROM submissions WHERE instr(lower(ref || char(0) || description || char(0) ||
         coalesce(location, '') || char(0) || coalesce(name, '') || char(0) || coalesce(phone, '')), ?) > 0
       ORDER BY id DESC`,
    )
    .all(text.trim().toLowerCase()) as { id: number }[];
  return rows.map((r) => r.id);
}

describe('the text index', () => {
  const t = useStore();

  it('is kept in step with every insert (from the first search after it), status change, redaction and delete', () => {
    const a = t.store.submissions.submit(
      newSubmission({ description: '电梯坏了', name: '李伯', phone: '13912345678' }),
    );
    const b = t.store.submissions.submit(newSubmission({ description: '楼道灯不亮', name: '王阿姨' }));
    // A submit commits without the index (migration 0160): the first search indexes both.
    expect(indexedIds(t.store)).toEqual([]);
    expect(found(t.store, '电梯')).toEqual([a.id]);
    expect(indexedIds(t.store)).toEqual([a.id, b.id]);
    expect(found(t.store, '李')).toEqual([a.id]);
    expect(found(t.store, b.ref)).toEqual([b.id]);

    t.store.submissions.setStatus({ ids: [a.id], status: 'collected', by: 'staff' });
    expect(found(t.store, '电梯')).toEqual([a.id]);
    expect(t.store.submissions.list({ text: '电梯', status: 'collected' }, { limit: 10, offset: 0 }).total).toBe(1);

    // The retention purge blanks a closed case's details: the index forgets them, its reference stays findable.
    t.store.submissions.setStatus({ ids: [a.id], status: 'closed', by: 'staff' });
    t.clock.advance(400 * 24 * 3_600_000);
    expect(t.store.retention.redactClosedBefore(t.clock.now(), 'admin')).toBe(1);
    expect(found(t.store, '电梯')).toEqual([]);
    expect(found(t.store, '13912345678')).toEqual([]);
    expect(found(t.store, a.ref)).toEqual([a.id]);

    expect(t.store.submissions.purge({ before: t.clock.now().toISOString() })).toBe(2);
    expect(indexedIds(t.store)).toEqual([]);
    expect(found(t.store, '灯')).toEqual([]);
  });

  it('keeps nothing of a redacted phone number among its terms once the purge is done', () => {
    const phone = '13955501234';
    const a = t.store.submissions.submit(newSubmission({ phone }));
    expect(found(t.store, phone)).toEqual([a.id]);
    t.store.db.exec("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, 'submission_text', 'row')");
    // The index's terms for two neighbouring characters are `x␁y`. The reference number stays after the
    // purge and is random, so only the phone's pairs that the reference does not also hold must go.
    const pairs = (text: string) => [...text].slice(1).map((c, i) => `${text[i]}\u0001${c}`);
    const kept = new Set(pairs(a.ref));
    const phoneOnly = [...new Set(pairs(phone))].filter((pair) => !kept.has(pair));
    expect(phoneOnly.length).toBeGreaterThan(2);
    const terms = () =>
      (
        t.store.db
          .prepare(`SELECT count(*) AS n FROM temp.terms WHERE term IN (${phoneOnly.map(() => '?').join(', ')})`)
          .get(...phoneOnly) as { n: number }
      ).n;
    expect(terms()).toBe(phoneOnly.length);
    t.store.submissions.setStatus({ ids: [a.id], status: 'closed', by: 'staff' });
    t.clock.advance(400 * 24 * 3_600_000);
    t.store.retention.redactClosedBefore(t.clock.now(), 'admin');
    expect(terms()).toBe(0);
  });

  it('indexes a submission changed before any search as it is by then: a redacted phone never enters it', () => {
    const phone = '13955507777';
    const a = t.store.submissions.submit(newSubmission({ description: '井盖松动', phone }));
    t.store.submissions.setStatus({ ids: [a.id], status: 'closed', by: 'staff' });
    t.clock.advance(400 * 24 * 3_600_000);
    expect(t.store.retention.redactClosedBefore(t.clock.now(), 'admin')).toBe(1);
    const b = t.store.submissions.submit(newSubmission({ description: '井盖又松了', phone }));
    expect(found(t.store, phone)).toEqual([b.id]);
    expect(found(t.store, '井盖')).toEqual([b.id]);
    expect(found(t.store, a.ref)).toEqual([a.id]);
    expect(indexedIds(t.store)).toEqual([a.id, b.id]);
    // Each row once: a second search has nothing left to index.
    expect(t.store.submissions.list({ text: '井盖' }, { limit: 10, offset: 0 }).total).toBe(1);
    expect(indexedIds(t.store)).toEqual([a.id, b.id]);
  });

  it('fails a search that cannot index for a full disk, loses nothing, and finds everything once there is room', () => {
    const first = t.store.submissions.submit(newSubmission({ description: '井盖松动' }));
    expect(found(t.store, '井盖')).toEqual([first.id]);
    // Long descriptions, so indexing them needs new pages (max_page_count answers SQLITE_FULL as a full disk does).
    const ids = Array.from(
      { length: 5 },
      (_, i) => t.store.submissions.submit(newSubmission({ description: `井盖${i} ${'楼道灯'.repeat(1300)}` })).id,
    );
    const pages = t.store.db.pragma('page_count', { simple: true }) as number;
    t.store.db.pragma(`max_page_count = ${pages}`);
    expect(() => found(t.store, '井盖')).toThrow(/full/);
    expect(indexedIds(t.store)).toEqual([first.id]);
    t.store.db.pragma('max_page_count = 1073741823');
    expect(found(t.store, '井盖')).toEqual([...ids].reverse().concat(first.id));
  });

  it('finds exactly what reading every row finds, for Chinese of one and two characters too', () => {
    const chars = ['楼', '上', '噪', '音', '漏', '水', '电', '梯', 'A', 'b', 'B', '1', '2', ' ', '号', '"', '*'];
    let seed = 11;
    const random = () => {
      seed = (seed * 1664525 + 1013904223) % 2 ** 32;
      return seed / 2 ** 32;
    };
    const text = (length: number) => Array.from({ length }, () => chars[Math.floor(random() * chars.length)]).join('');
    for (let i = 0; i < 150; i++) {
      const anonymous = i % 3 === 0;
      t.store.submissions.submit(
        newSubmission({
          description: text(2 + (i % 9)),
          location: i % 4 === 0 ? null : text(3),
          anonymous,
          name: anonymous ? null : text(2),
          phone: anonymous ? null : `1380000${String(i).padStart(4, '0')}`,
        }),
      );
    }
    const queries = new Set<string>(['楼上', '漏', '水电', 'ab', 'AB', ' 1', '号 ', '"', '"*', '00001', '0', 'zz']);
    for (const a of chars) {
      queries.add(a);
      for (const b of chars) queries.add(a + b);
    }
    for (let i = 0; i < 40; i++) queries.add(text(3 + (i % 3)));
    let nonEmpty = 0;
    for (const q of queries) {
      if (q.trim() === '') continue;
      const expected = scanned(t.store, q);
      expect(found(t.store, q), JSON.stringify(q)).toEqual(expected);
      expect(t.store.submissions.list({ text: q }, { limit: 1, offset: 0 }).total, JSON.stringify(q)).toBe(
        expected.length,
      );
      if (expected.length > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(100);
    // The query plan reads the index, not every row.
    const plan = t.store.db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT id FROM submissions WHERE id IN (SELECT rowid FROM submission_text WHERE submission_text MATCH 'x')",
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' | ')).toMatch(/VIRTUAL TABLE/);
  });
});
