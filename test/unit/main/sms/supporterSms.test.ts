import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ResultOf, SubmitResult } from '../../../../app/contract/kioskApi';
import type { Draft } from '../../../../app/domain/submission';
import { type Kiosk, openKiosk } from '../../../../main/compose';
import { dispatch } from '../../../../main/services/dispatch';
import { SMS_SECRET_ENV } from '../../../../main/sms/smsProvider';
import { SMS_RETRY_DELAYS_MS } from '../../../../main/sms/smsSender';
import { SHARED_PIN_HASH } from '../../../../main/staff/staffDirectory';
import { type SmsDouble, startSmsDouble } from '../../../fixtures/smsDouble';
import { quickPinHash } from '../staff/support';
import { callContext, draft, fakeClock, tempDir } from '../support';

const SECRET = 'sms-secret-7f3a';
const PIN = '2468';
const OWNER_PHONE = '13800138000';
const SUPPORTER_PHONE = '13911112222';

/** "Me too" supporters who asked to be told by SMS, through the loopback webhook double (as smsSender.test.ts). */
describe('SMS to a "me too" supporter who asked to be told', () => {
  let dir: string;
  let cleanup: () => void;
  let clock: ReturnType<typeof fakeClock>;
  let double: SmsDouble;
  let kiosk: Kiosk;
  let staff: ReturnType<typeof callContext>;
  let callers = 0;

  const call = (method: string, args: unknown, ctx = staff) => dispatch(kiosk.handlers, method, args, ctx);
  const resident = () => callContext(null, `ip:192.0.2.${++callers}`);
  const submit = async (overrides: Partial<Draft> = {}) =>
    (await call('submit', draft(overrides), resident())) as SubmitResult;
  /** Adds support to the one open case like `draft()`'s, as a resident at the kiosk does. */
  const support = async (contact: { name?: string; phone?: string; notify?: boolean }, language = 'zh-CN') => {
    const from = resident();
    const offered = (await call(
      'findSimilar',
      { category: 'cmp.noise', description: '楼上邻居半夜噪音', location: '3 号楼 502' },
      from,
    )) as ResultOf<'findSimilar'>;
    expect(offered.items).toHaveLength(1);
    return (await call(
      'supportCase',
      { handle: offered.items[0]!.handle, contact, language, inputModes: ['touch'] },
      from,
    )) as ResultOf<'supportCase'>;
  };
  const tick = () => kiosk.sms!.tick();
  const toSupporter = () => double.delivered.filter((d) => d.body.to === SUPPORTER_PHONE).map((d) => d.body);

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir());
    clock = fakeClock();
    double = await startSmsDouble(SECRET);
    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify({ sms: { provider: 'webhook', url: double.url, maxAttempts: 3 } }),
    );
    kiosk = openKiosk({ dataDir: dir, now: clock.now, env: { [SMS_SECRET_ENV]: SECRET } });
    kiosk.store.settings.set(SHARED_PIN_HASH, quickPinHash(PIN)); // the sign-in below is real, at a low cost
    staff = callContext();
    await call('staffLogin', { pin: PIN });
  });
  afterEach(async () => {
    await kiosk.sms?.stop();
    kiosk.close();
    await double.close();
    cleanup();
  });

  it('texts a supporter once per change with their own reference in their language, never the owner’s', async () => {
    const owner = await submit(); // did not ask for texts
    clock.advance(60_000);
    const told = await support({ name: '李伯', phone: SUPPORTER_PHONE, notify: true }, 'en');
    await support({ name: '赵姐', phone: '13722223333', notify: false });
    clock.advance(60_000);
    await call('setStatus', { ids: [owner.id], status: 'collected' });
    expect(await tick()).toMatchObject({ enqueued: 1, sent: 1 });
    await call('setStatus', { ids: [owner.id], status: 'collected', publicNote: '已联系物业' });
    await kiosk.store.submissions.setStatus({ ids: [owner.id], status: 'closed', by: 'test' });
    expect(await tick()).toMatchObject({ enqueued: 1, sent: 1 });
    expect(await tick()).toMatchObject({ enqueued: 0, sent: 0 });

    expect(double.delivered.map((d) => d.body.to)).toEqual([SUPPORTER_PHONE, SUPPORTER_PHONE]);
    expect(toSupporter()).toMatchObject([
      { template: 'received', language: 'en', ref: told.ref },
      { template: 'closed', language: 'en', ref: told.ref },
    ]);
    expect(toSupporter()[0]!.text).toContain(told.ref);
    const everything = JSON.stringify(double.received);
    for (const owners of [owner.ref, OWNER_PHONE, '王阿姨', '楼上邻居半夜噪音', '3 号楼 502', '李伯']) {
      expect(everything).not.toContain(owners);
    }
  });

  it('tells the supporter only of changes after they joined, and the case’s own resident as before', async () => {
    const owner = await submit({ contact: { anonymous: false, phone: OWNER_PHONE, smsConsent: true } });
    await call('setStatus', { ids: [owner.id], status: 'collected' });
    clock.advance(60_000);
    const told = await support({ phone: SUPPORTER_PHONE, notify: true });
    clock.advance(60_000);
    await call('setStatus', { ids: [owner.id], status: 'resolved', publicNote: '已修好' });
    expect(await tick()).toMatchObject({ enqueued: 3, sent: 3 });
    expect(double.delivered.map((d) => [d.body.to, d.body.template, d.body.ref])).toEqual([
      [OWNER_PHONE, 'received', owner.ref],
      [OWNER_PHONE, 'resolved', owner.ref],
      [SUPPORTER_PHONE, 'resolved', told.ref],
    ]);
  });

  it('texts the supporters of a merged case when the case it now belongs to moves', async () => {
    const into = await submit({ location: '5 号楼' });
    clock.advance(60_000);
    const merged = await submit();
    const told = await support({ phone: SUPPORTER_PHONE, notify: true });
    clock.advance(60_000);
    await call('mergeCases', { into: into.id, from: merged.id });
    expect(await tick()).toMatchObject({ enqueued: 0 }); // the merged case's closing is not their news: theirs goes on
    await call('setStatus', { ids: [into.id], status: 'collected' });
    expect(await tick()).toMatchObject({ enqueued: 1, sent: 1 });
    expect(toSupporter()).toMatchObject([{ template: 'received', ref: told.ref }]);
    expect(JSON.stringify(double.received)).not.toContain(into.ref);
  });

  it('tries a supporter’s refused text again after the backoff, and never sends again one that may have gone', async () => {
    const owner = await submit();
    await support({ phone: SUPPORTER_PHONE, notify: true });
    double.answerNext('error503');
    await call('setStatus', { ids: [owner.id], status: 'collected' });
    expect(await tick()).toMatchObject({ failed: 1 });
    clock.advance(SMS_RETRY_DELAYS_MS[0]);
    expect(await tick()).toMatchObject({ sent: 1 });
    expect(toSupporter()).toMatchObject([{ template: 'received' }]);

    kiosk.close();
    kiosk = openKiosk({
      dataDir: dir,
      now: clock.now,
      env: { [SMS_SECRET_ENV]: SECRET },
      smsPost: async () => ({ kind: 'no-answer', reason: 'the answer was cut off' }),
    });
    await kiosk.store.submissions.setStatus({ ids: [owner.id], status: 'closed', by: 'test' });
    expect(await tick()).toMatchObject({ uncertain: 1 });
    clock.advance(24 * 60 * 60_000);
    expect(await tick()).toMatchObject({ sent: 0, failed: 0, uncertain: 0 });
    expect(kiosk.store.sms.ofCase(owner.id).map((m) => [m.template, m.state])).toEqual([
      ['received', 'sent'],
      ['closed', 'uncertain'],
    ]);
  });

  it('shows staff the supporter’s messages in the case, the phone masked', async () => {
    const owner = await submit();
    await support({ phone: SUPPORTER_PHONE, notify: true });
    await call('setStatus', { ids: [owner.id], status: 'collected' });
    await tick();
    const shown = (await call('smsMessages', { id: owner.id })) as ResultOf<'smsMessages'>;
    expect(shown).toMatchObject({
      consent: false,
      items: [{ template: 'received', state: 'sent', recipient: 'supporter', phone: '•••2222' }],
    });
    expect(JSON.stringify(shown)).not.toContain(SUPPORTER_PHONE);
  });

  it('forgets the supporter’s phone with the retention purge, and their text not sent yet goes with it', async () => {
    const owner = await submit();
    await support({ phone: SUPPORTER_PHONE, notify: true });
    double.answerNext('error503');
    await call('setStatus', { ids: [owner.id], status: 'collected' });
    expect(await tick()).toMatchObject({ failed: 1 });
    await kiosk.store.submissions.setStatus({ ids: [owner.id], status: 'closed', by: 'test' });
    kiosk.store.sms.enqueue(new Date(0));
    clock.advance(60_000);
    expect(kiosk.store.retention.redactClosedBefore(new Date(clock.now().getTime() + 1), 'test')).toBe(1);
    expect(kiosk.store.sms.ofCase(owner.id).map((m) => [m.template, m.state, m.phone, m.supporterId !== null])).toEqual(
      [
        ['received', 'cancelled', null, true],
        ['closed', 'cancelled', null, true],
      ],
    );
    clock.advance(60 * 60_000);
    expect(await tick()).toMatchObject({ sent: 0 });
    expect(double.delivered).toEqual([]);
  });
});
