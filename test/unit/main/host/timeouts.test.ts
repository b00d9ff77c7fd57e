// Slow and idle clients against a real host on loopback, with raw sockets (net.connect) so each test
// controls every byte. The timeouts are set small through the host's options so the tests are quick;
// each test asserts that the server closed the connection, never how long it took.
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Kiosk, openKiosk } from '../../../../main/compose';
import { createHost, type Host } from '../../../../main/host/createHost';
import type { HostTimeouts } from '../../../../main/host/timeouts';

// The linger after a 413 is the time the client has to read the answer before the connection is cut (a
// cut connection's unread answer is lost): at 200 ms a loaded machine's client lost it now and then.
const TIMEOUTS: HostTimeouts = { headersMs: 300, requestMs: 600, idleMs: 100, lingerMs: 3_000 };
/** Far longer than any timeout above plus Node's checking interval, far shorter than Node's own defaults. */
const TEST_MS = 15_000;
/**
 * For the idle connection: Node closes it 1 s after the advertised keep-alive time (its
 * HTTP_SERVER_KEEP_ALIVE_TIMEOUT_BUFFER), and its default (5 s, so 6 s) must not pass.
 */
const IDLE_TEST_MS = 4_500;
const MiB = 1024 * 1024;

interface RawClient {
  socket: Socket;
  /** Everything the server sent so far. */
  received(): string;
  /** Resolves when the server has closed the connection (FIN or reset); this side never closes first. */
  closedByServer: Promise<void>;
  /** Writes unless the connection is gone. */
  send(text: string | Buffer): void;
}

function rawClient(port: number): Promise<RawClient> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    let closed = false;
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
    });
    socket.on('error', () => {}); // a reset after the server cut the connection is expected
    const closedByServer = new Promise<void>((done) => {
      socket.once('end', done); // FIN
      socket.once('close', () => {
        closed = true;
        done();
      });
    });
    socket.once('connect', () =>
      resolve({
        socket,
        received: () => text,
        closedByServer,
        send: (data) => {
          if (!closed && !socket.destroyed) socket.write(data);
        },
      }),
    );
    socket.once('error', reject);
  });
}

/** Sends one piece every `everyMs` until the connection is gone: activity, so only the timeout under test can end it. */
function trickle(client: RawClient, piece: string, everyMs = 50): () => void {
  const timer = setInterval(() => client.send(piece), everyMs);
  void client.closedByServer.then(() => clearInterval(timer));
  return () => clearInterval(timer);
}

describe('the browser host with slow and idle clients', () => {
  let dir: string;
  let kiosk: Kiosk;
  let host: Host;
  const clients: RawClient[] = [];
  const client = async () => {
    const c = await rawClient(host.port);
    clients.push(c);
    return c;
  };
  const head = (method: string, path: string, extra = '') =>
    `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n${extra}`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'linli-test-'));
    kiosk = openKiosk({ dataDir: dir });
    host = await createHost({
      kiosk,
      staticDir: join(dir, 'no-build'),
      bind: '127.0.0.1',
      port: 0,
      timeouts: TIMEOUTS,
    });
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.socket.destroy();
    vi.restoreAllMocks();
  });
  afterAll(async () => {
    await host.close();
    kiosk.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('closes a connection that never sends a request', { timeout: TEST_MS }, async () => {
    const c = await client();
    await c.closedByServer;
  });

  it('closes a connection whose headers trickle in, with 408', { timeout: TEST_MS }, async () => {
    const c = await client();
    c.send(head('GET', '/healthz'));
    trickle(c, 'X-Slow: a\r\n');
    await c.closedByServer;
    expect(c.received()).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('closes a connection whose body trickles in, without calling the method', { timeout: TEST_MS }, async () => {
    const c = await client();
    c.send(head('POST', '/api/submit', 'Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{'));
    trickle(c, ' ');
    await c.closedByServer;
    expect(c.received()).not.toMatch(/^HTTP\/1\.1 200/);
    expect(kiosk.store.submissions.list({}, { limit: 1, offset: 0 }).total).toBe(0);
  });

  it('closes a kept-alive connection left idle after an answer', { timeout: IDLE_TEST_MS }, async () => {
    const c = await client();
    c.send(head('GET', '/healthz', '\r\n'));
    await vi.waitFor(() => expect(c.received()).toContain('{"ok":true}'), { timeout: IDLE_TEST_MS });
    expect(c.received()).not.toMatch(/connection: close/i);
    await c.closedByServer;
  });

  it.each([
    ['a declared length past the limit', 'Content-Length: 67108864\r\n'],
    ['chunks with no declared length', 'Transfer-Encoding: chunked\r\n'],
  ])('answers 413 to %s and closes without reading the rest', { timeout: TEST_MS }, async (_what, length) => {
    const c = await client();
    const chunked = length.startsWith('Transfer');
    c.send(head('POST', '/api/submit', `Content-Type: application/json\r\n${length}\r\n`));
    const piece = Buffer.alloc(64 * 1024, 'x');
    const framed = chunked
      ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')])
      : piece;
    let gone = false;
    void c.closedByServer.then(() => {
      gone = true;
    });
    // As fast as the server takes it, up to 64 MiB: a server that reads it all takes it all.
    while (!gone && c.socket.bytesWritten < 64 * MiB) {
      if (!c.socket.write(framed)) {
        await Promise.race([new Promise((r) => c.socket.once('drain', r)), c.closedByServer]);
      }
    }
    await c.closedByServer;
    // What the kernel's buffers took before the server stopped reading, not the 64 MiB sent at it.
    expect(c.socket.bytesWritten).toBeLessThan(16 * MiB);
    expect(c.received()).toMatch(/^HTTP\/1\.1 413 /);
    expect(c.received()).toMatch(/connection: close/i);
  });

  it('logs one line, not a stack, for a client that hangs up in the middle of its body', {
    timeout: TEST_MS,
  }, async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const c = await client();
    // `Expect: 100-continue`: the server's "100 Continue" says it has the headers and is reading the body.
    const headers = 'Content-Type: application/json\r\nContent-Length: 1000\r\nExpect: 100-continue\r\n\r\n';
    c.send(head('POST', '/api/submit', headers));
    await vi.waitFor(() => expect(c.received()).toMatch(/^HTTP\/1\.1 100 Continue/), { timeout: TEST_MS });
    c.send('{"kind":');
    c.socket.destroy();
    await vi.waitFor(() => expect(logged).toHaveBeenCalled(), { timeout: TEST_MS });
    expect(logged).toHaveBeenCalledTimes(1);
    const args = logged.mock.calls[0]!;
    expect(args).toHaveLength(1);
    expect(args[0]).toMatch(/^linli: reading a call to submit failed: the client hung up \([A-Z_]+\)$/);
  });
});
