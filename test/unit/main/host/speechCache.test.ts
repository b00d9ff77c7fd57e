import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Kiosk, openKiosk } from '../../../../main/compose';
import { createHost, type Host } from '../../../../main/host/createHost';
import { SECURITY_HEADERS } from '../../../../main/host/respond';
import { tempDir } from '../support';

const KEY = '0123456789abcdef';
const MP3 = Buffer.from([0xff, 0xfb, 0x90, 0x64, 1, 2, 3]);
const MANIFEST = '{"version":1,"format":"audio-24khz-48kbitrate-mono-mp3","entries":{}}\n';

/** A request with its path exactly as given: `new URL` would resolve the dot segments a traversal tries. */
function rawGet(host: Host, path: string, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: host.port, path, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser host: the speech cache', () => {
  let dir: string;
  let cleanup: () => void;
  let kiosk: Kiosk;
  let host: Host;

  async function start(config?: object) {
    if (config !== undefined) writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
    kiosk = openKiosk({ dataDir: dir });
    host = await createHost({ kiosk, staticDir: join(dir, 'no-build'), bind: '127.0.0.1', port: 0 });
  }

  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    mkdirSync(join(dir, 'speech-cache'));
    writeFileSync(join(dir, 'speech-cache', `${KEY}.mp3`), MP3);
    writeFileSync(join(dir, 'speech-cache', 'manifest.json'), MANIFEST);
    writeFileSync(join(dir, 'speech-cache', 'notes.txt'), 'not served');
  });
  afterEach(async () => {
    await host.close();
    kiosk.close();
    cleanup();
  });

  it('serves a prerendered prompt as audio/mpeg and the manifest as JSON, from the data folder', async () => {
    await start();
    const audio = await rawGet(host, `/speech-cache/${KEY}.mp3`);
    expect([audio.status, audio.headers['content-type'], audio.body]).toEqual([200, 'audio/mpeg', MP3]);
    expect(audio.headers['content-security-policy']).toBe(SECURITY_HEADERS['Content-Security-Policy']);
    const manifest = await rawGet(host, '/speech-cache/manifest.json');
    expect([manifest.status, manifest.headers['content-type']]).toEqual([200, 'application/json; charset=utf-8']);
    expect(manifest.body.toString()).toBe(MANIFEST);
    const head = await rawGet(host, `/speech-cache/${KEY}.mp3`, 'HEAD');
    expect([head.status, head.headers['content-length'], head.body.length]).toEqual([200, String(MP3.length), 0]);
  });

  it('answers 404 for a prompt that is not rendered, and 405 to anything but GET and HEAD', async () => {
    await start();
    expect((await rawGet(host, '/speech-cache/fedcba9876543210.mp3')).status).toBe(404);
    expect((await rawGet(host, `/speech-cache/${KEY}.mp3`, 'POST')).status).toBe(405);
  });

  it('answers 404 for the manifest when nothing was ever rendered', async () => {
    cleanup();
    ({ dir, cleanup } = tempDir());
    await start();
    expect((await rawGet(host, '/speech-cache/manifest.json')).status).toBe(404);
  });

  it.each([
    '/speech-cache/../secret.txt',
    '/speech-cache/%2e%2e/secret.txt',
    '/speech-cache/..%2fsecret.txt',
    '/speech-cache/%2E%2E%2Fconfig.json',
    '/speech-cache/..\\secret.txt',
    '/speech-cache/notes.txt',
    '/speech-cache/',
    '/speech-cache',
    `/speech-cache/${KEY.toUpperCase()}.mp3`,
    `/speech-cache/${KEY}.mp3.tmp`,
    `/speech-cache/%30${KEY.slice(1)}.mp3`,
    `/speech-cache/x/../${KEY}.mp3`,
    `/speech-cache/${KEY}.mp3%00`,
    '/speech-cache/aaaaaaaaaaaaaaaa.mp3',
  ])('serves nothing but its own two kinds of file: %s', async (path) => {
    writeFileSync(join(dir, 'secret.txt'), 'the staff PIN');
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'speech-cache', 'aaaaaaaaaaaaaaaa.mp3'));
    await start();
    const reply = await rawGet(host, path);
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).not.toContain('the staff PIN');
  });

  it('sends a CSP that lets the page reach the Azure region and play blob: audio when speech is Azure', async () => {
    await start({ speech: { provider: 'azure', azure: { region: 'eastasia' } } });
    for (const path of ['/', '/healthz', `/speech-cache/${KEY}.mp3`]) {
      const csp = String((await rawGet(host, path)).headers['content-security-policy']);
      expect(csp).toContain("connect-src 'self' wss://eastasia.stt.speech.microsoft.com");
      expect(csp).toContain('https://eastasia.tts.speech.microsoft.com');
      expect(csp).toContain("media-src 'self' blob:");
      expect(csp).toContain("frame-ancestors 'none'");
    }
  });
});
