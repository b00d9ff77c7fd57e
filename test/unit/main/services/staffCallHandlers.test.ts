import { describe, expect, it } from 'vitest';
import { useKiosk } from '../kioskFixtures';

describe('calls for staff, as the console sees them', () => {
  const t = useKiosk();
  const { call } = t;

  it('are pending until a member of staff acknowledges them, and the acknowledgement is audited', async () => {
    const staff = await t.signInStaff();
    const first = (await call('callStaff', { language: 'zh-CN' })) as { id: number };
    await call('callStaff', { language: 'en' });

    const pending = (await call('pendingStaffCalls', {}, staff)) as { items: { id: number; language: string }[] };
    expect(pending.items.map((c) => c.language)).toEqual(['zh-CN', 'en']);

    expect(await call('acknowledgeStaffCall', { id: first.id }, staff)).toEqual({ acknowledged: true });
    expect(await call('acknowledgeStaffCall', { id: first.id }, staff)).toEqual({ acknowledged: false });
    const after = (await call('pendingStaffCalls', {}, staff)) as { items: { language: string }[] };
    expect(after.items.map((c) => c.language)).toEqual(['en']);
    const audit = (await call('auditLog', {}, staff)) as { items: { action: string }[] };
    expect(audit.items.filter((i) => i.action === 'staffCall.acknowledge')).toHaveLength(1);
  });

  it('are hidden from anyone without a staff session', async () => {
    await expect(call('pendingStaffCalls', {})).rejects.toMatchObject({ code: 'unauthorized' });
    await expect(call('acknowledgeStaffCall', { id: 1 })).rejects.toMatchObject({ code: 'unauthorized' });
  });
});
