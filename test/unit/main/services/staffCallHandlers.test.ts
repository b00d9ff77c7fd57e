import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../../../app/contract/errors';
import type { ResultOf } from '../../../../app/contract/kioskApi';
import { useKiosk } from '../kioskFixtures';
import { callContext, refusal } from '../support';

type Pending = ResultOf<'pendingStaffCalls'>;
const FROM_KIOSK = () => callContext(null, 'kiosk');
const FROM_CLIENT = () => callContext(null, 'ip:192.0.2.7');

describe('calls for staff, as the console sees them', () => {
  const t = useKiosk();
  const { call } = t;
  /** Restarts the kiosk with these residents' limits (config.json in its data folder). */
  function withLimits(residentLimits: Record<string, number>) {
    t.kiosk.close();
    writeFileSync(join(t.dir, 'config.json'), JSON.stringify({ residentLimits }));
    t.kiosk = t.open();
  }

  it('are pending until a member of staff acknowledges them, and the acknowledgement is audited', async () => {
    const staff = await t.signInStaff();
    const first = (await call('callStaff', { language: 'zh-CN' }, FROM_KIOSK())) as { id: number };
    await call('callStaff', { language: 'en' }, FROM_CLIENT());

    const pending = (await call('pendingStaffCalls', {}, staff)) as Pending;
    expect(pending.items.map((c) => c.language)).toEqual(['zh-CN', 'en']);

    expect(await call('acknowledgeStaffCall', { id: first.id }, staff)).toEqual({ acknowledged: true });
    expect(await call('acknowledgeStaffCall', { id: first.id }, staff)).toEqual({ acknowledged: false });
    const after = (await call('pendingStaffCalls', {}, staff)) as Pending;
    expect(after.items.map((c) => c.language)).toEqual(['en']);
    const audit = (await call('auditLog', {}, staff)) as { items: { action: string }[] };
    expect(audit.items.filter((i) => i.action === 'staffCall.acknowledge')).toHaveLength(1);
  });

  it('are hidden from anyone without a staff session', async () => {
    await expect(call('pendingStaffCalls', {})).rejects.toMatchObject({ code: 'unauthorized' });
    await expect(call('acknowledgeStaffCall', { id: 1 })).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('from one kiosk become one alert with a count, acknowledged once; a call after that is a new alert', async () => {
    withLimits({ staffCallsPerMinute: 10_000 });
    const staff = await t.signInStaff();
    const ids = new Set<number>();
    for (let i = 0; i < 1000; i++) {
      ids.add(((await call('callStaff', { language: i % 2 ? 'en' : 'zh-CN' }, FROM_KIOSK())) as { id: number }).id);
    }
    await call('callStaff', { language: 'zh-HK' }, FROM_CLIENT());

    const { items } = (await call('pendingStaffCalls', {}, staff)) as Pending;
    expect(ids.size).toBe(1);
    expect(items).toMatchObject([
      { count: 1000, kiosk: 'kiosk-1', source: 'kiosk', language: 'en' },
      { count: 1, kiosk: '192.0.2.7', source: 'browser', language: 'zh-HK' },
    ]);
    expect(t.kiosk.store.db.prepare('SELECT count(*) AS n FROM staff_calls').get()).toEqual({ n: 2 });

    await call('acknowledgeStaffCall', { id: items[0]!.id }, staff);
    const again = (await call('callStaff', { language: 'en' }, FROM_KIOSK())) as { id: number };
    expect(again.id).not.toBe(items[0]!.id);
    const after = (await call('pendingStaffCalls', {}, staff)) as Pending;
    expect(after.items.map((c) => [c.kiosk, c.count])).toEqual([
      ['192.0.2.7', 1],
      ['kiosk-1', 1],
    ]);
  });

  it('from one source are refused with 429 past the minute’s limit, and another source still gets through', async () => {
    const staff = await t.signInStaff();
    const script = callContext(null, 'ip:203.0.113.9');
    let accepted = 0;
    let refused: ApiError | undefined;
    for (let i = 0; i < 1000 && refused === undefined; i++) {
      try {
        await call('callStaff', { language: 'en' }, script);
        accepted++;
      } catch (error) {
        refused = error as ApiError;
      }
    }
    expect(accepted).toBe(t.kiosk.config.residentLimits.staffCallsPerMinute);
    expect(refused).toMatchObject({ code: 'rate-limited', retryAfterSeconds: 60 });
    await expect(call('callStaff', { language: 'zh-CN' }, FROM_KIOSK())).resolves.toMatchObject({});
    t.clock.advance(60_000);
    await expect(call('callStaff', { language: 'en' }, script)).resolves.toMatchObject({});
    const { items } = (await call('pendingStaffCalls', {}, staff)) as Pending;
    expect(items.map((c) => [c.kiosk, c.count])).toEqual([
      ['203.0.113.9', accepted + 1],
      ['kiosk-1', 1],
    ]);
  });

  it('within one visit are limited too, and the next visit at the same kiosk starts afresh', async () => {
    const perVisit = t.kiosk.config.residentLimits.staffCallsPerVisit;
    for (let i = 0; i < perVisit; i++) await call('callStaff', { language: 'en', visit: 'page1.1' }, FROM_KIOSK());
    const error = await refusal(call('callStaff', { language: 'en', visit: 'page1.1' }, FROM_KIOSK()));
    expect(error.code).toBe('rate-limited');
    await expect(call('callStaff', { language: 'en', visit: 'page1.2' }, FROM_KIOSK())).resolves.toMatchObject({});
  });
});
