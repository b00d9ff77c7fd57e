// Electron cannot run here (no binary, no display), so `electron` is replaced by a
// recording fake (./fakeElectron.ts); the kiosk behind it (openKiosk, SQLite) is real.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../../../main/config/config';
import { startKioskApp } from '../../../../main/electron/lifecycle';
import { serveRenderer } from '../../../../main/electron/protocol';
import { SECURITY_HEADERS, securityHeaders } from '../../../../main/host/respond';
import { fake } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

const KEY = '0123456789abcdef';
const MP3 = Buffer.from([0xff, 0xfb, 0x90, 0x64, 1, 2, 3]);
const MANIFEST = '{"version":1,"format":"audio-24khz-48kbitrate-mono-mp3","entries":{}}\n';

let base: string;
let rendererDir: string;
let cacheDir: string;

beforeEach(() => {
  fake.reset();
  // The data folder, with a secret where a traversal out of the cache would land.
  base = mkdtempSync(path.join(tmpdir(), 'linli-speech-protocol-'));
  rendererDir = path.join(base, 'renderer');
  cacheDir = path.join(base, 'speech-cache');
  mkdirSync(rendererDir);
  mkdirSync(cacheDir);
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Linli</title>');
  writeFileSync(path.join(cacheDir, `${KEY}.mp3`), MP3);
  writeFileSync(path.join(cacheDir, 'manifest.json'), MANIFEST);
  writeFileSync(path.join(base, 'secret.txt'), 'staff PIN');
  symlinkSync(path.join(base, 'secret.txt'), path.join(cacheDir, 'aaaaaaaaaaaaaaaa.mp3'));
});
afterEach(() => {
  fake.app.emit('will-quit');
  vi.unstubAllEnvs();
  rmSync(base, { recursive: true, force: true });
});

async function get(url: string) {
  const response = await fake.protocolHandlers.get('app')!(new Request(url));
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

describe('the app:// protocol: the speech cache', () => {
  it('serves a prerendered prompt as audio/mpeg and the manifest as JSON, with the security headers', async () => {
    serveRenderer(rendererDir, { speechCacheDir: cacheDir });
    const audio = await get(`app://kiosk/speech-cache/${KEY}.mp3`);
    expect([audio.status, audio.headers.get('content-type'), audio.body]).toEqual([200, 'audio/mpeg', MP3]);
    expect(audio.headers.get('content-security-policy')).toBe(SECURITY_HEADERS['Content-Security-Policy']);
    const manifest = await get('app://kiosk/speech-cache/manifest.json');
    expect([manifest.status, manifest.headers.get('content-type')]).toEqual([200, 'application/json; charset=utf-8']);
    expect(manifest.body.toString()).toBe(MANIFEST);
  });

  it('answers 404 for a prompt not rendered, and for the whole cache when it has no folder', async () => {
    serveRenderer(rendererDir, { speechCacheDir: cacheDir });
    expect((await get('app://kiosk/speech-cache/fedcba9876543210.mp3')).status).toBe(404);
    fake.reset();
    serveRenderer(rendererDir);
    expect((await get(`app://kiosk/speech-cache/${KEY}.mp3`)).status).toBe(404);
  });

  it.each([
    'app://kiosk/speech-cache/../secret.txt',
    'app://kiosk/speech-cache/%2e%2e/secret.txt',
    'app://kiosk/speech-cache/..%2fsecret.txt',
    'app://kiosk/speech-cache/..%5csecret.txt',
    'app://kiosk/speech-cache/aaaaaaaaaaaaaaaa.mp3',
    `app://kiosk/speech-cache/${KEY.toUpperCase()}.mp3`,
    `app://kiosk/speech-cache/%30${KEY.slice(1)}.mp3`,
    `app://kiosk/speech-cache/${KEY}.mp3%00`,
    'app://kiosk/speech-cache/',
    `app://elsewhere/speech-cache/${KEY}.mp3`,
  ])('serves nothing but its own two kinds of file: %s', async (url) => {
    serveRenderer(rendererDir, { speechCacheDir: cacheDir });
    const { status, body } = await get(url);
    expect(body.toString()).not.toContain('staff PIN');
    expect(body.equals(MP3)).toBe(false);
    expect(status).toBe(404);
  });

  it('sends the headers it is given, on pages and prompts alike', async () => {
    const headers = securityHeaders(
      parseConfig({ speech: { provider: 'azure', azure: { region: 'eastasia' } } }).speech,
    );
    serveRenderer(rendererDir, { speechCacheDir: cacheDir, headers });
    for (const url of ['app://kiosk/', `app://kiosk/speech-cache/${KEY}.mp3`, 'app://kiosk/missing.js']) {
      expect((await get(url)).headers.get('content-security-policy')).toBe(headers['Content-Security-Policy']);
    }
  });
});

describe('the Electron kiosk with Azure speech', () => {
  it('serves the data folder’s speech cache and lets the page reach the configured region', async () => {
    writeFileSync(
      path.join(base, 'config.json'),
      JSON.stringify({ speech: { provider: 'azure', azure: { region: 'eastasia' } } }),
    );
    vi.stubEnv('LINLI_DATA_DIR', base);
    await startKioskApp({ rendererDir, preloadPath: path.join(base, 'preload.cjs') });
    const page = await get('app://kiosk/');
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("connect-src 'self' wss://eastasia.stt.speech.microsoft.com");
    expect(csp).toContain("media-src 'self' blob:");
    const audio = await get(`app://kiosk/speech-cache/${KEY}.mp3`);
    expect([audio.status, audio.body]).toEqual([200, MP3]);
  });
});
