import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { speechCacheFile } from '../speech/cacheFiles';
import { sendText } from './respond';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
};

/** Paths the renderer routes itself: each gets index.html, and the page decides by its path. */
const PAGES = new Set(['/', '/index.html', '/staff', '/staff/']);

export const NOT_BUILT = 'The renderer is not built: run `npm run build`.';

/** The built renderer, or null when `dir` has no index.html. */
export function rendererRoot(dir: string): string | null {
  return existsSync(join(dir, 'index.html')) ? realpathSync(dir) : null;
}

/** The file a path names inside `root`, or null for anything outside it, missing, or of a type not served. */
function resolveFile(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || CONTENT_TYPES[extname(decoded).toLowerCase()] === undefined) return null;
  const candidate = resolve(root, `.${decoded}`);
  if (!candidate.startsWith(root + sep)) return null;
  try {
    // realpath as well, so a symbolic link cannot lead out of the folder either.
    const real = realpathSync(candidate);
    return real.startsWith(root + sep) && statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}

/** Answers 405 to anything but GET and HEAD; true when it did. */
function refuseMethod(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method === 'GET' || req.method === 'HEAD') return false;
  res.setHeader('Allow', 'GET, HEAD');
  sendText(res, 405, 'Method not allowed');
  return true;
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: string, contentType: string, size: number): void {
  res.writeHead(200, {
    'Content-Type': contentType,
    'Content-Length': size,
    // Revalidate every time: a kiosk left running must pick up a new build, or a newly rendered prompt.
    'Cache-Control': 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/** Serves `/speech-cache/manifest.json` and `/speech-cache/<key>.mp3` from `cacheDir`; any other name is a 404. */
export function serveSpeechCache(cacheDir: string, req: IncomingMessage, res: ServerResponse, pathname: string): void {
  if (refuseMethod(req, res)) return;
  const found = speechCacheFile(cacheDir, pathname);
  if (found === null) sendText(res, 404, 'Not found');
  else sendFile(req, res, found.file, found.contentType, found.size);
}

/** Serves the renderer build: GET and HEAD, nothing outside its folder. */
export function serveStatic(root: string | null, req: IncomingMessage, res: ServerResponse, pathname: string): void {
  if (refuseMethod(req, res)) return;
  if (root === null) {
    sendText(res, PAGES.has(pathname) ? 503 : 404, PAGES.has(pathname) ? NOT_BUILT : 'Not found');
    return;
  }
  const file = PAGES.has(pathname) ? join(root, 'index.html') : resolveFile(root, pathname);
  if (file === null) {
    sendText(res, 404, 'Not found');
    return;
  }
  sendFile(req, res, file, CONTENT_TYPES[extname(file).toLowerCase()]!, statSync(file).size);
}
