import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SubmitResult } from '../../../../app/contract/kioskApi';
import type { Draft } from '../../../../app/domain/submission';
import { type Kiosk, openKiosk } from '../../../../main/compose';
import {
  ABANDONED_AFTER_MS,
  RETRY_AFTER_FIRST_MS,
  RETRY_AFTER_MORE_MS,
  SENDS_PER_TICK,
} from '../../../../main/forwarding/forwarder';
import { type HttpClient, nodeHttpClient, type PostOutcome } from '../../../../main/forwarding/httpClient';
import { callContext, draft, fakeClock, tempDir } from '../support';
import { closedPort, startTestCity, type TestCity } from './open311Server';

const API_KEY = 'k-3f9a';
const JURISDICTION = 'linli.example.gov';
const SERVICE_CODES = { 'cmp.noise': 'NOISE-01', 'svc.health': 'HEALTH-7' };

describe('Forwarder against a loopback Open311 city', () => {
  let dir: string;
  let cleanup: () => void;
  let clock: ReturnType<typeof fakeClock>;
  let city: TestCity;
  let kiosk: Kiosk;

  function writeConfig(endpoint: string): void {
    const forwarding = { endpoint, apiKey: API_KEY, jurisdictionId: JURISDICTION, serviceCodes: SERVICE_CODES };
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ forwarding }));
  }
  // A city that answers is given all the time a loaded machine may need (a 0.4 s limit once counted a slow
  // loopback answer as none); the tests of a city that hangs wait only 0.4 s for it (`hanging`).
  const open = (http: HttpClient = nodeHttpClient({ timeoutMs: 30_000 })) =>
    openKiosk({ dataDir: dir, now: clock.now, forwardingHttp: http });
  const hanging = () => {
    kiosk.close();
    kiosk = open(nodeHttpClient({ timeoutMs: 400 }));
  };
  let callers = 0;
  // Each from an address of its own: these tests are about forwarding, not the residents' limits per source.
  const submit = async (overrides: Partial<Draft> = {}) =>
    (await kiosk.handlers.submit(draft(overrides), callContext(null, `ip:192.0.2.${++callers}`))) as SubmitResult;
  const tick = () => kiosk.forwarder!.tick();
  const entry = (id: number) => kiosk.store.outbox.get(id)!;
  const sentFor = (ref: string) => city.received.filter((r) => r['attribute[ref]'] === ref).length;

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir());
    clock = fakeClock();
    city = await startTestCity({
      apiKey: API_KEY,
      jurisdictionId: JURISDICTION,
      serviceCodes: Object.values(SERVICE_CODES),
    });
    writeConfig(city.endpoint);
    kiosk = open();
  });
  afterEach(async () => {
    kiosk.close();
    await city.close();
    cleanup();
  });

  it('sends a submission once, form-encoded with every field, and marks it forwarded by the forwarder', async () => {
    const { id, ref, createdAt } = await submit();
    expect(await tick()).toMatchObject({ enqueued: 1, sent: 1 });
    expect(city.malformed).toEqual([]);
    expect(city.received).toEqual([
      {
        service_code: 'NOISE-01',
        description: '楼上邻居半夜噪音',
        address_string: '3 号楼 502',
        first_name: '王阿姨',
        phone: '13800138000',
        device_id: 'kiosk-1',
        api_key: API_KEY,
        jurisdiction_id: JURISDICTION,
        'attribute[ref]': ref,
        'attribute[kind]': 'complaint',
        'attribute[language]': 'zh-CN',
        'attribute[anonymous]': 'false',
        'attribute[input_modes]': 'touch;voice',
        'attribute[created_at]': createdAt,
      },
    ]);
    expect(entry(id)).toMatchObject({ state: 'sent', serviceRequestId: '1001', token: null, failures: 0 });
    const submission = kiosk.store.submissions.getById(id)!;
    expect(submission.status).toBe('forwarded');
    expect(submission.history.at(-1)).toMatchObject({
      status: 'forwarded',
      by: 'forwarder',
      note: 'Open311: service_request_id 1001',
    });
    expect(kiosk.store.audit.list(1)[0]).toMatchObject({ actor: 'forwarder', action: 'forwarding.sent' });

    expect(await tick()).toMatchObject({ enqueued: 0, sent: 0 });
    expect(sentFor(ref)).toBe(1);
  });

  it('records a token when the city gives no id yet', async () => {
    city.answerNext('token');
    const { id } = await submit();
    await tick();
    expect(entry(id)).toMatchObject({ state: 'sent', serviceRequestId: null, token: 'tok-1001' });
    expect(kiosk.store.submissions.getById(id)!.history.at(-1)!.note).toBe('Open311: token tok-1001');
  });

  it('leaves out the contact fields a submission does not have, and leaves unmapped categories alone', async () => {
    const service = await submit({
      kind: 'service',
      category: 'svc.health',
      location: undefined,
      contact: { anonymous: false, name: undefined, phone: '13900139000' },
    });
    const unmapped = await submit({ kind: 'suggestion', category: 'sug.elderly', contact: { anonymous: true } });
    expect(await tick()).toMatchObject({ enqueued: 1, sent: 1 });
    expect(city.received[0]).toMatchObject({ service_code: 'HEALTH-7', phone: '13900139000' });
    expect(city.received[0]).not.toHaveProperty('first_name');
    expect(city.received[0]).not.toHaveProperty('address_string');
    expect(entry(service.id).state).toBe('sent');
    expect(kiosk.store.outbox.get(unmapped.id)).toBeUndefined();
    expect(kiosk.store.submissions.getById(unmapped.id)!.status).toBe('queued');
  });

  it('retries a refused request 5 minutes after the first failure, then every 30 minutes', async () => {
    city.answerNext('error500', 'error500');
    const { id, ref } = await submit();
    const start = clock.now().getTime();

    expect(await tick()).toMatchObject({ failed: 1 });
    expect(entry(id)).toMatchObject({
      state: 'pending',
      failures: 1,
      lastError: 'HTTP 500, code 500, 54 bytes: the city system is down',
    });
    expect(Date.parse(entry(id).nextTryAt!)).toBe(start + RETRY_AFTER_FIRST_MS);
    expect(kiosk.store.submissions.getById(id)!.status).toBe('queued');

    clock.advance(RETRY_AFTER_FIRST_MS - 1000);
    await tick();
    expect(sentFor(ref)).toBe(1);
    clock.advance(1000);
    expect(await tick()).toMatchObject({ failed: 1 });
    expect(sentFor(ref)).toBe(2);
    expect(entry(id).failures).toBe(2);
    expect(Date.parse(entry(id).nextTryAt!)).toBe(clock.now().getTime() + RETRY_AFTER_MORE_MS);

    clock.advance(RETRY_AFTER_MORE_MS - 1000);
    await tick();
    expect(sentFor(ref)).toBe(2);
    clock.advance(1000);
    expect(await tick()).toMatchObject({ sent: 1 });
    expect(sentFor(ref)).toBe(3);
    expect(entry(id)).toMatchObject({ state: 'sent', failures: 2, lastError: null, nextTryAt: null });
  });

  it('treats a city it cannot reach as a failure to retry (nothing was sent)', async () => {
    writeConfig(`http://127.0.0.1:${await closedPort()}/open311/v2`);
    kiosk.close();
    kiosk = open();
    const { id } = await submit();
    expect(await tick()).toMatchObject({ failed: 1 });
    expect(entry(id)).toMatchObject({ state: 'pending', failures: 1, lastError: 'not sent: ECONNREFUSED' });
  });

  it('treats an error page that is not JSON as a failure to retry', async () => {
    city.answerNext('badJson500');
    const { id } = await submit();
    await tick();
    expect(entry(id)).toMatchObject({
      state: 'pending',
      failures: 1,
      lastError: 'HTTP 500, 20 bytes: <h#>Bad gateway</h#>',
    });
  });

  it.each([
    ['hang', 'sent, no answer: no answer within 0.4 s'],
    ['badJson', 'HTTP 200 without a service_request_id or token, 15 bytes: [{"service_requ'],
  ] as const)(
    'holds a request the city may have taken (%s) as uncertain and never sends it again by itself',
    async (answer, reason) => {
      if (answer === 'hang') hanging();
      city.answerNext(answer);
      const { id, ref } = await submit();
      expect(await tick()).toMatchObject({ uncertain: 1 });
      expect(entry(id)).toMatchObject({ state: 'uncertain', failures: 1, lastError: reason });
      expect(kiosk.store.audit.list(1)[0]).toMatchObject({ actor: 'forwarder', action: 'forwarding.uncertain' });
      for (let i = 0; i < 3; i++) {
        clock.advance(RETRY_AFTER_MORE_MS);
        await tick();
      }
      expect(sentFor(ref)).toBe(1);
      expect(kiosk.store.submissions.getById(id)!.status).toBe('queued');

      // Staff checked with the city that it does not have it (admin outbox --retry): sent once more.
      expect(kiosk.store.outbox.retry(id)).toBe(true);
      expect(await tick()).toMatchObject({ sent: 1 });
      expect(sentFor(ref)).toBe(2);
      expect(kiosk.store.submissions.getById(id)!.status).toBe('forwarded');
    },
  );

  it('does not send what staff closed before its turn came', async () => {
    city.answerNext('error500');
    const { id, ref } = await submit();
    await tick();
    kiosk.store.submissions.setStatus({ ids: [id], status: 'closed', by: 'staff:1' });
    clock.advance(RETRY_AFTER_FIRST_MS);
    expect(await tick()).toMatchObject({ cancelled: 1 });
    expect(entry(id)).toMatchObject({ state: 'cancelled', lastError: 'the submission is closed' });
    expect(sentFor(ref)).toBe(1);
  });

  it('keeps the failure count and next try across a restart, and never sends a sent one again', async () => {
    city.answerNext('error500');
    const failing = await submit();
    await tick();
    const done = await submit();
    await tick();
    expect(entry(done.id).state).toBe('sent');

    kiosk.close();
    kiosk = open();
    expect(entry(failing.id)).toMatchObject({ state: 'pending', failures: 1 });
    await tick();
    expect(sentFor(failing.ref)).toBe(1); // not due yet

    kiosk.close();
    clock.advance(RETRY_AFTER_FIRST_MS);
    kiosk = open();
    expect(await tick()).toMatchObject({ sent: 1 });
    expect([sentFor(failing.ref), sentFor(done.ref)]).toEqual([2, 1]);
    expect(entry(failing.id).state).toBe('sent');
  });

  it('never sends again a request the city accepted just before the kiosk died, and holds it for staff', async () => {
    let answered: PostOutcome | undefined;
    // The city answers, then the process dies before the answer is committed: the promise never settles.
    const dying: HttpClient = {
      async postForm(url, form) {
        answered = await nodeHttpClient().postForm(url, form);
        return new Promise<PostOutcome>(() => {});
      },
    };
    kiosk.close();
    kiosk = open(dying);
    const { id, ref } = await submit();
    void kiosk.forwarder!.tick();
    await expect.poll(() => answered).toMatchObject({ kind: 'answered', status: 201 });
    expect(sentFor(ref)).toBe(1);
    kiosk.close();

    kiosk = open();
    expect(entry(id).state).toBe('sending');
    expect(await tick()).toMatchObject({ sent: 0, uncertain: 0 }); // the claim may still be live: left alone
    clock.advance(ABANDONED_AFTER_MS + 1000);
    expect(await tick()).toMatchObject({ sent: 0, uncertain: 1 });
    expect(entry(id)).toMatchObject({ state: 'uncertain', failures: 1 });
    expect(entry(id).lastError).toContain('the kiosk stopped while sending');
    clock.advance(RETRY_AFTER_MORE_MS);
    await tick();
    expect(sentFor(ref)).toBe(1);
  });

  it('runs one tick at a time: a tick called during a tick sends nothing twice', async () => {
    const { ref } = await submit();
    const [first, second] = await Promise.all([tick(), tick()]);
    expect(first).toEqual(second);
    expect(sentFor(ref)).toBe(1);
  });

  it('waits for the send in flight on stop, so it is recorded rather than left sending', async () => {
    hanging();
    city.answerNext('hang');
    const { id } = await submit();
    const ticking = tick();
    await expect.poll(() => city.received.length).toBe(1);
    await kiosk.forwarder!.stop();
    expect(entry(id).state).toBe('uncertain');
    await ticking;
    expect(await tick()).toMatchObject({ enqueued: 0, sent: 0 }); // stopped: does nothing
  });

  it(`sends at most ${SENDS_PER_TICK} per tick, the rest at the next`, async () => {
    for (let i = 0; i < SENDS_PER_TICK + 2; i++) await submit();
    expect(await tick()).toMatchObject({ enqueued: SENDS_PER_TICK + 2, sent: SENDS_PER_TICK });
    expect(await tick()).toMatchObject({ enqueued: 0, sent: 2 });
    expect(new Set(city.received.map((r) => r['attribute[ref]'])).size).toBe(SENDS_PER_TICK + 2);
  });

  it('is off without a forwarding config', () => {
    writeFileSync(join(dir, 'config.json'), '{}');
    kiosk.close();
    kiosk = open();
    expect(kiosk.forwarder).toBeNull();
  });
});
