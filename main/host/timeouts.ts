import type { IncomingMessage, Server, ServerOptions, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * How long the browser host waits for a client, each the time that holds
 * (tested with raw sockets in test/unit/main/host/slowClients.test.ts).
 */
export interface HostTimeouts {
  /** From connecting (or the previous answer) to the end of a request's headers. */
  headersMs: number;
  /** From connecting to the end of the whole request, body included. */
  requestMs: number;
  /**
   * A kept-alive connection with no request on it, as the `Keep-Alive` header tells the client. Node
   * closes it 1 s later than that (HTTP_SERVER_KEEP_ALIVE_TIMEOUT_BUFFER, so that a client reusing the
   * connection at the last moment is not reset).
   */
  idleMs: number;
  /** After refusing a body as too large: how long the answer is given to reach the client before the connection is cut. */
  lingerMs: number;
}

export const DEFAULT_TIMEOUTS: HostTimeouts = { headersMs: 10_000, requestMs: 30_000, idleMs: 5_000, lingerMs: 2_000 };

/**
 * The options for http.createServer. Node enforces `headersTimeout` and
 * `requestTimeout` only when it checks its connections, every
 * `connectionsCheckingInterval` (30 s by default: a 30 s timeout then held
 * for up to 60 s). Checking every tenth of the shorter timeout makes each
 * hold within 10 %.
 */
export function serverOptions(timeouts: HostTimeouts): ServerOptions {
  return {
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    keepAliveTimeout: timeouts.idleMs,
    connectionsCheckingInterval: Math.max(10, Math.min(timeouts.headersMs, timeouts.requestMs) / 10),
  };
}

/** What the options above do not cover: a socket with no traffic at all (say, while an answer is being read). */
export function applySocketTimeout(server: Server, timeouts: HostTimeouts): void {
  server.timeout = timeouts.requestMs;
}

/**
 * After answering a request whose body is too large: the connection is
 * closed, and the rest of the body is not read (it may be tens of MB). Node
 * would otherwise either read it to the end (to keep the connection alive)
 * or, with `Connection: close`, cut the connection as soon as the answer is
 * written, while the client is still sending — which resets the connection
 * and can make the client lose the answer it has not read yet. So the body
 * is left unread (the paused request stops the socket once its buffer is
 * full), our side is closed after the answer, and the connection is cut
 * `lingerMs` later or as soon as the client closes its side.
 */
export function closeWithoutReading(req: IncomingMessage, res: ServerResponse, lingerMs: number): void {
  req.pause();
  res.setHeader('Connection', 'close');
  const socket: Socket = req.socket;
  // Node calls destroySoon on a `Connection: close` response's socket once the answer is written.
  socket.destroySoon = () => {
    socket.end();
    const cut = setTimeout(() => socket.destroy(), lingerMs);
    cut.unref();
    socket.once('close', () => clearTimeout(cut));
  };
}
