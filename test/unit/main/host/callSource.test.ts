import type { IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { type Kiosk, openKiosk } from '../../../../main/compose';
import { callSource, sourceAddress } from '../../../../main/host/callSource';
import { createHost, type Host } from '../../../../main/host/createHost';
import { tempDir } from '../support';
import { request } from './httpClient';

const req = (remoteAddress: string, forwarded?: string) =>
  ({
    socket: { remoteAddress },
    headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
  }) as unknown as IncomingMessage;

describe('who is calling, for per-source throttles', () => {
  it('is the peer address, and X-Forwarded-For is ignored without a proxy (anyone could write it)', () => {
    expect(callSource(req('192.0.2.5'), false)).toBe('ip:192.0.2.5');
    expect(callSource(req('192.0.2.5', '198.51.100.1'), false)).toBe('ip:192.0.2.5');
  });

  it('is the address the configured proxy added last, not one the client wrote before it', () => {
    expect(callSource(req('127.0.0.1', '6.6.6.6, 198.51.100.1'), true)).toBe('ip:198.51.100.1');
    expect(callSource(req('127.0.0.1', 'not an address'), true)).toBe('ip:127.0.0.1');
    expect(callSource(req('127.0.0.1'), true)).toBe('ip:127.0.0.1');
  });

  it('counts IPv6 per /64, so one machine cannot take a fresh source for every guess', () => {
    expect(sourceAddress('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(sourceAddress('2001:db8:1:2::7')).toBe('2001:db8:1:2::/64');
    expect(sourceAddress('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(sourceAddress('::ffff:192.0.2.5')).toBe('192.0.2.5');
    expect(sourceAddress('::1')).toBe('::1');
  });
});

describe('the browser host behind its proxy (host.publicOrigin)', () => {
  let kiosk: Kiosk;
  let host: Host;
  let cleanup: () => void;
  afterEach(async () => {
    await host.close();
    kiosk.close();
    cleanup();
  });

  it('keeps staff at one forwarded address signing in while another floods', async () => {
    let dir: string;
    ({ dir, cleanup } = tempDir());
    kiosk = openKiosk({ dataDir: dir });
    await kiosk.staffAuth.setPin('2468', 'test');
    host = await createHost({
      kiosk,
      staticDir: dir,
      bind: '127.0.0.1',
      port: 0,
      publicOrigin: 'https://kiosk.centre.example',
    });
    const signIn = (pin: string, from: string) =>
      request(host.url, '/api/staffLogin', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': from },
        body: JSON.stringify({ pin }),
      });
    for (let i = 0; i < 5; i++) await signIn('0000', '198.51.100.66');
    expect((await signIn('0000', '198.51.100.66')).status).toBe(429);
    expect((await signIn('0000', '6.6.6.6, 198.51.100.66')).status).toBe(429);
    expect((await signIn('2468', '203.0.113.20')).status).toBe(200);
  });
});
