import { describe, expect, it } from 'vitest';
import { useKiosk } from '../kioskFixtures';
import { callContext, draft } from '../support';

describe('the resident’s verdict (rateOutcome) and the follow-up call (recordFollowUp)', () => {
  const t = useKiosk();

  /** A complaint with a phone, resolved with a public note by staff; its reference and id. */
  async function resolvedCase() {
    const { id, ref } = (await t.call('submit', draft())) as { id: number; ref: string };
    const staff = await t.signInStaff();
    await t.call('setStatus', { ids: [id], status: 'resolved', publicNote: '已更换楼道灯' }, staff);
    return { id, ref, staff };
  }

  it('asks for a verdict at lookup only once the phone is proved, and 不满意 reopens the case with the reason', async () => {
    const { id, ref, staff } = await resolvedCase();
    expect(await t.call('lookupStatus', { ref })).not.toHaveProperty('verdictDue');
    expect(await t.call('lookupStatus', { ref, phoneLast4: '8000' })).toMatchObject({ verdictDue: true });

    const resident = callContext(null, 'kiosk');
    const answer = await t.call(
      'rateOutcome',
      { ref, phoneLast4: '8000', rating: 'unsatisfied', reason: '灯还是不亮' },
      resident,
    );
    expect(answer).toEqual({ ref, status: 'reopened' });
    const notices = (await t.call('staffNotices', {}, staff)) as { items: unknown[] };
    expect(notices.items).toContainEqual(expect.objectContaining({ code: 'case-reopened', ref, reason: '灯还是不亮' }));
    const full = (await t.call('getSubmission', { id }, staff)) as { verdicts: unknown[]; status: string };
    expect(full.status).toBe('reopened');
    expect(full.verdicts).toEqual([expect.objectContaining({ rating: 'unsatisfied', reason: '灯还是不亮' })]);
    // Not awaiting a verdict any more: a second one is refused, naming the field.
    await expect(
      t.call('rateOutcome', { ref, phoneLast4: '8000', rating: 'satisfied' }, resident),
    ).rejects.toMatchObject({
      code: 'invalid',
      field: 'ref',
    });
  });

  it('refuses a verdict without the phone’s digits, or with wrong ones, and never says whose case it is', async () => {
    const { ref } = await resolvedCase();
    const resident = callContext(null, 'kiosk');
    await expect(t.call('rateOutcome', { ref, rating: 'satisfied' }, resident)).rejects.toMatchObject({
      code: 'invalid',
      field: 'phoneLast4',
    });
    const wrong = t.call('rateOutcome', { ref, phoneLast4: '1111', rating: 'satisfied' }, resident);
    await expect(wrong).rejects.toMatchObject({ code: 'invalid', field: 'phoneLast4' });
    await expect(wrong).rejects.not.toThrow(/王阿姨|13800138000/);
    await expect(t.call('rateOutcome', { ref, phoneLast4: '8000', rating: 'great' }, resident)).rejects.toMatchObject({
      code: 'invalid',
      field: 'rating',
    });
  });

  it('closes the case on 满意 and counts it in the 满意率; a 回访 on the phone is recorded', async () => {
    const { id, ref, staff } = await resolvedCase();
    expect(
      await t.call('rateOutcome', { ref, phoneLast4: '8000', rating: 'satisfied' }, callContext(null, 'kiosk')),
    ).toEqual({ ref, status: 'closed' });
    const stats = (await t.call('stats', { days: 7 }, staff)) as { rates: { total: { satisfaction: unknown } } };
    expect(stats.rates.total.satisfaction).toEqual({ count: 1, of: 1, rate: 1 });
    expect(await t.call('recordFollowUp', { id, outcome: 'not-reached', note: '无人接听' }, staff)).toEqual({
      id,
      status: 'closed',
    });
    const full = (await t.call('getSubmission', { id }, staff)) as { followUps: unknown[] };
    expect(full.followUps).toEqual([expect.objectContaining({ outcome: 'not-reached', note: '无人接听' })]);
  });

  it('throttles verdicts with the residents’ lookups from the same source', async () => {
    const { ref } = await resolvedCase();
    const source = callContext(null, 'ip:10.0.0.9');
    const calls = [];
    for (let i = 0; i < 20; i++) calls.push(t.call('lookupStatus', { ref }, source).catch((e: unknown) => e));
    await Promise.all(calls);
    await expect(t.call('rateOutcome', { ref, phoneLast4: '8000', rating: 'satisfied' }, source)).rejects.toMatchObject(
      {
        code: 'rate-limited',
      },
    );
  });
});
