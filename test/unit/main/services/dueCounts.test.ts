import { describe, expect, it, vi } from 'vitest';
import type { ResultOf } from '../../../../app/contract/kioskApi';
import { localIso } from '../../../../main/clock';
import { createCaseDeadlines } from '../../../../main/services/caseDeadlines';
import { useKiosk } from '../kioskFixtures';
import { callContext, draft } from '../support';

// Counts every case whose deadlines are computed one by one, so a list that walks the whole queue shows.
const computed = vi.hoisted(() => ({ cases: 0 }));
vi.mock('../../../../app/cases/workingDays', async (original) => {
  const real = await original<typeof import('../../../../app/cases/workingDays')>();
  return {
    ...real,
    caseDeadlines: (...args: Parameters<typeof real.caseDeadlines>) => {
      computed.cases++;
      return real.caseDeadlines(...args);
    },
  };
});

const DAY = 24 * 3_600_000;
const CATEGORIES = [
  ['complaint', 'cmp.noise'],
  ['complaint', 'cmp.property'],
  ['service', 'svc.health'],
  ['suggestion', 'sug.elderly'],
  // A code no longer in the catalogue keeps its kind's limits.
  ['suggestion', 'sug.retired-code'],
] as const;
const STATUSES = ['queued', 'collected', 'assigned', 'forwarded', 'reopened', 'resolved', 'closed'] as const;

describe('overdue and due-today counts over the whole queue', () => {
  const t = useKiosk();

  /** `count` cases over the past 40 days, every category and status, written directly as the bench does. */
  function fill(count: number): void {
    const insert = t.kiosk.store.db.prepare(`
      INSERT INTO submissions (ref, kind, category, description, location, anonymous, name, phone,
        language, input_modes, kiosk_id, status, created_at, updated_at)
      VALUES (?, ?, ?, '路灯不亮', NULL, 1, NULL, NULL, 'zh-CN', '["touch"]', 'kiosk-1', ?, ?, ?)`);
    const now = t.clock.now().getTime();
    t.kiosk.store.db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const [kind, category] = CATEGORIES[i % CATEGORIES.length]!;
        // Every 7 hours back, so every hour of the day and day of the week comes up.
        const at = localIso(new Date(now - i * 7 * 3_600_000 - (i % 13) * 60_000));
        insert.run(String(10_000_000 + i), kind, category, STATUSES[i % STATUSES.length]!, at, at);
      }
    })();
  }

  it('agree with each case deadline computed one by one, on every day of two weeks', async () => {
    fill(140);
    await t.signInStaff();
    const deadlines = createCaseDeadlines(t.kiosk.config);
    const keys = t.kiosk.store.db
      .prepare('SELECT id, kind, category, status, created_at AS createdAt FROM submissions')
      .all() as Parameters<typeof deadlines.view>[0][];
    let sawBoth = false;
    for (let day = 0; day < 14; day++) {
      const at = t.clock.now();
      const expected = { overdue: 0, dueToday: 0 };
      for (const key of keys) {
        const { urgency } = deadlines.view(key, at);
        if (urgency === 'overdue') expected.overdue++;
        if (urgency === 'due-today') expected.dueToday++;
      }
      // Signed in afresh each day: a session lasts a shift.
      const ctx = callContext();
      await t.call('staffLogin', { pin: '2468' }, ctx);
      const list = (await t.call('listSubmissions', {}, ctx)) as ResultOf<'listSubmissions'>;
      expect({ overdue: list.overdue, dueToday: list.dueToday }, `day ${day}`).toEqual(expected);
      sawBoth ||= expected.overdue > 0 && expected.dueToday > 0;
      t.clock.advance(DAY + 3_600_000);
    }
    expect(sawBoth).toBe(true);
  }, 60_000);

  it('are counted by the store, not by computing the deadline of every stored case', async () => {
    fill(600);
    const ctx = await t.signInStaff();
    computed.cases = 0;
    // Nor reads the key of every open case to compute it from.
    const everyKey = [vi.spyOn(t.kiosk.store.cases, 'openKeys'), vi.spyOn(t.kiosk.store.cases, 'keys')];
    const list = (await t.call('listSubmissions', { limit: 20 }, ctx)) as ResultOf<'listSubmissions'>;
    expect(list.overdue).toBeGreaterThan(100);
    // The page's own deadlines, and none beyond them.
    expect(computed.cases).toBeLessThanOrEqual(20);
    computed.cases = 0;
    await t.call('stats', { days: 7 }, ctx);
    // The rates judge each case of the period against its own deadline: the week's cases, never the queue's 600.
    const since = localIso(new Date(t.clock.now().getTime() - 7 * DAY));
    const { inWeek } = t.kiosk.store.db
      .prepare('SELECT count(*) AS inWeek FROM submissions WHERE created_at >= ?')
      .get(since) as { inWeek: number };
    expect(inWeek).toBeLessThan(30);
    expect(computed.cases).toBeLessThanOrEqual(inWeek);
    for (const spy of everyKey) expect(spy).not.toHaveBeenCalled();
  });
});

describe('overdue and due-today counts between two changes', () => {
  const t = useKiosk();

  it('are kept between two lists with nothing written between, and counted again after a write', async () => {
    let ctx = await t.signInStaff();
    const counted = vi.spyOn(t.kiosk.store.cases, 'dueCount');
    const list = async () => (await t.call('listSubmissions', {}, ctx)) as ResultOf<'listSubmissions'>;
    await list();
    counted.mockClear();
    await list();
    expect(counted).not.toHaveBeenCalled();

    await t.call('submit', draft());
    expect(await list()).toMatchObject({ overdue: 0, dueToday: 0 });
    expect(counted).toHaveBeenCalled();
    // Answered within one working day: in on Thursday, due on Friday. Signed in again: a session lasts a shift.
    t.clock.advance(DAY);
    ctx = callContext();
    await t.call('staffLogin', { pin: '2468' }, ctx);
    counted.mockClear();
    expect(await list()).toMatchObject({ overdue: 0, dueToday: 1 });
    expect(counted).toHaveBeenCalled();
  });
});
