import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeHttpClient } from '../../../../main/forwarding/httpClient';
import { closedPort } from './open311Server';

describe('nodeHttpClient', () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
    server = undefined;
  });

  async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
    server = createServer(handler);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/requests.json`;
  }

  it('posts the form as UTF-8 and returns the answer', async () => {
    let seen = '';
    const url = await listen((req, res) => {
      req.on('data', (c: Buffer) => {
        seen += c.toString('utf8');
      });
      req.on('end', () => res.writeHead(201).end('[{"token":"t"}]'));
    });
    const outcome = await nodeHttpClient().postForm(url, new URLSearchParams({ description: '漏水 & 噪音' }));
    expect(outcome).toEqual({ kind: 'answered', status: 201, body: '[{"token":"t"}]' });
    expect(new URLSearchParams(seen).get('description')).toBe('漏水 & 噪音');
  });

  it('says not-sent when no connection could be made', async () => {
    const outcome = await nodeHttpClient().postForm(`http://127.0.0.1:${await closedPort()}/x`, new URLSearchParams());
    expect(outcome).toEqual({ kind: 'not-sent', reason: 'ECONNREFUSED' });
  });

  it('says no-answer when the request went out and nothing came back in time', async () => {
    const url = await listen(() => {});
    const outcome = await nodeHttpClient({ timeoutMs: 200 }).postForm(url, new URLSearchParams({ a: '1' }));
    expect(outcome).toEqual({ kind: 'no-answer', reason: 'no answer within 0.2 s' });
  });

  it('says no-answer when a success is cut off, but answered when an error status is', async () => {
    const url = await listen((req, res) => {
      req.resume();
      res.writeHead(req.url?.includes('fail') ? 500 : 200, { 'Content-Length': 100 });
      res.write('[{"service_req');
      setTimeout(() => res.destroy(), 20);
    });
    expect((await nodeHttpClient().postForm(url, new URLSearchParams())).kind).toBe('no-answer');
    expect(await nodeHttpClient().postForm(`${url}?fail`, new URLSearchParams())).toMatchObject({
      kind: 'answered',
      status: 500,
    });
  });

  it('stops reading an answer longer than the limit', async () => {
    const url = await listen((req, res) => {
      req.resume();
      res.writeHead(200).end('x'.repeat(5000));
    });
    const outcome = await nodeHttpClient({ maxBodyBytes: 1000 }).postForm(url, new URLSearchParams());
    expect(outcome).toEqual({ kind: 'no-answer', reason: 'the answer is longer than 1000 bytes' });
  });
});
