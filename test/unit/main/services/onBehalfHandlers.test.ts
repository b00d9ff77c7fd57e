import { describe, expect, it } from 'vitest';
import type { ResultOf } from '../../../../app/contract/kioskApi';
import type { Draft } from '../../../../app/domain/submission';
import { useKiosk } from '../kioskFixtures';
import { callContext, draft, refusal } from '../support';

/** What staff enter for a caller: a resident's draft without the input modes. */
function staffDraft(overrides: Partial<Draft> = {}) {
  const { inputModes: _staffHasNone, ...fields } = draft(overrides);
  return fields;
}

describe('submitOnBehalf: staff enter a request for a resident who phoned or came to the desk (代办)', () => {
  const t = useKiosk();

  it('stores the case with the input mode staff, this kiosk’s id and who entered it, and answers its reference', async () => {
    const ctx = await t.signInStaff();
    const saved = (await t.call(
      'submitOnBehalf',
      { draft: staffDraft(), channel: 'phone', note: '王阿姨打来电话，声音很急' },
      ctx,
    )) as ResultOf<'submitOnBehalf'>;
    expect(saved.ref).toMatch(/^\d+$/);

    const stored = (await t.call('getSubmission', { id: saved.id }, ctx)) as ResultOf<'getSubmission'>;
    expect(stored).toMatchObject({
      ref: saved.ref,
      inputModes: ['staff'],
      kioskId: t.kiosk.config.kioskId,
      status: 'queued',
      name: '王阿姨',
      phone: '13800138000',
      description: '楼上邻居半夜噪音',
    });
    expect(stored.history[0]).toMatchObject({ status: 'queued', by: '管理员', note: '王阿姨打来电话，声音很急' });
  });

  it('says in the audit log who entered it, for whom, by which channel and from where', async () => {
    const ctx = await t.signInStaff();
    const { id, ref } = (await t.call(
      'submitOnBehalf',
      { draft: staffDraft(), channel: 'walk-in' },
      ctx,
    )) as ResultOf<'submitOnBehalf'>;
    const entry = t.kiosk.store.audit.list(10).find((e) => e.action === 'submission.on-behalf');
    expect(entry).toMatchObject({ actor: '管理员', actorId: 0 });
    expect(JSON.parse(entry!.detail!)).toEqual({ id, ref, channel: 'walk-in', name: '管理员', source: 'ip:127.0.0.1' });
  });

  it('checks the draft as the resident’s submit does, naming the field inside the draft', async () => {
    const ctx = await t.signInStaff();
    const call = (args: unknown) => refusal(t.call('submitOnBehalf', args, ctx));
    expect(await call({ draft: staffDraft({ description: '   ' }), channel: 'phone' })).toMatchObject({
      code: 'invalid',
      field: 'draft.description',
    });
    expect(await call({ draft: staffDraft({ category: 'cmp.nothing' }), channel: 'phone' })).toMatchObject({
      field: 'draft.category',
    });
    expect(await call({ draft: staffDraft({ category: 'svc.health' }), channel: 'phone' })).toMatchObject({
      field: 'draft.category',
    });
    expect(
      await call({
        draft: staffDraft({ kind: 'service', category: 'svc.health', contact: { anonymous: true } }),
        channel: 'phone',
      }),
    ).toMatchObject({ field: 'draft.contact.anonymous' });
    expect(
      await call({ draft: staffDraft({ contact: { anonymous: false, phone: '12' } }), channel: 'phone' }),
    ).toMatchObject({ field: 'draft.contact.phone' });
    expect(await call({ draft: staffDraft(), channel: 'fax' })).toMatchObject({ field: 'channel' });
    // Staff do not claim input modes either: the store records `staff`.
    expect(await call({ draft: draft(), channel: 'phone' })).toMatchObject({
      code: 'invalid',
      field: 'draft.inputModes',
    });
    expect(t.kiosk.store.submissions.list({}, { limit: 10, offset: 0 }).total).toBe(0);
  });

  it('is refused without a staff session, and stores nothing', async () => {
    expect(await refusal(t.call('submitOnBehalf', { draft: staffDraft(), channel: 'phone' }))).toMatchObject({
      code: 'unauthorized',
    });
    expect(t.kiosk.store.submissions.list({}, { limit: 10, offset: 0 }).total).toBe(0);
  });

  it('is not held to the residents’ per-kiosk limits', async () => {
    const ctx = await t.signInStaff();
    const { submitsPerMinute } = t.kiosk.config.residentLimits;
    for (let i = 0; i < submitsPerMinute; i++) await t.call('submit', draft(), callContext(null, ctx.source));
    expect(await refusal(t.call('submit', draft(), callContext(null, ctx.source)))).toMatchObject({
      code: 'rate-limited',
    });
    for (let i = 0; i < submitsPerMinute + 2; i++) {
      await t.call('submitOnBehalf', { draft: staffDraft(), channel: 'phone' }, ctx);
    }
    expect(t.kiosk.store.submissions.list({}, { limit: 1, offset: 0 }).total).toBe(2 * submitsPerMinute + 2);
  });

  it('leaves the resident’s submit refusing `staff` as an input mode: a resident cannot claim to be staff', async () => {
    const refused = await refusal(t.call('submit', { ...draft(), inputModes: ['staff'] }));
    expect(refused).toMatchObject({ code: 'invalid', field: 'inputModes.0' });
    const mixed = await refusal(t.call('submit', { ...draft(), inputModes: ['touch', 'staff'] }));
    expect(mixed).toMatchObject({ code: 'invalid', field: 'inputModes.1' });
    expect(t.kiosk.store.submissions.list({}, { limit: 1, offset: 0 }).total).toBe(0);
  });
});
