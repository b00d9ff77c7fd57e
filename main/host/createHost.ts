import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Kiosk } from '../compose';
import { isSpeechCachePath, speechCacheDir } from '../speech/cacheFiles';
import { handleApiCall, refuseBody } from './apiRoute';
import { EXPORT_METHOD, handleExportDownload, wantsExportFile } from './exportRoute';
import { allowedHosts, checkDownloadSource, checkRequestSource } from './hostCheck';
import { internalError, securityHeaders, sendError, sendJson, setSecurityHeaders } from './respond';
import { rendererRoot, serveSpeechCache, serveStatic } from './staticFiles';
import { applySocketTimeout, DEFAULT_TIMEOUTS, type HostTimeouts, serverOptions } from './timeouts';

export interface HostOptions {
  /** Its config's speech settings shape the CSP; its data folder holds the speech cache. */
  kiosk: Pick<Kiosk, 'handlers' | 'downloads' | 'store' | 'config' | 'dataDir'>;
  /** The renderer build (dist/renderer); if it has no index.html only the API is served. */
  staticDir: string;
  /** A specific address (127.0.0.1 by default in the config). */
  bind: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** Where browsers reach the host through a TLS-terminating proxy (config `host.publicOrigin`). */
  publicOrigin?: string | undefined;
  /** How long a slow client is waited for; DEFAULT_TIMEOUTS where not given (tests give small ones). */
  timeouts?: Partial<HostTimeouts>;
}

export interface Host {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  port: number;
  rendererBuilt: boolean;
  close(): Promise<void>;
}

const API_PREFIX = '/api/';

/** The browser host: the renderer build and the KioskApi over HTTP, on one address. Resolves once listening. */
export async function createHost({
  kiosk,
  staticDir,
  bind,
  port,
  publicOrigin,
  timeouts: given,
}: HostOptions): Promise<Host> {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...given };
  const root = rendererRoot(staticDir);
  const headers = securityHeaders(kiosk.config.speech);
  const cacheDir = speechCacheDir(kiosk.dataDir);
  let allowed = new Set<string>();

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res, headers);
    const pathname = (req.url ?? '/').split('?')[0]!;
    const isApi = pathname.startsWith(API_PREFIX);
    const refused = checkRequestSource(req, allowed, isApi, publicOrigin);
    if (refused !== null) {
      refuseBody(req, res, timeouts.lingerMs);
      sendError(res, refused);
    } else if (isApi) {
      const secureCookie = publicOrigin?.startsWith('https:') ?? false;
      const method = pathname.slice(API_PREFIX.length);
      const options = { secureCookie, lingerMs: timeouts.lingerMs, behindProxy: publicOrigin !== undefined };
      // The export as a file, streamed (a GET, or a POST asking for text/csv); otherwise the contract's JSON answer.
      if (method === EXPORT_METHOD && wantsExportFile(req)) {
        const foreign = checkDownloadSource(req, publicOrigin);
        if (foreign === null) await handleExportDownload(kiosk.downloads, req, res, options);
        else {
          refuseBody(req, res, timeouts.lingerMs);
          sendError(res, foreign);
        }
      } else await handleApiCall(kiosk.handlers, method, req, res, options);
    } else if (pathname === '/healthz') {
      req.resume();
      const ok = kiosk.store.isOpen();
      sendJson(res, ok ? 200 : 503, { ok });
    } else if (isSpeechCachePath(pathname)) {
      req.resume();
      serveSpeechCache(cacheDir, req, res, pathname);
    } else {
      req.resume();
      serveStatic(root, req, res, pathname);
    }
  }

  const server = createServer(serverOptions(timeouts), (req, res) => {
    route(req, res).catch((error: unknown) => {
      console.error('linli: the browser host failed on a request:', error);
      if (!res.headersSent) sendError(res, internalError());
      else res.destroy();
    });
  });
  // Slow or idle clients must not hold connections open: see timeouts.ts.
  applySocketTimeout(server, timeouts);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, bind, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  allowed = allowedHosts(bind, actualPort, publicOrigin);
  const urlHost = bind.includes(':') ? `[${bind}]` : bind;

  return {
    url: `http://${urlHost}:${actualPort}/`,
    port: actualPort,
    rendererBuilt: root !== null,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
