// The browser host's own defences, on a real server on 127.0.0.1 with a real SQLite file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Kiosk, openKiosk } from '../../../../main/compose';
import { ConfigFile } from '../../../../main/config/schema';
import { createHost, type Host } from '../../../../main/host/createHost';
import { tempDir } from '../support';
import { post, request } from './httpClient';

let dir: string;
let cleanup: () => void;
let kiosk: Kiosk;
let host: Host | undefined;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(async () => {
  await host?.close();
  host = undefined;
  kiosk.close();
  cleanup();
});

async function start(config: object = {}): Promise<Host> {
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
  kiosk = openKiosk({ dataDir: dir });
  await kiosk.staffAuth.setPin('2468', 'test');
  const { bind, publicOrigin } = kiosk.config.host;
  host = await createHost({ kiosk, staticDir: join(dir, 'no-build'), bind, port: 0, publicOrigin });
  return host;
}

describe('the browser host', () => {
  it('listens on 127.0.0.1 unless the config says otherwise', async () => {
    const { url } = await start();
    expect(kiosk.config.host.bind).toBe('127.0.0.1');
    expect(new URL(url).hostname).toBe('127.0.0.1');
  });

  it('gives a staff cookie without Secure over plain HTTP on the kiosk itself', async () => {
    const { url } = await start();
    const cookie = String((await post(url, 'staffLogin', { pin: '2468' })).headers['set-cookie']);
    expect(cookie).toContain('HttpOnly; SameSite=Strict');
    expect(cookie).not.toContain('Secure');
  });

  describe('behind a TLS proxy (host.publicOrigin)', () => {
    const publicOrigin = 'https://kiosk.centre.example';
    const viaProxy = { Host: 'kiosk.centre.example', Origin: publicOrigin };

    it('makes the staff cookie Secure as well as HttpOnly and SameSite=Strict', async () => {
      const { url } = await start({ host: { publicOrigin } });
      const login = await post(url, 'staffLogin', { pin: '2468' }, viaProxy);
      expect(login.status).toBe(200);
      expect(String(login.headers['set-cookie'])).toMatch(/; HttpOnly; SameSite=Strict; Path=\/; Secure$/);
    });

    it('answers at the public name and origin, and still refuses others', async () => {
      const { url } = await start({ host: { publicOrigin } });
      expect((await request(url, '/healthz', { headers: { Host: 'kiosk.centre.example' } })).status).toBe(200);
      expect((await post(url, 'getKioskConfig', {}, viaProxy)).status).toBe(200);
      expect((await post(url, 'getKioskConfig', {}, { ...viaProxy, Origin: 'https://evil.example' })).status).toBe(403);
      expect(
        (await post(url, 'getKioskConfig', {}, { ...viaProxy, Origin: 'http://kiosk.centre.example.evil' })).status,
      ).toBe(403);
      expect((await request(url, '/healthz', { headers: { Host: 'evil.example' } })).status).toBe(403);
    });

    it('is an origin only: the config refuses a path or another scheme', () => {
      expect(ConfigFile.safeParse({ host: { publicOrigin: 'https://kiosk.centre.example/staff' } }).success).toBe(
        false,
      );
      expect(ConfigFile.safeParse({ host: { publicOrigin: 'ftp://kiosk.centre.example' } }).success).toBe(false);
      expect(ConfigFile.parse({ host: { publicOrigin: 'https://Kiosk.Centre.Example/' } }).host.publicOrigin).toBe(
        publicOrigin,
      );
    });
  });
});
