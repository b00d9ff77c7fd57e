import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { SECURITY_HEADERS } from '../host/respond';
import { isSpeechCachePath, speechCacheFile } from '../speech/cacheFiles';

/** The renderer's origin: a custom, standard and secure scheme instead of file:// (Electron security checklist, item 18). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const KIOSK_URL = `${APP_SCHEME}://${APP_HOST}/`;
export const STAFF_URL = `${APP_SCHEME}://${APP_HOST}/staff`;

/** Pages that are the single-page app itself; vite's `base: './'` keeps their asset paths right. */
const PAGES = new Set(['/', '/index.html', '/staff']);

/**
 * Whether a URL belongs to the app. Compared by scheme and host because the
 * WHATWG origin of a non-special scheme is opaque ("null") in Node.
 */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Must run before the app is ready: only then can a scheme be made privileged. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

/**
 * The file under `rendererDir` that an app:// URL names, or null when the URL
 * is not the app's or would leave the folder (`..`, encoded slashes or
 * backslashes, NUL).
 */
export function resolveAppFile(rendererDir: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  if (PAGES.has(pathname)) return path.join(rendererDir, 'index.html');
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${pathname.replaceAll('\\', '/')}`);
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return file;
}

/** The browser host's security headers (CSP with `frame-ancestors 'none'`, nosniff, no referrer) on an app:// response. */
export function withSecurityHeaders(
  response: Response,
  securityHeaders: Readonly<Record<string, string>> = SECURITY_HEADERS,
): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(securityHeaders)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

export interface ServeOptions {
  /** `<dataDir>/speech-cache`: served at `app://kiosk/speech-cache/` (manifest.json and `<key>.mp3` only). */
  speechCacheDir?: string;
  /** The security headers for the centre's config (main/host/respond.ts `securityHeaders`); by default without speech. */
  headers?: Readonly<Record<string, string>>;
}

/** A prerendered prompt or the cache's manifest, read whole: they are small, and the type is known by the name. */
async function speechCacheResponse(cacheDir: string | undefined, url: string): Promise<Response | null> {
  const found = cacheDir === undefined ? null : speechCacheFile(cacheDir, new URL(url).pathname);
  if (found === null) return null;
  const body = await readFile(found.file);
  return new Response(body, {
    status: 200,
    headers: { 'Content-Type': found.contentType, 'Cache-Control': 'no-cache' },
  });
}

/** Serves the renderer build (and the speech cache) from `app://kiosk/`, each response with the security headers; anything else is a 404. */
export function serveRenderer(rendererDir: string, { speechCacheDir, headers }: ServeOptions = {}): void {
  const secure = (response: Response) => withSecurityHeaders(response, headers);
  const notFound = () => secure(new Response('Not found', { status: 404 }));
  protocol.handle(APP_SCHEME, async (request) => {
    try {
      if (isAppUrl(request.url) && isSpeechCachePath(new URL(request.url).pathname)) {
        return secure(
          (await speechCacheResponse(speechCacheDir, request.url)) ?? new Response('Not found', { status: 404 }),
        );
      }
      const file = resolveAppFile(rendererDir, request.url);
      if (file === null) return notFound();
      // net.fetch on a file URL gives the right MIME type, which module scripts require.
      return secure(await net.fetch(pathToFileURL(file).href));
    } catch {
      return notFound();
    }
  });
}
