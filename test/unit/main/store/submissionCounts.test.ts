import { describe, expect, it } from 'vitest';
import type { Kind } from '../../../../app/domain/kinds';
import { STATUSES, type Status } from '../../../../app/domain/status';
import { DRIVE_BY_FILTER_BELOW, TEXT_COUNT_CAP } from '../../../../main/store/submissionCounts';
import type { SubmissionFilter } from '../../../../main/store/submissionFilter';
import { useStore } from '../kioskFixtures';
import { newSubmission } from '../support';

const HOUR = 3600_000;
const KINDS: [Kind, string][] = [
  ['complaint', 'cmp.noise'],
  ['complaint', 'cmp.property'],
  ['service', 'svc.health'],
];
const WORDS = ['漏水', '电梯', 'Lift broken', '噪音'];

describe('counts per status kept by triggers, and lists read by the smaller side', () => {
  const t = useStore();

  /** What counting every row says of a filter: per status over the filter without its status, and the page. */
  function counted(filter: SubmissionFilter) {
    const rows = t.store.submissions.listFull({ ...filter, status: undefined });
    const counts = Object.fromEntries(STATUSES.map((s) => [s, rows.filter((r) => r.status === s).length]));
    const items = rows.filter((r) => filter.status === undefined || r.status === filter.status);
    return { counts, total: items.length, ids: items.map((r) => r.id) };
  }

  function expectExact(filter: SubmissionFilter, limit = 50) {
    const list = t.store.submissions.list(filter, { limit, offset: 0 });
    const expected = counted(filter);
    expect({ filter, counts: list.counts, total: list.total }).toEqual({
      filter,
      counts: expected.counts,
      total: expected.total,
    });
    expect(list.items.map((i) => i.id)).toEqual(expected.ids.slice(0, limit));
    expect(list.countsCapped).toBeUndefined();
  }

  /** `n` submissions 7 hours apart, of three kinds and categories, in four statuses. */
  function fill(n: number) {
    for (let i = 0; i < n; i++) {
      const [kind, category] = KINDS[i % KINDS.length]!;
      const { id } = t.store.submissions.submit(newSubmission({ kind, category, description: WORDS[i % 4]! }));
      const status = (['queued', 'collected', 'closed', 'assigned'] as Status[])[i % 4]!;
      if (status !== 'queued') t.store.submissions.setStatus({ ids: [id], status, by: 'staff' });
      t.clock.advance(7 * HOUR);
    }
  }

  it('answers every filter as counting every row does, date ranges cut inside a day included', () => {
    const start = t.clock.now().getTime();
    fill(60);
    const at = (hours: number) => new Date(start + hours * HOUR).toISOString();
    const filters: SubmissionFilter[] = [
      {},
      { status: 'closed' },
      { kind: 'complaint' },
      { kind: 'complaint', category: 'cmp.noise', status: 'queued' },
      { category: 'svc.health' },
      // Not on a UTC midnight at either end, whole days between: kept days plus hours from the index.
      { from: at(30), to: at(250) },
      { from: at(30.5), to: at(33), kind: 'service' },
      { from: at(100) },
      { to: at(100), status: 'collected' },
      // A midnight exactly at both ends: days only.
      { from: '2026-11-28T00:00:00.000Z', to: '2026-12-03T00:00:00.000Z' },
      { assignee: 0 },
      { text: '漏水' },
      { text: 'lift', kind: 'complaint', from: at(20), to: at(300) },
    ];
    for (const filter of filters) expectExact(filter);
  });

  it('keeps the counts through status changes, merges, purges and redaction', () => {
    fill(24);
    const ids = t.store.submissions.listFull({}).map((s) => s.id);
    t.store.submissions.setStatus({ ids: ids.slice(0, 5), status: 'resolved', by: 'staff' });
    t.store.supporters.merge({ intoId: ids[6]!, fromId: ids[7]!, by: 'staff', noteInto: 'a', noteFrom: 'b' });
    expect(t.store.submissions.purge({ status: 'collected' })).toBeGreaterThan(0);
    t.store.submissions.setStatus({ ids: ids.slice(8, 12), status: 'closed', by: 'staff' });
    expect(t.store.retention.redactClosedBefore(new Date(t.clock.now().getTime() + HOUR), 'admin')).toBeGreaterThan(0);
    const kept = t.store.db.prepare('SELECT status, sum(n) AS n FROM submission_counts GROUP BY status').all();
    const all = t.store.db.prepare('SELECT status, count(*) AS n FROM submissions GROUP BY status').all();
    expect(kept.filter((k) => (k as { n: number }).n > 0)).toEqual(all);
    for (const filter of [{}, { kind: 'complaint' as const }, { from: '2026-11-27T05:00:00.000+08:00' }]) {
      expectExact(filter);
    }
  });

  it(`stops counting a text search at ${TEXT_COUNT_CAP + 1} matches and says the counts are lower bounds`, () => {
    // More than DRIVE_BY_FILTER_BELOW, so a common word is read from the text index, newest first.
    const n = DRIVE_BY_FILTER_BELOW + 500;
    const insert = t.store.db.prepare(`INSERT INTO submissions (ref, kind, category, description, anonymous,
      language, input_modes, kiosk_id, status, created_at, updated_at)
      VALUES (?, 'complaint', 'cmp.noise', ?, 1, 'zh-CN', '["touch"]', 'k', ?, ?, ?)`);
    t.store.db.transaction(() => {
      for (let i = 0; i < n; i++) {
        const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
        const description = i % 2 === 0 ? `楼上漏水 ${i}` : i === 1 ? 'rare 白蚁' : `电梯 ${i}`;
        insert.run(String(10_000_000 + i), description, i % 3 === 0 ? 'closed' : 'queued', at, at);
      }
    })();
    const common = t.store.submissions.list({ text: '漏水' }, { limit: 20, offset: 0 });
    expect(common.countsCapped).toBe(true);
    expect(common.total).toBe(TEXT_COUNT_CAP + 1);
    // The newest page, as reading every row finds it.
    const newest = [...t.store.submissions.summaries({ text: '漏水' })].slice(0, 20).map((s) => s.id);
    expect(common.items.map((i) => i.id)).toEqual(newest);
    const page2 = t.store.submissions.list({ text: '漏水', status: 'closed' }, { limit: 5, offset: 5 });
    const closed = [...t.store.submissions.summaries({ text: '漏水', status: 'closed' })].slice(5, 10);
    expect(page2.items.map((i) => i.id)).toEqual(closed.map((s) => s.id));
    // A rare word is read whole and counted exactly, however many rows there are.
    expectExact({ text: '白蚁' });
    // A narrow filter (one day of `closed`) reads its own rows and matches the text in each.
    expectExact({ text: '漏水', status: 'closed', from: '2026-01-02T00:00:00Z', to: '2026-01-02T03:00:00Z' });
    // Text only the scan folds as it should (beyond ASCII): the same answer by reading rows.
    expectExact({ text: 'É', from: '2026-01-01T00:00:00Z', to: '2026-01-01T01:00:00Z' });
  });
});
