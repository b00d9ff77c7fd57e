import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ResultOf } from '../../../../app/contract/kioskApi';
import { useKiosk } from '../kioskFixtures';
import { callContext, draft, refusal } from '../support';

type List = ResultOf<'listSubmissions'>;
const HOUR = 3_600_000;

describe('case handling: assignment and deadlines in working days', () => {
  const t = useKiosk();

  // The clock starts on Thursday 26 November 2026, 09:20 in Shanghai; Friday the 27th is made a holiday.
  beforeEach(() => {
    t.kiosk.close();
    writeFileSync(join(t.dir, 'config.json'), JSON.stringify({ caseTimeLimits: { holidays: ['2026-11-27'] } }));
    t.kiosk = t.open();
  });

  const list = async (ctx: ReturnType<typeof callContext>, args = {}) =>
    (await t.call('listSubmissions', args, ctx)) as List;
  const submit = async () => ((await t.call('submit', draft())) as { id: number }).id;
  /** Signs in again: days pass on the clock, and a session lasts a shift. */
  const signInAgain = async () => {
    const ctx = callContext();
    await t.call('staffLogin', { pin: '2468' }, ctx);
    return ctx;
  };

  it('gives each case its deadlines, skipping the weekend and the holiday, and marks it due, then overdue', async () => {
    const id = await submit();
    let ctx = await t.signInStaff();
    expect((await list(ctx)).items[0]).toMatchObject({
      id,
      assignee: null,
      // A complaint: answered within 1 working day, resolved within 5 (Friday is a holiday, then the weekend).
      respondBy: '2026-11-30',
      resolveBy: '2026-12-04',
      urgency: 'upcoming',
      overdue: false,
    });
    t.clock.advance(4 * 24 * HOUR); // Monday 30 November, 09:20
    ctx = await signInAgain();
    expect(await list(ctx)).toMatchObject({ overdue: 0, dueToday: 1, items: [{ urgency: 'due-today' }] });
    t.clock.advance(15 * HOUR); // Tuesday 1 December, 00:20: the day to answer has ended
    ctx = await signInAgain();
    expect(await list(ctx)).toMatchObject({ overdue: 1, dueToday: 0, items: [{ overdue: true }] });
    expect(await t.call('stats', { days: 7 }, ctx)).toMatchObject({ overdue: 1 });
    expect(await list(ctx, { due: 'overdue' })).toMatchObject({ total: 1 });
    expect(await list(ctx, { due: 'today' })).toMatchObject({ total: 0, items: [] });
  });

  it('lets staff take a case (我来处理) or assign it to a colleague; the history and audit log say who', async () => {
    const [first, second] = [await submit(), await submit()];
    await t.kiosk.staffDirectory.add('张三', 'staff', '1357', 'test');
    const ctx = await t.signInStaff();
    const zhang = t.kiosk.staffDirectory.people().find((p) => p.name === '张三')!;

    expect(await t.call('assign', { ids: [first] }, ctx)).toEqual({ updated: 1, assignee: { id: 0, name: '管理员' } });
    expect(await t.call('assign', { ids: [second], staffId: zhang.id }, ctx)).toMatchObject({ updated: 1 });
    const { items } = await list(ctx);
    expect(items.map((s) => [s.id, s.status, s.assignee?.name])).toEqual([
      [second, 'assigned', '张三'],
      [first, 'assigned', '管理员'],
    ]);
    expect(await list(ctx, { assignee: zhang.id })).toMatchObject({ total: 1, items: [{ id: second }] });
    const detail = (await t.call('getSubmission', { id: second }, ctx)) as ResultOf<'getSubmission'>;
    expect(detail.history.at(-1)).toMatchObject({ status: 'assigned', by: '管理员', note: '→ 张三' });
    expect(t.kiosk.store.audit.list(5).map((e) => [e.actor, e.action])).toContainEqual([
      '管理员',
      'submissions.assign',
    ]);
  });

  it('refuses to assign a closed case or to someone who cannot take cases, naming what is wrong', async () => {
    const id = await submit();
    const ctx = await t.signInStaff();
    const unknown = await refusal(t.call('assign', { ids: [id], staffId: 99 }, ctx));
    expect([unknown.code, unknown.field]).toEqual(['invalid', 'staffId']);
    await t.call('setStatus', { ids: [id], status: 'closed' }, ctx);
    const closed = await refusal(t.call('assign', { ids: [id] }, ctx));
    expect(closed.message).toMatch(/^ids: case \d{7}: a closed case is not being worked on; reopen it first$/);
  });

  it('holds status changes to the lifecycle: never back to the queue, resolving needs a public note', async () => {
    const id = await submit();
    const ctx = await t.signInStaff();
    await t.call('setStatus', { ids: [id], status: 'collected' }, ctx);
    expect((await refusal(t.call('setStatus', { ids: [id], status: 'queued' }, ctx))).field).toBe('status');
    expect((await refusal(t.call('setStatus', { ids: [id], status: 'resolved' }, ctx))).message).toMatch(/public note/);
    await t.call('setStatus', { ids: [id], status: 'resolved', publicNote: '已经处理' }, ctx);
    // Resolved: nothing is due any more.
    expect((await list(ctx)).items[0]).toMatchObject({ status: 'resolved', urgency: null, overdue: false });
  });

  it('sorts the queue by urgency: overdue first, then by the nearest deadline still to meet', async () => {
    const old = await submit();
    t.clock.advance(5 * 24 * HOUR); // Tuesday 1 December: the first is overdue to answer
    const today = await submit();
    await t.call('setStatus', { ids: [today], status: 'collected' }, await t.signInStaff());
    t.clock.advance(24 * HOUR);
    const fresh = await submit(); // to answer by Thursday, before the one collected must be resolved
    const ctx = await signInAgain();
    const { items } = await list(ctx, { sort: 'urgency' });
    expect(items.map((s) => [s.id, s.urgency])).toEqual([
      [old, 'overdue'],
      [fresh, 'upcoming'],
      [today, 'upcoming'],
    ]);
  });
});
