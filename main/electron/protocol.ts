import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';

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

/** Serves the renderer build from `app://kiosk/`; anything else is a 404. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererDir, request.url);
    if (file === null) return new Response('Not found', { status: 404 });
    try {
      // net.fetch on a file URL gives the right MIME type, which module scripts require.
      return await net.fetch(pathToFileURL(file).href);
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
