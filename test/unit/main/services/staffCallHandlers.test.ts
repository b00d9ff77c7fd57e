import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Kiosk, openKiosk } from '../../../../main/compose';
import { dispatch } from '../../../../main/services/dispatch';
import { callContext, fakeClock, tempDir } from '../support';

describe('calls for staff, as the console sees them', () => {
  let cleanup: () => void;
  let kiosk: Kiosk;
  const call = (method: string, args: unknown, ctx = callContext()) => dispatch(kiosk.handlers, method, args, ctx);

  beforeEach(() => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    kiosk = openKiosk({ dataDir: temp.dir, now: fakeClock().now });
  });
  afterEach(() => {
    kiosk.close();
    cleanup();
  });

  it('are pending until a member of staff acknowledges them, and the acknowledgement is audited', async () => {
    await kiosk.staffAuth.setPin('2468', 'test');
    const staff = callContext();
    await call('staffLogin', { pin: '2468' }, staff);
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
