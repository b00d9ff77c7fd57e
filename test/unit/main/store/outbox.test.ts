import { describe, expect, it } from 'vitest';
import { useStore } from '../kioskFixtures';
import { newSubmission } from '../support';

const noise = newSubmission({ inputModes: ['touch'] });

describe('outbox', () => {
  const t = useStore();

  it('takes on queued and collected submissions of the given categories, each once', () => {
    const queued = t.store.submissions.submit(noise);
    const collected = t.store.submissions.submit(noise);
    const closed = t.store.submissions.submit(noise);
    const other = t.store.submissions.submit({ ...noise, category: 'cmp.family' });
    t.store.submissions.setStatus({ ids: [collected.id], status: 'collected', by: 's' });
    t.store.submissions.setStatus({ ids: [closed.id], status: 'closed', by: 's' });
    expect(t.store.outbox.enqueue(['cmp.noise'])).toBe(2);
    expect(t.store.outbox.enqueue(['cmp.noise'])).toBe(0);
    expect(t.store.outbox.due(10).map((e) => e.submissionId)).toEqual([queued.id, collected.id]);
    expect(t.store.outbox.get(other.id)).toBeUndefined();
  });

  it('lets one instance claim a row, and only that instance record its outcome', () => {
    const { id } = t.store.submissions.submit(noise);
    t.store.outbox.enqueue(['cmp.noise']);
    expect(t.store.outbox.claim(id, 'a')).toBe(true);
    expect(t.store.outbox.claim(id, 'b')).toBe(false);
    expect(t.store.outbox.due(10)).toEqual([]);
    expect(t.store.outbox.markSent(id, 'b', { serviceRequestId: '1', token: null })).toBe(false);
    expect(t.store.outbox.markSent(id, 'a', { serviceRequestId: '1', token: null })).toBe(true);
    expect(t.store.outbox.get(id)).toMatchObject({ state: 'sent', serviceRequestId: '1' });
    expect(t.store.outbox.retry(id)).toBe(false);
  });

  it('records what the claiming instance learnt even after another held the row as uncertain', () => {
    const { id } = t.store.submissions.submit(noise);
    t.store.outbox.enqueue(['cmp.noise']);
    t.store.outbox.claim(id, 'a');
    t.clock.advance(10 * 60_000);
    expect(t.store.outbox.holdAbandoned('b', new Date(t.clock.now().getTime() - 60_000), 'gone?')).toEqual([id]);
    expect(t.store.outbox.get(id)).toMatchObject({ state: 'uncertain', failures: 1, lastError: 'gone?' });
    expect(t.store.outbox.markSent(id, 'a', { serviceRequestId: null, token: 't' })).toBe(true);
    expect(t.store.outbox.get(id)).toMatchObject({ state: 'sent', token: 't' });
  });

  it('goes with its submission when that is deleted', () => {
    const { id } = t.store.submissions.submit(noise);
    t.store.outbox.enqueue(['cmp.noise']);
    t.store.submissions.purge({ status: 'queued' });
    expect(t.store.outbox.get(id)).toBeUndefined();
  });
});
