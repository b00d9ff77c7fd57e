import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../../main/store/store';
import type { NewSubmission } from '../../../../main/store/submissions';
import { fakeClock, tempDir } from '../support';

const noise: NewSubmission = {
  kind: 'complaint',
  category: 'cmp.noise',
  description: '楼上邻居半夜噪音',
  location: '3 号楼 502',
  anonymous: false,
  name: '王阿姨',
  phone: '13800138000',
  language: 'zh-CN',
  inputModes: ['touch'],
  kioskId: 'kiosk-1',
};

describe('outbox', () => {
  let dir: string;
  let cleanup: () => void;
  let clock: ReturnType<typeof fakeClock>;
  let store: Store;
  const open = () => openStore({ dataDir: dir, now: clock.now, random: Math.random });

  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    clock = fakeClock();
    store = open();
  });
  afterEach(() => {
    store.close();
    cleanup();
  });

  it('takes on queued and collected submissions of the given categories, each once', () => {
    const queued = store.submissions.submit(noise);
    const collected = store.submissions.submit(noise);
    const closed = store.submissions.submit(noise);
    const other = store.submissions.submit({ ...noise, category: 'cmp.family' });
    store.submissions.setStatus({ ids: [collected.id], status: 'collected', by: 's' });
    store.submissions.setStatus({ ids: [closed.id], status: 'closed', by: 's' });
    expect(store.outbox.enqueue(['cmp.noise'])).toBe(2);
    expect(store.outbox.enqueue(['cmp.noise'])).toBe(0);
    expect(store.outbox.due(10).map((e) => e.submissionId)).toEqual([queued.id, collected.id]);
    expect(store.outbox.get(other.id)).toBeUndefined();
  });

  it('lets one instance claim a row, and only that instance record its outcome', () => {
    const { id } = store.submissions.submit(noise);
    store.outbox.enqueue(['cmp.noise']);
    expect(store.outbox.claim(id, 'a')).toBe(true);
    expect(store.outbox.claim(id, 'b')).toBe(false);
    expect(store.outbox.due(10)).toEqual([]);
    expect(store.outbox.markSent(id, 'b', { serviceRequestId: '1', token: null })).toBe(false);
    expect(store.outbox.markSent(id, 'a', { serviceRequestId: '1', token: null })).toBe(true);
    expect(store.outbox.get(id)).toMatchObject({ state: 'sent', serviceRequestId: '1' });
    expect(store.outbox.retry(id)).toBe(false);
  });

  it('records what the claiming instance learnt even after another held the row as uncertain', () => {
    const { id } = store.submissions.submit(noise);
    store.outbox.enqueue(['cmp.noise']);
    store.outbox.claim(id, 'a');
    clock.advance(10 * 60_000);
    expect(store.outbox.holdAbandoned('b', new Date(clock.now().getTime() - 60_000), 'gone?')).toEqual([id]);
    expect(store.outbox.get(id)).toMatchObject({ state: 'uncertain', failures: 1, lastError: 'gone?' });
    expect(store.outbox.markSent(id, 'a', { serviceRequestId: null, token: 't' })).toBe(true);
    expect(store.outbox.get(id)).toMatchObject({ state: 'sent', token: 't' });
  });

  it('goes with its submission when that is deleted', () => {
    const { id } = store.submissions.submit(noise);
    store.outbox.enqueue(['cmp.noise']);
    store.submissions.purge({ status: 'queued' });
    expect(store.outbox.get(id)).toBeUndefined();
  });
});
