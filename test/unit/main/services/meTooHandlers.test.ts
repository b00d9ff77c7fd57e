import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useKiosk } from '../kioskFixtures';
import { callContext, draft } from '../support';

type Similar = { items: { handle: string; category: string; location: string | null; residents: number }[] };
type Support = { ref: string; createdAt: string; residents: number };

const LIFT = {
  kind: 'complaint' as const,
  category: 'cmp.facilities',
  description: '电梯坏了，老人上不了楼',
  location: '3号楼',
};
const SIMILAR = { category: 'cmp.facilities', description: '电梯又坏了', location: '三号楼' };
const LANGUAGE = { language: 'zh-CN', inputModes: ['touch'] };

describe('"me too": findSimilar, supportCase and mergeCases', () => {
  const t = useKiosk();

  async function liftCase() {
    return (await t.call('submit', draft(LIFT))) as { id: number; ref: string };
  }

  it('offers an open case of the same problem without anything personal of the resident who reported it', async () => {
    await liftCase();
    const found = (await t.call('findSimilar', SIMILAR)) as Similar;
    expect(found.items).toHaveLength(1);
    expect(found.items[0]).toEqual({
      handle: expect.stringMatching(/^[A-Za-z0-9_-]{16,64}$/),
      category: 'cmp.facilities',
      location: '3号楼',
      firstReportedAt: expect.any(String),
      residents: 1,
    });
    expect(Date.parse((found.items[0] as unknown as { firstReportedAt: string }).firstReportedAt)).toBe(
      Date.parse('2026-11-26T09:20:00.000+08:00'),
    );
    const said = JSON.stringify(found);
    for (const personal of ['王阿姨', '13800138000', '8000', '老人上不了楼']) expect(said).not.toContain(personal);
    // A different place, or another category, is not offered.
    expect(await t.call('findSimilar', { ...SIMILAR, location: '5号楼' })).toEqual({ items: [] });
    expect(await t.call('findSimilar', { ...SIMILAR, category: 'cmp.noise' })).toEqual({ items: [] });
  });

  it('gives a supporter their own reference, which looks up the case with their own phone, and counts them', async () => {
    const { id, ref } = await liftCase();
    const [offer] = ((await t.call('findSimilar', SIMILAR)) as Similar).items;
    const support = (await t.call('supportCase', {
      handle: offer!.handle,
      contact: { name: '李伯', phone: '13911112222', notify: true },
      ...LANGUAGE,
    })) as Support;
    expect(support.ref).not.toBe(ref);
    expect(support.residents).toBe(2);

    const staff = await t.signInStaff();
    await t.call('setStatus', { ids: [id], status: 'collected', publicNote: '已报修' }, staff);
    // The supporter's own last four digits show the note; the first resident's do not work with the supporter's reference.
    expect(await t.call('lookupStatus', { ref: support.ref, phoneLast4: '2222' })).toMatchObject({
      ref: support.ref,
      status: 'collected',
      verified: true,
      publicNote: '已报修',
    });
    expect(await t.call('lookupStatus', { ref: support.ref, phoneLast4: '8000' })).toMatchObject({
      verified: false,
      publicNote: null,
    });
    const listed = (await t.call('listSubmissions', {}, staff)) as { items: { id: number; residents: number }[] };
    expect(listed.items.find((c) => c.id === id)?.residents).toBe(2);
    expect(((await t.call('findSimilar', SIMILAR)) as Similar).items[0]?.residents).toBe(2);
  });

  it("lets a supporter give the verdict on the case with their own phone digits, never the first resident's", async () => {
    const { id } = await liftCase();
    const [offer] = ((await t.call('findSimilar', SIMILAR)) as Similar).items;
    const support = (await t.call('supportCase', {
      handle: offer!.handle,
      contact: { phone: '13911112222' },
      ...LANGUAGE,
    })) as Support;
    const staff = await t.signInStaff();
    await t.call('setStatus', { ids: [id], status: 'resolved', publicNote: '电梯已修好' }, staff);
    const kiosk = callContext(null, 'kiosk');
    await expect(
      t.call('rateOutcome', { ref: support.ref, phoneLast4: '8000', rating: 'satisfied' }, kiosk),
    ).rejects.toMatchObject({ code: 'invalid', field: 'phoneLast4' });
    expect(await t.call('rateOutcome', { ref: support.ref, phoneLast4: '2222', rating: 'satisfied' }, kiosk)).toEqual({
      ref: support.ref,
      status: 'closed',
    });
  });

  it('refuses an unknown handle as not found and bad contact details by field, storing nothing', async () => {
    await liftCase();
    const unknown = t.call('supportCase', { handle: 'A'.repeat(24), ...LANGUAGE });
    await expect(unknown).rejects.toMatchObject({ code: 'not-found', field: 'handle' });
    await expect(t.call('supportCase', { handle: 'no', ...LANGUAGE })).rejects.toMatchObject({
      code: 'invalid',
      field: 'handle',
    });
    const [offer] = ((await t.call('findSimilar', SIMILAR)) as Similar).items;
    await expect(
      t.call('supportCase', { handle: offer!.handle, contact: { phone: '12' }, ...LANGUAGE }),
    ).rejects.toMatchObject({ code: 'invalid', field: 'contact.phone' });
    await expect(
      t.call('supportCase', { handle: offer!.handle, contact: { notify: true }, ...LANGUAGE }),
    ).rejects.toMatchObject({ code: 'invalid', field: 'contact.notify' });
    await expect(t.call('findSimilar', { category: 'cmp.facilities', description: ' ' })).rejects.toMatchObject({
      code: 'invalid',
      field: 'description',
    });
    expect(((await t.call('findSimilar', SIMILAR)) as Similar).items[0]?.residents).toBe(1);
  });

  it('throttles both methods per source, without holding back another source', async () => {
    await liftCase();
    const script = callContext(null, 'ip:10.0.0.9');
    const answers = [];
    for (let i = 0; i < 25; i++) answers.push(await t.call('findSimilar', SIMILAR, script).catch((e: unknown) => e));
    expect(answers.at(-1)).toMatchObject({ code: 'rate-limited' });
    expect(((await t.call('findSimilar', SIMILAR, callContext(null, 'ip:10.0.0.8'))) as Similar).items).toHaveLength(1);

    const [offer] = ((await t.call('findSimilar', SIMILAR)) as Similar).items;
    const supports = [];
    for (let i = 0; i < 25; i++) {
      supports.push(
        await t.call('supportCase', { handle: offer!.handle, ...LANGUAGE }, script).catch((e: unknown) => e),
      );
    }
    expect(supports.at(-1)).toMatchObject({ code: 'rate-limited' });
  });

  it('merges two cases: both references look up the merged case, and residents add up', async () => {
    const first = await liftCase();
    const [offer] = ((await t.call('findSimilar', SIMILAR)) as Similar).items;
    await t.call('supportCase', { handle: offer!.handle, ...LANGUAGE });
    t.clock.advance(60_000);
    const second = (await t.call(
      'submit',
      draft({ ...LIFT, description: '3栋电梯停了', contact: { anonymous: false, name: '赵', phone: '13722223333' } }),
    )) as { id: number; ref: string };
    const staff = await t.signInStaff();

    const merged = await t.call('mergeCases', { into: first.id, from: second.id }, staff);
    expect(merged).toEqual({
      into: { id: first.id, ref: first.ref },
      from: { id: second.id, ref: second.ref },
      residents: 3,
    });
    await t.call('setStatus', { ids: [first.id], status: 'collected', publicNote: '电梯公司明天来修' }, staff);
    // The merged case's resident proves it with their own phone.
    expect(await t.call('lookupStatus', { ref: second.ref, phoneLast4: '3333' })).toMatchObject({
      ref: second.ref,
      status: 'collected',
      publicNote: '电梯公司明天来修',
    });
    expect(await t.call('lookupStatus', { ref: first.ref })).toMatchObject({ ref: first.ref, status: 'collected' });
    const into = (await t.call('getSubmission', { id: first.id }, staff)) as { residents: number };
    expect(into.residents).toBe(3);
    const from = (await t.call('getSubmission', { id: second.id }, staff)) as { status: string; mergedInto: string };
    expect(from).toMatchObject({ status: 'closed', mergedInto: first.ref });
    const audit = (await t.call('auditLog', {}, staff)) as { items: { action: string }[] };
    expect(audit.items.map((e) => e.action)).toContain('submissions.merge');

    // Not twice, not into itself, not into a merged case, and an unknown id is not found.
    await expect(t.call('mergeCases', { into: first.id, from: second.id }, staff)).rejects.toMatchObject({
      code: 'invalid',
      field: 'from',
    });
    await expect(t.call('mergeCases', { into: first.id, from: first.id }, staff)).rejects.toMatchObject({
      field: 'from',
    });
    await expect(t.call('mergeCases', { into: second.id, from: first.id }, staff)).rejects.toMatchObject({
      field: 'into',
    });
    await expect(t.call('mergeCases', { into: 999, from: first.id }, staff)).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(t.call('mergeCases', { into: first.id, from: second.id })).rejects.toMatchObject({
      code: 'unauthorized',
    });
  });

  it('offers nothing when the centre turned "me too" off (meToo.days 0)', async () => {
    t.kiosk.close();
    writeFileSync(join(t.dir, 'config.json'), JSON.stringify({ meToo: { days: 0 } }));
    t.kiosk = t.open();
    await liftCase();
    expect(await t.call('findSimilar', SIMILAR)).toEqual({ items: [] });
    expect(await t.call('getKioskConfig', {})).toMatchObject({ meToo: false });
  });

  it('offers only cases from the configured number of days', async () => {
    t.kiosk.close();
    writeFileSync(join(t.dir, 'config.json'), JSON.stringify({ meToo: { days: 3 } }));
    t.kiosk = t.open();
    await liftCase();
    t.clock.advance(2 * 86_400_000);
    expect(((await t.call('findSimilar', SIMILAR)) as Similar).items).toHaveLength(1);
    t.clock.advance(2 * 86_400_000);
    expect(await t.call('findSimilar', SIMILAR)).toEqual({ items: [] });
  });
});
