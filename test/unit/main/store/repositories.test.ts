import { describe, expect, it } from 'vitest';
import { useStore } from '../kioskFixtures';

describe('staff calls, audit log and settings', () => {
  const t = useStore();

  it('records a call for staff until someone acknowledges it', () => {
    const call = t.store.staffCalls.create('en');
    expect(t.store.staffCalls.pending()).toEqual([
      { ...call, language: 'en', acknowledgedAt: null, source: 'kiosk', count: 1, lastAt: call.createdAt },
    ]);
    expect(t.store.staffCalls.acknowledge(call.id)).toBe(true);
    expect(t.store.staffCalls.pending()).toEqual([]);
  });

  it('keeps the audit log newest first, with its detail as JSON', () => {
    t.store.audit.record({ actor: 'staff:1', action: 'staff.login' });
    t.clock.advance(1000);
    t.store.audit.record({ actor: 'staff:1', action: 'submission.view', detail: { id: 3 } });
    const [latest, first] = t.store.audit.list(10);
    expect(latest).toMatchObject({ actor: 'staff:1', action: 'submission.view', detail: '{"id":3}' });
    expect(first).toMatchObject({ action: 'staff.login', detail: null });
  });

  it('keeps, replaces and deletes settings', () => {
    expect(t.store.settings.get('k')).toBeUndefined();
    t.store.settings.set('k', 'a');
    t.store.settings.set('k', 'b');
    expect(t.store.settings.get('k')).toBe('b');
    t.store.settings.delete('k');
    expect(t.store.settings.get('k')).toBeUndefined();
  });
});
