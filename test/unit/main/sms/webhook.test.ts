import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postOnce } from '../../../../main/forwarding/httpClient';
import { webhookProvider } from '../../../../main/sms/webhook';
import { type SmsDouble, startSmsDouble } from '../../../fixtures/smsDouble';

const SECRET = 'hook-secret-91c2';
const message = {
  id: 12,
  phone: '13800138000',
  template: 'accepted' as const,
  language: 'en',
  ref: '1234566',
  text: 'ref. 1234566',
};

describe('Webhook SMS provider against a loopback gateway', () => {
  let double: SmsDouble;
  // A gateway that answers is given all the time a loaded machine may need; one that hangs is waited for 0.3 s.
  const provider = (secret = SECRET, url = double.url, timeoutMs = 30_000) =>
    webhookProvider({ url, secret, post: (u, body, headers) => postOnce(u, body, headers, { timeoutMs }) });

  beforeEach(async () => {
    double = await startSmsDouble(SECRET);
  });
  afterEach(() => double.close());

  it('POSTs the message as JSON with the shared secret and an idempotency key, and keeps the gateway’s id', async () => {
    expect(await provider().send(message)).toEqual({ kind: 'accepted', providerId: 'sms-1' });
    const [got] = double.delivered;
    expect(got!.body).toEqual({
      id: 12,
      to: '13800138000',
      template: 'accepted',
      language: 'en',
      ref: '1234566',
      text: 'ref. 1234566',
    });
    expect(got!.headers['content-type']).toMatch(/^application\/json/);
    expect(got!.headers['idempotency-key']).toBe('linli-sms-12');
  });

  it('takes a refusal (a wrong secret, a gateway down) as failed, with the status for staff', async () => {
    expect(await provider('wrong-secret').send(message)).toMatchObject({
      kind: 'failed',
      reason: expect.stringContaining('HTTP 401'),
    });
    double.answerNext('error503');
    expect(await provider().send(message)).toMatchObject({
      kind: 'failed',
      reason: expect.stringContaining('HTTP 503'),
    });
    expect(double.delivered).toEqual([]);
  });

  it('takes a gateway that read the message and never answered as uncertain: it may have sent it', async () => {
    double.answerNext('hang');
    expect(await provider(SECRET, double.url, 300).send(message)).toMatchObject({ kind: 'uncertain' });
  });

  it('takes a gateway that cannot be reached as failed: nothing left, so trying again is safe', async () => {
    await double.close();
    const gone = double.url;
    expect(await provider(SECRET, gone).send(message)).toMatchObject({
      kind: 'failed',
      reason: expect.stringContaining('not reached'),
    });
    double = await startSmsDouble(SECRET);
  });
});
