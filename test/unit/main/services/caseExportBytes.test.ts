import { describe, expect, it } from 'vitest';
import type { ResultOf } from '../../../../app/contract/kioskApi';
import { NO_CASE_FIELDS } from '../../../../main/exports/caseFields';
import { createCaseDeadlines } from '../../../../main/services/caseDeadlines';
import { createCaseExport } from '../../../../main/services/caseExport';
import { useKiosk } from '../kioskFixtures';
import { draft } from '../support';

const HOUR = 3_600_000;

/**
 * The case fields as the export made them before it was made faster (spreads of the facts and deadlines
 * over NO_CASE_FIELDS, then over the submission): JSON exports write keys in this order, so the faster
 * code must give the same objects with their keys in the same order, or the exported bytes change.
 */
function asBefore(kiosk: ReturnType<ReturnType<typeof useKiosk>['open']>, at: Date) {
  const deadlines = createCaseDeadlines(kiosk.config);
  return <S extends { id: number; kind: never; category: string; status: never; createdAt: string }>(batch: S[]) => {
    const ids = batch.map((s) => s.id);
    const facts = kiosk.store.caseFacts.ofCases(ids);
    const residents = kiosk.store.supporters.residents(ids);
    const merged = kiosk.store.supporters.mergedInto(ids);
    return batch.map((s) => {
      const { assigneeId = null, ...rest } = facts.get(s.id) ?? {};
      const { pendingEndsAt: _sortOnly, ...due } = deadlines.view(s, at);
      const fields = {
        ...NO_CASE_FIELDS,
        assignee:
          assigneeId === null
            ? null
            : { id: assigneeId, name: kiosk.staffDirectory.nameOf(assigneeId) ?? `#${assigneeId}` },
        ...due,
        residents: residents.get(s.id) ?? 1,
        mergedInto: merged.get(s.id) ?? null,
        ...rest,
      };
      return { ...s, ...fields };
    });
  };
}

describe('case export, made faster, exports the same', () => {
  const t = useKiosk();

  it('gives each case the same fields, keys in the same order, as the spreads it replaced', async () => {
    await t.kiosk.staffDirectory.add('李四', 'staff', '1357', 'test');
    const li = t.kiosk.staffDirectory.people().find((p) => p.name === '李四')!;
    const ids: number[] = [];
    for (let i = 0; i < 6; i++) {
      ids.push(((await t.call('submit', draft())) as ResultOf<'submit'>).id);
      t.clock.advance(7 * HOUR); // cases over several local days
    }
    const staff = await t.signInStaff();
    await t.call('assign', { ids: [ids[1]!, ids[2]!], staffId: li.id }, staff);
    await t.call('setStatus', { ids: [ids[2]!], status: 'resolved', publicNote: '已处理' }, staff);
    await t.call('recordFollowUp', { id: ids[2]!, outcome: 'reached-satisfied' }, staff);
    await t.call('setStatus', { ids: [ids[3]!], status: 'closed' }, staff);

    const at = t.clock.now();
    const before = asBefore(t.kiosk, at)([...t.kiosk.store.submissions.listFull({})] as never[]);
    const now = [
      ...createCaseExport({ ...t.kiosk, now: () => at }).withCaseFields(t.kiosk.store.submissions.listFull({})),
    ];
    expect(now.map((c) => c.assignee?.name ?? null)).toContain('李四');
    expect(now.some((c) => c.followUps.length > 0)).toBe(true);
    expect(JSON.stringify(now, null, 2)).toBe(JSON.stringify(before, null, 2));
  });
});
