// Electron cannot run here (no binary, no display), so `electron` is replaced by a
// recording fake (./fakeElectron.ts) whose net.fetch reads file:// URLs from disk.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { isAppUrl, registerAppScheme, resolveAppFile, serveRenderer } from '../../../../main/electron/protocol';
import { fake } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

let base: string;
let rendererDir: string;

beforeAll(() => {
  // A secret beside the renderer build, where a traversal would land.
  base = mkdtempSync(path.join(tmpdir(), 'linli-protocol-'));
  rendererDir = path.join(base, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Linli</title>');
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(base, 'secret.txt'), 'staff PIN');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));
beforeEach(() => fake.reset());

async function get(url: string): Promise<{ status: number; body: string }> {
  serveRenderer(rendererDir);
  const response = await fake.protocolHandlers.get('app')!(new Request(url));
  return { status: response.status, body: await response.text() };
}

describe('the app:// protocol', () => {
  it('is registered as a standard, secure scheme that fetch can use', () => {
    registerAppScheme();
    expect(fake.calls).toContainEqual([
      'protocol.registerSchemesAsPrivileged',
      [{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) }],
    ]);
  });

  it('serves the kiosk and the staff console from the same page', async () => {
    expect(await get('app://kiosk/')).toEqual({ status: 200, body: '<!doctype html><title>Linli</title>' });
    expect(await get('app://kiosk/staff')).toEqual({ status: 200, body: '<!doctype html><title>Linli</title>' });
  });

  it('serves the files of the renderer build', async () => {
    expect(await get('app://kiosk/assets/app.js')).toEqual({ status: 200, body: 'console.log(1)' });
  });

  it('answers 404 for a file that is not there', async () => {
    expect((await get('app://kiosk/assets/missing.js')).status).toBe(404);
  });

  it.each([
    'app://kiosk/../secret.txt',
    'app://kiosk/%2e%2e/secret.txt',
    'app://kiosk/..%2fsecret.txt',
    'app://kiosk/assets/..%2f..%2fsecret.txt',
    'app://kiosk/..%5csecret.txt',
    'app://kiosk/%2e%2e%5c..%5csecret.txt',
    'app://kiosk/assets%00/app.js',
    'app://kiosk/%E0%A4%A',
  ])('never serves anything outside the renderer build: %s', async (url) => {
    const { status, body } = await get(url);
    expect(body).not.toContain('staff PIN');
    expect(status).toBe(404);
  });

  it('refuses URLs that are not the app, whatever their path', () => {
    expect(resolveAppFile(rendererDir, 'app://elsewhere/index.html')).toBeNull();
    expect(resolveAppFile(rendererDir, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppFile(rendererDir, 'app://kiosk/')).toBe(path.join(rendererDir, 'index.html'));
  });

  it('tells the app origin from look-alikes', () => {
    expect(isAppUrl('app://kiosk/staff')).toBe(true);
    expect(isAppUrl('app://kiosk')).toBe(true);
    expect(isAppUrl('app://kiosk.evil/')).toBe(false);
    expect(isAppUrl('https://kiosk/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAppUrl(null)).toBe(false);
  });
});
