import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Kiosk, openKiosk } from '../../../../main/compose';
import { createHost, type Host } from '../../../../main/host/createHost';
import { SECURITY_HEADERS } from '../../../../main/host/respond';
import { draft, tempDir } from '../support';
import { post, request } from './httpClient';

describe('browser host: the KioskApi over HTTP', () => {
  let dir: string;
  let cleanup: () => void;
  let kiosk: Kiosk;
  let host: Host;

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir());
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ staff: { maxFailures: 2, lockoutMinutes: 3 } }));
    kiosk = openKiosk({ dataDir: dir });
    host = await createHost({ kiosk, staticDir: join(dir, 'no-build'), bind: '127.0.0.1', port: 0 });
  });
  afterEach(async () => {
    await host.close();
    kiosk.close();
    cleanup();
  });

  async function expectStillServing() {
    expect((await request(host.url, '/healthz')).json()).toEqual({ ok: true });
    const submitted = await post(host.url, 'submit', draft());
    expect(submitted.status).toBe(200);
    expect(submitted.json().ref).toMatch(/^\d{7}$/);
  }

  it('answers a submit with its reference', async () => {
    const reply = await post(host.url, 'submit', draft());
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(kiosk.store.submissions.findByRef(reply.json().ref)).toBeDefined();
  });

  it('answers a call with an empty body as if it were {}', async () => {
    const reply = await request(host.url, '/api/getKioskConfig', { method: 'POST' });
    expect(reply.status).toBe(200);
    expect(reply.json().kioskId).toBe('kiosk-1');
  });

  it.each([
    ['a missing field', { ...draft(), category: undefined }, 'category'],
    ['a wrong type', { ...draft(), inputModes: 'touch' }, 'inputModes'],
    ['an unknown category', draft({ category: 'cmp.dragons' }), 'category'],
    ['a description of 4001 characters', draft({ description: 'x'.repeat(4001) }), 'description'],
    ['a phone number that is not one', draft({ contact: { anonymous: false, phone: '12345' } }), 'contact.phone'],
    ['a C1 control character in the description', draft({ description: '噪音\u0085' }), 'description'],
    ['a C1 control character in the location', draft({ location: '3 号楼\u009b' }), 'location'],
    ['a description of zero-width characters only', draft({ description: '\u200b\u2060\ufeff' }), 'description'],
  ])('answers 400 naming the field for %s, and keeps serving', async (_what, body, field) => {
    const reply = await post(host.url, 'submit', body);
    expect(reply.status).toBe(400);
    expect(reply.json().error).toMatchObject({ code: 'invalid', field });
    await expectStillServing();
  });

  it('answers 400 naming the body when it is not JSON', async () => {
    const reply = await post(host.url, 'submit', '{"kind": "complaint",');
    expect(reply.status).toBe(400);
    expect(reply.json().error).toMatchObject({ code: 'invalid', field: 'body' });
    expect((await post(host.url, 'submit', '[1, 2]')).json().error.field).toBe('body');
    await expectStillServing();
  });

  it('answers 413 to a 1 MB body without reading it all, and keeps serving', async () => {
    const reply = await post(host.url, 'submit', draft({ description: 'x'.repeat(1024 * 1024) }));
    expect(reply.status).toBe(413);
    expect(reply.json().error).toMatchObject({ code: 'too-large', field: 'body' });
    await expectStillServing();
  });

  it('answers 413 to a large body sent in chunks with no declared length', async () => {
    const chunk = Buffer.alloc(16 * 1024, 'x');
    const reply = await request(host.url, '/api/submit', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      body: Array.from({ length: 64 }, () => chunk),
    });
    expect(reply.status).toBe(413);
    await expectStillServing();
  });

  it('answers 415 naming the content type when it is not JSON', async () => {
    const reply = await request(host.url, '/api/submit', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify(draft()),
    });
    expect(reply.status).toBe(415);
    expect(reply.json().error).toMatchObject({ code: 'invalid', field: 'content-type' });
  });

  it('answers 404 for an unknown method and 405 for a GET', async () => {
    expect((await post(host.url, 'dropTables', {})).json().error.code).toBe('not-found');
    const get = await request(host.url, '/api/getKioskConfig');
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
  });

  it('refuses a call from a page of another origin with 403', async () => {
    const foreign = await post(host.url, 'submit', draft(), { Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.json().error.code).toBe('forbidden');
    expect(kiosk.store.submissions.list({}, { limit: 1, offset: 0 }).total).toBe(0);
    const own = await post(host.url, 'submit', draft(), { Origin: host.url.slice(0, -1) });
    expect(own.status).toBe(200);
  });

  it('refuses a request for another host name (DNS rebinding) with 403', async () => {
    const reply = await request(host.url, '/healthz', { headers: { Host: `evil.example:${host.port}` } });
    expect(reply.status).toBe(403);
    expect(reply.json().error.code).toBe('forbidden');
    const local = await request(host.url, '/healthz', { headers: { Host: `localhost:${host.port}` } });
    expect(local.status).toBe(200);
  });

  it('puts the security headers on every response', async () => {
    for (const reply of [
      await request(host.url, '/healthz'),
      await post(host.url, 'nothing', {}),
      await request(host.url, '/'),
      await request(host.url, '/healthz', { headers: { Host: 'evil.example' } }),
    ]) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(reply.headers[name.toLowerCase()]).toBe(value);
    }
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });

  it('serves the API and says the renderer is not built when there is no build', async () => {
    const page = await request(host.url, '/');
    expect(page.status).toBe(503);
    expect(page.text).toContain('npm run build');
    expect(host.rendererBuilt).toBe(false);
  });

  describe('staff session cookie', () => {
    const signIn = (pin: string) => post(host.url, 'staffLogin', { pin });

    it('sets an HttpOnly, SameSite=Strict cookie that opens staff methods, and clears it on sign-out', async () => {
      await kiosk.staffAuth.setPin('2468', 'test');
      expect((await post(host.url, 'listSubmissions', {})).status).toBe(401);
      const login = await signIn('2468');
      expect(login.status).toBe(200);
      const cookie = String(login.headers['set-cookie']);
      expect(cookie).toMatch(/^linli_staff=[\w-]+; HttpOnly; SameSite=Strict; Path=\/$/);
      const session = { Cookie: cookie.split(';')[0]! };
      expect((await post(host.url, 'listSubmissions', {}, session)).status).toBe(200);
      const logout = await post(host.url, 'staffLogout', {}, session);
      expect(String(logout.headers['set-cookie'])).toContain('Max-Age=0');
      expect((await post(host.url, 'listSubmissions', {}, session)).status).toBe(401);
    });

    it('says how to set a PIN when none is set', async () => {
      const reply = await signIn('2468');
      expect(reply.status).toBe(401);
      expect(reply.json().error.message).toContain('npm run -s admin -- set-pin');
    });

    it('answers 429 with Retry-After once this caller must wait after wrong PINs', async () => {
      await kiosk.staffAuth.setPin('2468', 'test');
      expect((await signIn('0000')).status).toBe(401);
      const waiting = await signIn('0000');
      expect(waiting.status).toBe(429);
      expect(waiting.headers['retry-after']).toBe('1');
      expect(waiting.json().error).toMatchObject({ code: 'rate-limited', retryAfterSeconds: 1 });
    });
  });
});

describe('browser host: the renderer build', () => {
  let dir: string;
  let cleanup: () => void;
  let kiosk: Kiosk;
  let host: Host;

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir());
    const build = join(dir, 'dist', 'renderer');
    mkdirSync(join(build, 'assets'), { recursive: true });
    writeFileSync(join(build, 'index.html'), '<!doctype html><title>Linli</title>');
    writeFileSync(join(build, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(build, 'assets', 'notes.txt'), 'not served');
    writeFileSync(join(dir, 'dist', 'secret.json'), '{"secret":true}');
    kiosk = openKiosk({ dataDir: join(dir, 'data') });
    host = await createHost({ kiosk, staticDir: build, bind: '127.0.0.1', port: 0 });
  });
  afterEach(async () => {
    await host.close();
    kiosk.close();
    cleanup();
  });

  it.each(['/', '/staff', '/?speech=scripted'])('serves index.html at %s', async (path) => {
    const reply = await request(host.url, path);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.text).toContain('<title>Linli</title>');
  });

  it('serves assets with their content type', async () => {
    const reply = await request(host.url, '/assets/app.js');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    '/../secret.json',
    '/%2e%2e/secret.json',
    '/assets/..%2f..%2fsecret.json',
    '/assets/notes.txt',
    '/missing.js',
    '/assets',
    '/%E0%A4%A.js',
  ])('answers 404 for %s', async (path) => {
    const reply = await request(host.url, path);
    expect(reply.status).toBe(404);
    expect(reply.text).not.toContain('secret');
  });

  it('answers 405 to a POST for a page', async () => {
    expect((await request(host.url, '/', { method: 'POST' })).status).toBe(405);
  });
});
