import { describe, expect, it } from 'vitest';
import { isValidReference, proposeReference } from '../../../../app/domain/referenceNumber';
import { Submission } from '../../../../app/domain/submission';
import { useStore } from '../kioskFixtures';
import { newSubmission, scriptedRandom } from '../support';
import { NO_CASES } from './cases';
import { openEncrypted } from './databaseFiles';

const noise = newSubmission();

describe('submissions', () => {
  const t = useStore();

  it('stores a submission with its first history entry and a valid reference', () => {
    const result = t.store.submissions.submit(noise);
    expect(isValidReference(result.ref)).toBe(true);
    expect(new Date(result.createdAt).getTime()).toBe(t.clock.now().getTime());
    const stored = t.store.submissions.getById(result.id)!;
    expect(Submission.parse(stored)).toEqual(stored);
    expect(stored).toMatchObject({ ...noise, ref: result.ref, status: 'queued', createdAt: result.createdAt });
    expect(stored.history).toEqual([{ status: 'queued', at: result.createdAt, by: 'kiosk', note: null }]);
  });

  it('has the row committed, for another connection to see, when submit returns', () => {
    const { ref } = t.store.submissions.submit(noise);
    const other = openEncrypted(t.store.file, { readonly: true });
    expect(other.prepare('SELECT kind, category FROM submissions WHERE ref = ?').get(ref)).toEqual({
      kind: noise.kind,
      category: noise.category,
    });
    other.close();
  });

  it('keeps submissions across close and reopen', () => {
    const { id, ref } = t.store.submissions.submit(noise);
    t.store.close();
    t.store = t.open();
    expect(t.store.submissions.findByRef(ref)?.id).toBe(id);
  });

  it('tries another reference when one is taken, so references stay unique', () => {
    t.store.close();
    // The first two proposals repeat 0.5; the third is new.
    t.store = t.open(scriptedRandom([0.5, 0.5, 0.5, 0.25]));
    const first = t.store.submissions.submit(noise);
    const second = t.store.submissions.submit(noise);
    expect(first.ref).toBe(proposeReference(() => 0.5));
    expect(second.ref).toBe(proposeReference(() => 0.25));
    expect(t.store.submissions.list({}, { limit: 10, offset: 0 }).total).toBe(2);
  });

  it('gives up, storing nothing, when the random source only repeats itself', () => {
    t.store.close();
    t.store = t.open(() => 0.5);
    t.store.submissions.submit(noise);
    expect(() => t.store.submissions.submit(noise)).toThrow(/UNIQUE/);
    expect(t.store.submissions.list({}, { limit: 10, offset: 0 }).total).toBe(1);
  });

  it('moves a submission through its statuses with who, when and why', () => {
    const { id } = t.store.submissions.submit(noise);
    t.clock.advance(60_000);
    expect(
      t.store.submissions.setStatus({ ids: [id, id, 999], status: 'collected', by: 'staff:ab', note: '已联系' }),
    ).toEqual([id]);
    expect(t.store.submissions.setStatus({ ids: [id], status: 'collected', by: 'staff:ab' })).toEqual([]);
    const stored = t.store.submissions.getById(id)!;
    expect(stored.status).toBe('collected');
    expect(stored.updatedAt).not.toBe(stored.createdAt);
    expect(stored.history.map((h) => [h.status, h.by, h.note])).toEqual([
      ['queued', 'kiosk', null],
      ['collected', 'staff:ab', '已联系'],
    ]);
  });

  it('lists newest first, filters, and counts per status', () => {
    const a = t.store.submissions.submit(noise);
    const b = t.store.submissions.submit({
      ...noise,
      kind: 'suggestion',
      category: 'sug.elderly',
      description: '多办老年活动',
    });
    const c = t.store.submissions.submit({ ...noise, description: '100% 的 _噪音_' });
    t.store.submissions.setStatus({ ids: [a.id], status: 'closed', by: 'staff' });
    const all = t.store.submissions.list({}, { limit: 2, offset: 0 });
    expect(all.items.map((s) => s.id)).toEqual([c.id, b.id]);
    expect(all.total).toBe(3);
    expect(all.counts).toEqual({ ...NO_CASES, queued: 2, closed: 1 });
    expect(t.store.submissions.list({ kind: 'suggestion' }, { limit: 10, offset: 0 }).items.map((s) => s.id)).toEqual([
      b.id,
    ]);
    const queued = t.store.submissions.list({ status: 'queued' }, { limit: 10, offset: 0 });
    expect(queued.total).toBe(2);
    expect(queued.counts.closed).toBe(1);
    // LIKE wildcards in the search text are taken literally.
    expect(t.store.submissions.list({ text: '100%' }, { limit: 10, offset: 0 }).total).toBe(1);
    expect(t.store.submissions.list({ text: '_噪' }, { limit: 10, offset: 0 }).total).toBe(1);
  });

  it('filters by time as instants, whatever offset they are written in', () => {
    const early = t.store.submissions.submit(noise); // 09:20 +08:00 = 01:20Z
    t.clock.advance(2 * 3600_000);
    const late = t.store.submissions.submit(noise); // 11:20 +08:00
    const from = '2026-11-26T02:00:00.000Z';
    expect(t.store.submissions.list({ from }, { limit: 10, offset: 0 }).items.map((s) => s.id)).toEqual([late.id]);
    expect(t.store.submissions.list({ to: from }, { limit: 10, offset: 0 }).items.map((s) => s.id)).toEqual([early.id]);
  });

  it('purges by date or status, with the history, and never without a criterion', () => {
    const old = t.store.submissions.submit(noise);
    t.clock.advance(10 * 86_400_000);
    const recent = t.store.submissions.submit(noise);
    t.store.submissions.setStatus({ ids: [recent.id], status: 'closed', by: 'staff' });
    const before = '2026-12-01T00:00:00.000+08:00';
    expect(t.store.submissions.countPurgeable({ before })).toBe(1);
    expect(t.store.submissions.purge({ before })).toBe(1);
    expect(t.store.submissions.getById(old.id)).toBeUndefined();
    const orphans = t.store.db.prepare('SELECT count(*) AS n FROM status_history WHERE submission_id = ?').get(old.id);
    expect(orphans).toEqual({ n: 0 });
    expect(() => t.store.submissions.purge({})).toThrow(/refusing to delete everything/);
    expect(t.store.submissions.purge({ status: 'closed' })).toBe(1);
  });

  it('counts per kind and category over a range', () => {
    t.store.submissions.submit(noise);
    t.store.submissions.submit({ ...noise, category: 'cmp.property' });
    const stats = t.store.submissions.stats('2026-11-26T00:00:00.000+08:00', '2026-11-27T00:00:00.000+08:00');
    expect(stats).toEqual({ byKind: { complaint: 2 }, byCategory: { 'cmp.noise': 1, 'cmp.property': 1 } });
  });
});
