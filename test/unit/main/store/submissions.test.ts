import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isValidReference, proposeReference } from '../../../../app/domain/referenceNumber';
import { Submission } from '../../../../app/domain/submission';
import { openStore, type Store } from '../../../../main/store/store';
import type { NewSubmission } from '../../../../main/store/submissions';
import { fakeClock, scriptedRandom, tempDir } from '../support';

const noise: NewSubmission = {
  kind: 'complaint',
  category: 'cmp.noise',
  description: '楼上邻居半夜噪音',
  location: '3 号楼 502',
  anonymous: false,
  name: '王阿姨',
  phone: '13800138000',
  language: 'zh-CN',
  inputModes: ['touch', 'voice'],
  kioskId: 'kiosk-1',
};

describe('submissions', () => {
  let dir: string;
  let cleanup: () => void;
  let clock: ReturnType<typeof fakeClock>;
  let store: Store;
  const open = (random: () => number = Math.random) => openStore({ dataDir: dir, now: clock.now, random });

  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    clock = fakeClock();
    store = open();
  });
  afterEach(() => {
    store.close();
    cleanup();
  });

  it('stores a submission with its first history entry and a valid reference', () => {
    const result = store.submissions.submit(noise);
    expect(isValidReference(result.ref)).toBe(true);
    expect(new Date(result.createdAt).getTime()).toBe(clock.now().getTime());
    const stored = store.submissions.getById(result.id)!;
    expect(Submission.parse(stored)).toEqual(stored);
    expect(stored).toMatchObject({ ...noise, ref: result.ref, status: 'queued', createdAt: result.createdAt });
    expect(stored.history).toEqual([{ status: 'queued', at: result.createdAt, by: 'kiosk', note: null }]);
  });

  it('has the row committed, for another connection to see, when submit returns', () => {
    const { ref } = store.submissions.submit(noise);
    const other = new Database(store.file, { readonly: true });
    expect(other.prepare('SELECT kind, category FROM submissions WHERE ref = ?').get(ref)).toEqual({
      kind: noise.kind,
      category: noise.category,
    });
    other.close();
  });

  it('keeps submissions across close and reopen', () => {
    const { id, ref } = store.submissions.submit(noise);
    store.close();
    store = open();
    expect(store.submissions.findByRef(ref)?.id).toBe(id);
  });

  it('tries another reference when one is taken, so references stay unique', () => {
    store.close();
    // The first two proposals repeat 0.5; the third is new.
    store = open(scriptedRandom([0.5, 0.5, 0.5, 0.25]));
    const first = store.submissions.submit(noise);
    const second = store.submissions.submit(noise);
    expect(first.ref).toBe(proposeReference(() => 0.5));
    expect(second.ref).toBe(proposeReference(() => 0.25));
    expect(store.submissions.list({}, { limit: 10, offset: 0 }).total).toBe(2);
  });

  it('gives up, storing nothing, when the random source only repeats itself', () => {
    store.close();
    store = open(() => 0.5);
    store.submissions.submit(noise);
    expect(() => store.submissions.submit(noise)).toThrow(/UNIQUE/);
    expect(store.submissions.list({}, { limit: 10, offset: 0 }).total).toBe(1);
  });

  it('moves a submission through its statuses with who, when and why', () => {
    const { id } = store.submissions.submit(noise);
    clock.advance(60_000);
    expect(
      store.submissions.setStatus({ ids: [id, id, 999], status: 'collected', by: 'staff:ab', note: '已联系' }),
    ).toEqual([id]);
    expect(store.submissions.setStatus({ ids: [id], status: 'collected', by: 'staff:ab' })).toEqual([]);
    const stored = store.submissions.getById(id)!;
    expect(stored.status).toBe('collected');
    expect(stored.updatedAt).not.toBe(stored.createdAt);
    expect(stored.history.map((h) => [h.status, h.by, h.note])).toEqual([
      ['queued', 'kiosk', null],
      ['collected', 'staff:ab', '已联系'],
    ]);
  });

  it('lists newest first, filters, and counts per status', () => {
    const a = store.submissions.submit(noise);
    const b = store.submissions.submit({
      ...noise,
      kind: 'suggestion',
      category: 'sug.elderly',
      description: '多办老年活动',
    });
    const c = store.submissions.submit({ ...noise, description: '100% 的 _噪音_' });
    store.submissions.setStatus({ ids: [a.id], status: 'closed', by: 'staff' });
    const all = store.submissions.list({}, { limit: 2, offset: 0 });
    expect(all.items.map((s) => s.id)).toEqual([c.id, b.id]);
    expect(all.total).toBe(3);
    expect(all.counts).toEqual({ queued: 2, collected: 0, forwarded: 0, closed: 1 });
    expect(store.submissions.list({ kind: 'suggestion' }, { limit: 10, offset: 0 }).items.map((s) => s.id)).toEqual([
      b.id,
    ]);
    const queued = store.submissions.list({ status: 'queued' }, { limit: 10, offset: 0 });
    expect(queued.total).toBe(2);
    expect(queued.counts.closed).toBe(1);
    // LIKE wildcards in the search text are taken literally.
    expect(store.submissions.list({ text: '100%' }, { limit: 10, offset: 0 }).total).toBe(1);
    expect(store.submissions.list({ text: '_噪' }, { limit: 10, offset: 0 }).total).toBe(1);
  });

  it('filters by time as instants, whatever offset they are written in', () => {
    const early = store.submissions.submit(noise); // 09:20 +08:00 = 01:20Z
    clock.advance(2 * 3600_000);
    const late = store.submissions.submit(noise); // 11:20 +08:00
    const from = '2026-11-26T02:00:00.000Z';
    expect(store.submissions.list({ from }, { limit: 10, offset: 0 }).items.map((s) => s.id)).toEqual([late.id]);
    expect(store.submissions.list({ to: from }, { limit: 10, offset: 0 }).items.map((s) => s.id)).toEqual([early.id]);
  });

  it('purges by date or status, with the history, and never without a criterion', () => {
    const old = store.submissions.submit(noise);
    clock.advance(10 * 86_400_000);
    const recent = store.submissions.submit(noise);
    store.submissions.setStatus({ ids: [recent.id], status: 'closed', by: 'staff' });
    const before = '2026-12-01T00:00:00.000+08:00';
    expect(store.submissions.countPurgeable({ before })).toBe(1);
    expect(store.submissions.purge({ before })).toBe(1);
    expect(store.submissions.getById(old.id)).toBeUndefined();
    const orphans = store.db.prepare('SELECT count(*) AS n FROM status_history WHERE submission_id = ?').get(old.id);
    expect(orphans).toEqual({ n: 0 });
    expect(() => store.submissions.purge({})).toThrow(/refusing to delete everything/);
    expect(store.submissions.purge({ status: 'closed' })).toBe(1);
  });

  it('counts per kind and category over a range', () => {
    store.submissions.submit(noise);
    store.submissions.submit({ ...noise, category: 'cmp.property' });
    const stats = store.submissions.stats('2026-11-26T00:00:00.000+08:00', '2026-11-27T00:00:00.000+08:00');
    expect(stats).toEqual({ byKind: { complaint: 2 }, byCategory: { 'cmp.noise': 1, 'cmp.property': 1 } });
  });
});
