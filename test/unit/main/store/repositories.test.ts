import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../../main/store/store';
import { fakeClock, tempDir } from '../support';

describe('staff calls, audit log and settings', () => {
  let cleanup: () => void;
  let clock: ReturnType<typeof fakeClock>;
  let store: Store;

  beforeEach(() => {
    let dir: string;
    ({ dir, cleanup } = tempDir());
    clock = fakeClock();
    store = openStore({ dataDir: dir, now: clock.now, random: Math.random });
  });
  afterEach(() => {
    store.close();
    cleanup();
  });

  it('records a call for staff until someone acknowledges it', () => {
    const call = store.staffCalls.create('en');
    expect(store.staffCalls.pending()).toEqual([{ ...call, language: 'en', acknowledgedAt: null }]);
    expect(store.staffCalls.acknowledge(call.id)).toBe(true);
    expect(store.staffCalls.pending()).toEqual([]);
  });

  it('keeps the audit log newest first, with its detail as JSON', () => {
    store.audit.record({ actor: 'staff:1', action: 'staff.login' });
    clock.advance(1000);
    store.audit.record({ actor: 'staff:1', action: 'submission.view', detail: { id: 3 } });
    const [latest, first] = store.audit.list(10);
    expect(latest).toMatchObject({ actor: 'staff:1', action: 'submission.view', detail: '{"id":3}' });
    expect(first).toMatchObject({ action: 'staff.login', detail: null });
  });

  it('keeps, replaces and deletes settings', () => {
    expect(store.settings.get('k')).toBeUndefined();
    store.settings.set('k', 'a');
    store.settings.set('k', 'b');
    expect(store.settings.get('k')).toBe('b');
    store.settings.delete('k');
    expect(store.settings.get('k')).toBeUndefined();
  });
});
