import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SpeechToken } from '../../../../app/contract/kioskApi';
import { openKiosk } from '../../../../main/compose';
import { parseConfig } from '../../../../main/config/config';
import { createHost } from '../../../../main/host/createHost';
import { createSpeechTokenBroker, type Fetch } from '../../../../main/speech/tokenBroker';
import { post } from '../host/httpClient';
import { callContext, fakeClock, refusal, useTempDir } from '../support';
import { type FakeAzure, startFakeAzure } from './fakeAzure';

const KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const MINUTE = 60_000;

let azure: FakeAzure;
beforeEach(async () => {
  azure = await startFakeAzure(KEY);
});
afterEach(() => azure.close());

const realFetch: Fetch = (url, init) => fetch(url, init);

function broker(options: { key?: string | null; azure?: object; provider?: string; fetch?: Fetch } = {}) {
  const clock = fakeClock();
  const config = parseConfig({
    speech: {
      provider: options.provider ?? 'azure',
      azure: options.azure ?? { region: 'eastasia', tokenUrl: azure.tokenUrl },
    },
  });
  const tokens = createSpeechTokenBroker({
    speech: config.speech,
    subscriptionKey: options.key === undefined ? KEY : options.key,
    fetch: options.fetch ?? realFetch,
    now: clock.now,
  });
  return { tokens, clock };
}

describe('the speech-token broker', () => {
  it('fetches a token with the key header and hands out the same one for nine minutes', async () => {
    const { tokens, clock } = broker();
    const first = await tokens.current();
    expect(SpeechToken.parse(first)).toEqual({
      provider: 'azure',
      token: 'eyJ.token-1.sig',
      region: 'eastasia',
      expiresAt: expect.any(String),
      recognitionHost: null,
      synthesisHost: null,
    });
    expect(Date.parse(first.expiresAt!) - clock.now().getTime()).toBe(10 * MINUTE);
    clock.advance(9 * MINUTE - 1);
    expect(await tokens.current()).toEqual(first);
    expect(azure.tokenCalls).toBe(1);
    expect(azure.refusedTokenCalls).toBe(0);
    expect(azure.problems).toEqual([]);
  });

  it('fetches a new token a minute before the old one expires, expiring 10 minutes after it was issued', async () => {
    const { tokens, clock } = broker();
    const first = await tokens.current();
    clock.advance(9 * MINUTE);
    const second = await tokens.current();
    expect(second.token).toBe('eyJ.token-2.sig');
    expect(Date.parse(second.expiresAt!)).toBe(Date.parse(first.expiresAt!) + 9 * MINUTE);
    expect(azure.tokenCalls).toBe(2);
  });

  it('makes one request for callers that arrive while a fetch is on its way', async () => {
    const { tokens } = broker();
    const release = azure.holdTokens();
    const callers = Array.from({ length: 8 }, () => tokens.current());
    await expect.poll(() => azure.tokenCalls).toBe(1);
    release();
    const results = await Promise.all(callers);
    expect(new Set(results.map((r) => r.token))).toEqual(new Set(['eyJ.token-1.sig']));
    expect(azure.tokenCalls).toBe(1);
  });

  it('answers "unavailable" naming the speech service when the token service fails, and tries again next time', async () => {
    const { tokens } = broker();
    azure.tokenStatus = 503;
    const error = await refusal(tokens.current());
    expect(error.code).toBe('unavailable');
    expect(error.message).toBe('speech: the Azure Speech service refused a token (HTTP 503)');
    azure.tokenStatus = 200;
    expect((await tokens.current()).token).toBe('eyJ.token-2.sig');
  });

  it('says to check the key when Azure refuses it, without ever showing it', async () => {
    const { tokens } = broker({ key: 'wrong-key-0123456789' });
    const error = await refusal(tokens.current());
    expect(error.message).toBe(
      'speech: the Azure Speech service refused a token (HTTP 401): check the subscription key and region',
    );
    expect(azure.refusedTokenCalls).toBe(1);
    expect(JSON.stringify(error.toBody())).not.toContain('wrong-key-0123456789');
  });

  it('answers "unavailable" when the service cannot be reached at all', async () => {
    await azure.close();
    const { tokens } = broker();
    const error = await refusal(tokens.current());
    expect([error.code, error.message]).toEqual(['unavailable', 'speech: the Azure Speech service cannot be reached']);
  });

  it('never puts the key in a result or an error', async () => {
    const results: unknown[] = [await broker().tokens.current()];
    azure.tokenStatus = 500;
    results.push((await refusal(broker().tokens.current())).toBody());
    await azure.close();
    results.push((await refusal(broker().tokens.current())).toBody());
    results.push((await refusal(broker({ key: null }).tokens.current())).toBody());
    expect(results).toHaveLength(4);
    for (const result of results) expect(JSON.stringify(result)).not.toContain(KEY);
  });

  it("asks the region's own token service when no tokenUrl is given (Azure China's for a china region)", async () => {
    const asked: string[] = [];
    // Only the address is checked here; the request itself goes to the loopback service.
    const redirect: Fetch = (url, init) => {
      asked.push(url);
      return fetch(azure.tokenUrl, init);
    };
    await broker({ azure: { region: 'eastasia' }, fetch: redirect }).tokens.current();
    await broker({ azure: { region: 'chinaeast2' }, fetch: redirect }).tokens.current();
    expect(asked).toEqual([
      'https://eastasia.api.cognitive.microsoft.com/sts/v1.0/issueToken',
      'https://chinaeast2.api.cognitive.azure.cn/sts/v1.0/issueToken',
    ]);
  });

  it('gives a keyless speech container its hosts and no token, without asking anyone', async () => {
    const { tokens } = broker({
      key: null,
      azure: { recognitionHost: 'ws://speech-box:5000', synthesisHost: 'http://speech-box:5000' },
    });
    expect(await tokens.current()).toEqual({
      provider: 'azure',
      token: null,
      region: null,
      expiresAt: null,
      recognitionHost: 'ws://speech-box:5000',
      synthesisHost: 'http://speech-box:5000',
    });
    expect(azure.tokenCalls + azure.refusedTokenCalls).toBe(0);
  });

  it('answers "unavailable" for Azure by region with no key on this kiosk', async () => {
    const error = await refusal(broker({ key: null }).tokens.current());
    expect(error.message).toBe(
      'speech: the Azure Speech service has no subscription key on this kiosk (LINLI_AZURE_SPEECH_KEY or speech.azure.keyFile)',
    );
  });

  it.each(['off', 'native', 'scripted'])('needs no token for the %s provider', async (provider) => {
    expect(await broker({ provider }).tokens.current()).toEqual({
      provider,
      token: null,
      region: null,
      expiresAt: null,
    });
    expect(azure.tokenCalls).toBe(0);
  });
});

describe('speechToken over the KioskApi', () => {
  const temp = useTempDir();
  beforeEach(() => {
    writeFileSync(
      temp.path('config.json'),
      JSON.stringify({ speech: { provider: 'azure', azure: { region: 'eastasia', tokenUrl: azure.tokenUrl } } }),
    );
  });

  it('hands the renderer a token fetched with the key from the environment', async () => {
    const kiosk = openKiosk({ dataDir: temp.dir, env: { LINLI_AZURE_SPEECH_KEY: KEY } });
    try {
      const token = await kiosk.handlers.speechToken({}, callContext());
      expect(token).toMatchObject({ provider: 'azure', token: 'eyJ.token-1.sig', region: 'eastasia' });
      expect(JSON.stringify(await kiosk.handlers.getKioskConfig({}, callContext()))).not.toContain(KEY);
    } finally {
      kiosk.close();
    }
  });

  it('answers HTTP 503 with an error naming the speech service when Azure fails', async () => {
    const kiosk = openKiosk({ dataDir: temp.dir, env: { LINLI_AZURE_SPEECH_KEY: KEY } });
    const host = await createHost({ kiosk, staticDir: temp.path('no-build'), bind: '127.0.0.1', port: 0 });
    try {
      expect((await post(host.url, 'speechToken', {})).json().token).toBe('eyJ.token-1.sig');
      await azure.close();
      // Still cached: a failure shows only once a new token is needed.
      expect((await post(host.url, 'speechToken', {})).status).toBe(200);
    } finally {
      await host.close();
      kiosk.close();
    }
    const fresh = openKiosk({ dataDir: temp.dir, env: { LINLI_AZURE_SPEECH_KEY: KEY } });
    const freshHost = await createHost({ kiosk: fresh, staticDir: temp.path('no-build'), bind: '127.0.0.1', port: 0 });
    try {
      const reply = await post(freshHost.url, 'speechToken', {});
      expect(reply.status).toBe(503);
      expect(reply.json()).toEqual({
        error: { code: 'unavailable', message: 'speech: the Azure Speech service cannot be reached' },
      });
      expect(reply.text).not.toContain(KEY);
    } finally {
      await freshHost.close();
      fresh.close();
    }
  });
});
