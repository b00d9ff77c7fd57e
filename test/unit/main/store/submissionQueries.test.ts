import { describe, expect, it } from 'vitest';
import type { Submission } from '../../../../app/domain/submission';
import { useStore } from '../kioskFixtures';
import { newSubmission } from '../support';
import { NO_CASES } from './cases';

const DAY = 24 * 60 * 60_000;

const named = newSubmission({
  description: 'Drumming above flat 12B, "every" night\n楼上邻居半夜敲鼓',
  location: 'Block 7 Maple Court',
  name: 'Wang Xiuying 王秀英',
  phone: '13912345678',
  language: 'en',
});
const anonymous = newSubmission({
  kind: 'suggestion',
  category: 'sug.elderly',
  description: '多办些老年活动',
  location: null,
  anonymous: true,
  name: null,
  phone: null,
});

const withoutHistory = ({ history: _history, ...summary }: Submission) => summary;

describe('submission queries over many rows', () => {
  const t = useStore();

  it('exports every submission without history, newest first, with text and other filters', () => {
    for (let i = 0; i < 5; i++) t.store.submissions.submit(i % 2 === 0 ? named : anonymous);
    const expected = t.store.submissions.listFull({}).map(withoutHistory);
    expect(expected.map((s) => s.id)).toEqual([5, 4, 3, 2, 1]);

    expect([...t.store.submissions.summaries({})]).toEqual(expected);
    expect([...t.store.submissions.summaries({ kind: 'suggestion' })]).toEqual(expected.filter((s) => s.anonymous));
    expect([...t.store.submissions.summaries({ text: 'maple', status: 'queued' })]).toEqual(
      expected.filter((s) => !s.anonymous),
    );
  });

  it('reads whole submissions in batches by id, the same as all at once, with a filter', () => {
    for (let i = 0; i < 7; i++) t.store.submissions.submit(i % 2 === 0 ? named : anonymous);
    for (const filter of [{}, { text: named.name! }]) {
      expect([...t.store.submissions.fullInBatches(filter, 3)]).toEqual(t.store.submissions.listFull(filter));
    }
  });

  it('exports no personal details that another process removed', () => {
    const { id } = t.store.submissions.submit(named);
    t.store.submissions.setStatus({ ids: [id], status: 'closed', by: 'staff' });
    expect([...t.store.submissions.summaries({})][0]).toMatchObject({ name: named.name, phone: named.phone });

    // The admin CLI's purge, in its own connection: this store has not searched since.
    const other = t.open();
    expect(other.retention.redactClosedBefore(new Date(t.clock.now().getTime() + DAY), 'admin')).toBe(1);
    other.close();

    expect([...t.store.submissions.summaries({})][0]).toMatchObject({
      id,
      description: '',
      location: null,
      name: null,
      phone: null,
    });
  });

  it('lists a page newest first for a kind, with the total and counts per status of the whole filter', () => {
    const ids = Array.from({ length: 6 }, (_, i) => t.store.submissions.submit(i < 4 ? named : anonymous).id);
    t.store.submissions.setStatus({ ids: [ids[0]!, ids[1]!], status: 'collected', by: 'staff' });

    const complaints = t.store.submissions.list({ kind: 'complaint' }, { limit: 2, offset: 1 });
    expect(complaints.items.map((s) => s.id)).toEqual([ids[2], ids[1]]);
    expect(complaints.total).toBe(4);
    expect(complaints.counts).toEqual({ ...NO_CASES, queued: 2, collected: 2 });

    const collected = t.store.submissions.list({ kind: 'complaint', status: 'collected' }, { limit: 10, offset: 0 });
    expect(collected.items.map((s) => s.id)).toEqual([ids[1], ids[0]]);
    expect(collected.total).toBe(2);
    expect(collected.counts).toEqual(complaints.counts);
  });

  it('filters by category alone and by a day, comparing instants', () => {
    const first = t.store.submissions.submit(named); // 2026-11-26T09:20:00.000+08:00
    t.clock.advance(DAY);
    const second = t.store.submissions.submit(named);
    t.store.submissions.submit(anonymous);
    const day = { from: '2026-11-27T00:00:00+08:00', to: '2026-11-27T16:00:00.000Z' }; // that day at +08:00
    expect(t.store.submissions.list({ category: 'cmp.noise', ...day }, { limit: 10, offset: 0 }).items).toEqual([
      expect.objectContaining({ id: second.id }),
    ]);
    expect(t.store.submissions.list({ category: 'cmp.noise' }, { limit: 10, offset: 0 }).total).toBe(2);
    expect(t.store.submissions.list({ to: day.from }, { limit: 10, offset: 0 }).items.map((s) => s.id)).toEqual([
      first.id,
    ]);
  });
});
