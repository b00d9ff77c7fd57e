import { type ClientRequest, request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Socket } from 'node:net';

/**
 * What became of one POST, told apart by whether the city can have received
 * it — which decides whether sending it again could make a duplicate.
 */
export type PostOutcome =
  /** The city answered with this status (the body may be cut short for an error status). */
  | { kind: 'answered'; status: number; body: string }
  /** No connection was made: the request never left, so trying again is safe. */
  | { kind: 'not-sent'; reason: string }
  /** The request went out but no complete answer came back: the city may have accepted it. */
  | { kind: 'no-answer'; reason: string };

/** How the forwarder talks to the city; tests pass their own. Never rejects: every failure is an outcome. */
export interface HttpClient {
  postForm(url: string, form: URLSearchParams): Promise<PostOutcome>;
}

export interface NodeHttpClientOptions {
  /** From the start of the request to the end of the answer. */
  timeoutMs?: number;
  /** Open311 answers are small; a longer one is not read to the end. */
  maxBodyBytes?: number;
}

const isSuccess = (status: number) => status >= 200 && status < 300;

/** POSTs with node:http(s), one fresh connection per request (no keep-alive), so "connected" means this request's socket. */
export function nodeHttpClient(options: NodeHttpClientOptions = {}): HttpClient {
  return {
    postForm: (url, form) =>
      postOnce(
        url,
        Buffer.from(form.toString(), 'utf8'),
        { 'Content-Type': FORM, Accept: 'application/json' },
        options,
      ),
  };
}

const FORM = 'application/x-www-form-urlencoded; charset=utf-8';

/**
 * One POST of `body` with these headers, its outcome told apart by whether the other side can have
 * received it (see PostOutcome). Shared by the forwarder and the SMS providers (main/sms/).
 */
export function postOnce(
  url: string,
  body: Buffer,
  headers: Record<string, string>,
  { timeoutMs = 30_000, maxBodyBytes = 64 * 1024 }: NodeHttpClientOptions = {},
): Promise<PostOutcome> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<PostOutcome>((resolve) => {
    let connected = false;
    let response: IncomingMessage | null = null;
    let settled = false;
    const chunks: Buffer[] = [];
    let size = 0;

    const finish = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(outcome);
    };
    /** Something went wrong: what it means depends on how far the exchange got. */
    const broken = (reason: string) => {
      if (!connected) return finish({ kind: 'not-sent', reason });
      // An error status already says the city did not take it, even if its body was cut short.
      if (response?.statusCode !== undefined && !isSuccess(response.statusCode)) {
        return finish({
          kind: 'answered',
          status: response.statusCode,
          body: Buffer.concat(chunks).toString('utf8'),
        });
      }
      finish({ kind: 'no-answer', reason });
    };

    const req: ClientRequest = send(target, {
      method: 'POST',
      agent: false,
      headers: { ...headers, 'Content-Length': body.length },
    });
    const timer = setTimeout(() => broken(`no answer within ${timeoutMs / 1000} s`), timeoutMs);
    req.on('socket', (socket: Socket) => {
      // TLS: nothing of the request leaves before the handshake is done.
      socket.once(target.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
        connected = true;
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => broken(error.code ?? error.message));
    req.on('response', (res) => {
      response = res;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBodyBytes) return broken(`the answer is longer than ${maxBodyBytes} bytes`);
        chunks.push(chunk);
      });
      res.on('end', () =>
        finish({ kind: 'answered', status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', (error: NodeJS.ErrnoException) => broken(error.code ?? error.message));
      res.on('aborted', () => broken('the answer was cut off'));
    });
    req.end(body);
  });
}
