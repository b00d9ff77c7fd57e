// Electron cannot run here (no binary, no display), so `electron` is replaced by a
// recording fake (./fakeElectron.ts) whose net.fetch reads file:// URLs from disk.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { serveRenderer } from '../../../../main/electron/protocol';
import { pageMetaContentSecurityPolicy } from '../../../../main/host/contentSecurity';
import { SECURITY_HEADERS } from '../../../../main/host/respond';
import { fake } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

const CSP = SECURITY_HEADERS['Content-Security-Policy']!;
const directives = (policy: string) =>
  new Map(policy.split(';').map((d) => d.trim().split(/\s+(.*)/s, 2) as [string, string]));

let rendererDir: string;
beforeAll(() => {
  rendererDir = mkdtempSync(path.join(tmpdir(), 'linli-csp-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Linli</title>');
});
afterAll(() => rmSync(rendererDir, { recursive: true, force: true }));
beforeEach(() => fake.reset());

describe('the Content-Security-Policy of the kiosk page', () => {
  it.each(['app://kiosk/', 'app://kiosk/missing.js'])(
    'comes with every app:// response, found or not: %s',
    async (url) => {
      serveRenderer(rendererDir);
      const response = await fake.protocolHandlers.get('app')!(new Request(url));
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name)).toBe(value);
    },
  );

  it('allows only the app itself: no inline or eval script, no plugins, no framing, no foreign connections', () => {
    const policy = directives(CSP);
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.has('script-src')).toBe(false); // so scripts fall back to default-src 'self'
    expect(CSP).not.toMatch(/unsafe-eval|\*|http:|https:/);
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'none'");
    expect(policy.get('connect-src')).toBe("'self'");
  });

  it('is also in the page itself: the same, less frame-ancestors, widened only for speech services', () => {
    const html = readFileSync(fileURLToPath(new URL('../../../../renderer/index.html', import.meta.url)), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(pageMetaContentSecurityPolicy());
    const page = directives(meta!);
    const header = directives(CSP);
    header.delete('frame-ancestors');
    // Every directive of the header is in the page, with at least its sources; only connect-src and media-src differ.
    for (const [name, value] of header) {
      if (name === 'connect-src') expect(page.get(name)!.startsWith(value)).toBe(true);
      else expect(page.get(name), name).toBe(value);
    }
    expect([...page.keys()].filter((name) => !header.has(name))).toEqual(['media-src']);
    // TLS anywhere, plain text only to this machine, never everything.
    expect(page.get('connect-src')).not.toMatch(/(^|\s)(http:|ws:|\*)(\s|$)/);
  });
});
