import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SubmitResult } from '../../../../app/contract/kioskApi';
import type { Draft } from '../../../../app/domain/submission';
import { type Kiosk, openKiosk } from '../../../../main/compose';
import { ConfigError } from '../../../../main/config/config';
import { dispatch } from '../../../../main/services/dispatch';
import { SMS_SECRET_ENV } from '../../../../main/sms/smsProvider';
import { SMS_RETRY_DELAYS_MS } from '../../../../main/sms/smsSender';
import { SHARED_PIN_HASH } from '../../../../main/staff/staffDirectory';
import { type SmsDouble, startSmsDouble } from '../../../fixtures/smsDouble';
import { quickPinHash } from '../staff/support';
import { callContext, draft, fakeClock, tempDir } from '../support';

const SECRET = 'sms-secret-7f3a';
const PIN = '2468';

describe('SMS to a consenting resident, through a loopback webhook double', () => {
  let dir: string;
  let cleanup: () => void;
  let clock: ReturnType<typeof fakeClock>;
  let double: SmsDouble;
  let kiosk: Kiosk;
  let staff: ReturnType<typeof callContext>;
  let callers = 0;

  const open = (maxAttempts = 3) => {
    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify({ sms: { provider: 'webhook', url: double.url, maxAttempts } }),
    );
    return openKiosk({ dataDir: dir, now: clock.now, env: { [SMS_SECRET_ENV]: SECRET } });
  };
  const call = (method: string, args: unknown, ctx = staff) => dispatch(kiosk.handlers, method, args, ctx);
  const submit = async (contact: Draft['contact']) =>
    (await call('submit', draft({ contact }), callContext(null, `ip:192.0.2.${++callers}`))) as SubmitResult;
  const consenting = () => submit({ anonymous: false, name: '王阿姨', phone: '13800138000', smsConsent: true });
  const tick = () => kiosk.sms!.tick();
  const messagesOf = (id: number) => kiosk.store.sms.ofCase(id);

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir());
    clock = fakeClock();
    double = await startSmsDouble(SECRET);
    kiosk = open();
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

  it('sends one SMS per status change, with the reference and never the description, name or location', async () => {
    const { id, ref } = await consenting();
    expect(await tick()).toMatchObject({ enqueued: 0, sent: 0 }); // queued: the resident holds the receipt
    await call('setStatus', { ids: [id], status: 'collected' });
    expect(await tick()).toMatchObject({ enqueued: 1, sent: 1 });
    expect(await tick()).toMatchObject({ enqueued: 0, sent: 0 });
    expect(double.delivered).toHaveLength(1);
    const { headers, body } = double.delivered[0]!;
    expect(body).toMatchObject({ to: '13800138000', template: 'received', language: 'zh-CN', ref });
    expect(body.text).toContain(ref);
    expect(headers['idempotency-key']).toBe(`linli-sms-${body.id}`);
    const everything = JSON.stringify(double.received);
    for (const written of ['楼上邻居半夜噪音', '3 号楼 502', '王阿姨']) expect(everything).not.toContain(written);
    expect(messagesOf(id)).toMatchObject([{ template: 'received', state: 'sent', attempts: 1 }]);
  });

  it('sends nothing to a resident who did not agree, or left no phone', async () => {
    const silent = await submit({ anonymous: false, name: '李伯', phone: '13900139000' });
    const anonymous = await submit({ anonymous: true });
    await call('setStatus', { ids: [silent.id, anonymous.id], status: 'collected' });
    expect(await tick()).toMatchObject({ enqueued: 0, sent: 0 });
    expect(double.received).toEqual([]);
  });

  it('refuses consent on an anonymous draft (it has no phone to send to)', async () => {
    await expect(submit({ anonymous: true, smsConsent: true })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('tells the resident of a public note only when the status changes, not of the note alone', async () => {
    const { id } = await consenting();
    await call('setStatus', { ids: [id], status: 'collected' });
    await call('setStatus', { ids: [id], status: 'collected', publicNote: '已联系物业' });
    expect(await tick()).toMatchObject({ enqueued: 1, sent: 1 });
  });

  it('tries a message the gateway refused again after the backoff, and sends it once it takes it', async () => {
    const { id } = await consenting();
    double.answerNext('error503', 'error503');
    await call('setStatus', { ids: [id], status: 'collected' });
    expect(await tick()).toMatchObject({ sent: 0, failed: 1 });
    expect(await tick()).toMatchObject({ sent: 0, failed: 0 }); // not due yet
    clock.advance(SMS_RETRY_DELAYS_MS[0]);
    expect(await tick()).toMatchObject({ sent: 0, failed: 1 });
    expect(messagesOf(id)[0]).toMatchObject({
      state: 'pending',
      attempts: 2,
      lastError: expect.stringContaining('HTTP 503'),
    });
    clock.advance(SMS_RETRY_DELAYS_MS[1]);
    expect(await tick()).toMatchObject({ sent: 1 });
    expect(double.received).toHaveLength(3);
    expect(double.delivered).toHaveLength(1);
    expect(messagesOf(id)[0]).toMatchObject({ state: 'sent', attempts: 3, lastError: null });
  });

  it('gives up after the configured attempts, with the reason for staff in the case and the audit log', async () => {
    const { id, ref } = await consenting();
    double.answerNext('error503', 'error503', 'error503');
    await call('setStatus', { ids: [id], status: 'collected' });
    for (const delay of [0, ...SMS_RETRY_DELAYS_MS.slice(0, 2)]) {
      clock.advance(delay);
      await tick();
    }
    clock.advance(60 * 60_000);
    expect(await tick()).toMatchObject({ sent: 0, failed: 0 });
    expect(messagesOf(id)[0]).toMatchObject({
      state: 'failed',
      attempts: 3,
      lastError: expect.stringContaining('503'),
    });
    const audit = kiosk.store.audit.list(50).filter((e) => e.action === 'sms.failed');
    expect(audit.map((e) => JSON.parse(e.detail!))).toMatchObject([{ ref, attempts: 3 }]);
    await call('staffLogin', { pin: PIN }); // the hour of retries outlasted the session
    const shown = (await call('smsMessages', { id })) as { items: { state: string; phone: string }[] };
    expect(shown.items).toMatchObject([{ state: 'failed', phone: '•••8000' }]);
    expect(JSON.stringify(shown)).not.toContain('13800138000');
  });

  it('never sends again a message the gateway may have taken (no answer), and says so', async () => {
    kiosk.close();
    kiosk = openKiosk({
      dataDir: dir,
      now: clock.now,
      env: { [SMS_SECRET_ENV]: SECRET },
      // What postOnce answers when the request left and the answer was cut off (httpClient.test.ts shows it does).
      smsPost: async () => ({ kind: 'no-answer', reason: 'the answer was cut off' }),
    });
    const { id } = await consenting();
    await kiosk.store.submissions.setStatus({ ids: [id], status: 'collected', by: 'test' });
    expect(await tick()).toMatchObject({ uncertain: 1 });
    clock.advance(24 * 60 * 60_000);
    expect(await tick()).toMatchObject({ sent: 0, failed: 0, uncertain: 0 });
    expect(messagesOf(id)[0]).toMatchObject({ state: 'uncertain', attempts: 1 });
  });

  it('holds as uncertain a message left `sending` by a kiosk that stopped mid-send', async () => {
    const { id } = await consenting();
    await call('setStatus', { ids: [id], status: 'collected' });
    kiosk.store.sms.enqueue(new Date(0));
    const [message] = kiosk.store.sms.due(1);
    expect(kiosk.store.sms.claim(message!.id, 'a-process-that-died')).toBe(true);
    clock.advance(10 * 60_000);
    expect(await tick()).toMatchObject({ uncertain: 1, sent: 0 });
    expect(double.received).toEqual([]);
  });

  it('forgets the phone with the retention purge, and a text not sent yet goes with it', async () => {
    const { id } = await consenting();
    double.answerNext('error503');
    await call('setStatus', { ids: [id], status: 'collected' });
    await tick();
    await kiosk.store.submissions.setStatus({ ids: [id], status: 'closed', by: 'test' });
    kiosk.store.sms.enqueue(new Date(0));
    clock.advance(60_000);
    expect(kiosk.store.retention.redactClosedBefore(new Date(clock.now().getTime() + 1), 'test')).toBe(1);
    expect(messagesOf(id).map((m) => [m.template, m.state, m.phone])).toEqual([
      ['received', 'cancelled', null],
      ['closed', 'cancelled', null],
    ]);
    clock.advance(60 * 60_000);
    expect(await tick()).toMatchObject({ sent: 0 });
    expect(double.delivered).toEqual([]);
  });

  it('does not start without the secret in the environment, and never puts it in the message', () => {
    kiosk.close();
    expect(() => openKiosk({ dataDir: dir, now: clock.now, env: {} })).toThrow(ConfigError);
    kiosk = open();
  });
});
