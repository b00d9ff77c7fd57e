import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Kiosk, openKiosk } from '../../../../main/compose';
import { createHost, type Host } from '../../../../main/host/createHost';
import { SHARED_PIN_HASH } from '../../../../main/staff/staffDirectory';
import { quickPinHash } from '../staff/support';
import { newSubmission, tempDir } from '../support';
import { post, request } from './httpClient';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A download as a browser sees it: its status and headers, the bytes that came, and whether the answer ended. */
function download(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; text: string; complete: boolean }>(
    (resolve, reject) => {
      // A connection of its own (no kept-alive one from an earlier call, which the host may be closing).
      const options = { method: init.method ?? 'GET', headers: init.headers, agent: false };
      const req = httpRequest(url, options, (res) => {
        const chunks: Buffer[] = [];
        const settle = () =>
          resolve({
            status: res.statusCode!,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
            complete: res.complete,
          });
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', settle);
        // A cut connection: 'end' never comes (or comes incomplete), the response errors or closes.
        res.on('error', settle);
        res.on('close', settle);
      });
      req.on('error', reject);
      if (init.body !== undefined) req.write(init.body);
      req.end();
    },
  );
}

describe('browser host: the export as a streamed download', () => {
  let cleanup: () => void;
  let kiosk: Kiosk;
  let host: Host;
  let cookie: Record<string, string>;

  beforeEach(async () => {
    let dir: string;
    ({ dir, cleanup } = tempDir());
    kiosk = openKiosk({ dataDir: dir });
    host = await createHost({ kiosk, staticDir: join(dir, 'no-build'), bind: '127.0.0.1', port: 0 });
    kiosk.store.settings.set(SHARED_PIN_HASH, quickPinHash('2468')); // the sign-in below is real, at a low cost
    // Not kept alive: a test's fill blocks the host for seconds, and a call on a connection the host's idle
    // timer is closing meanwhile would be reset.
    const login = await post(host.url, 'staffLogin', { pin: '2468' }, { Connection: 'close' });
    cookie = { Cookie: String(login.headers['set-cookie']).split(';')[0]! };
  });
  afterEach(async () => {
    await host.close();
    kiosk.close();
    cleanup();
  });

  /** 600 submissions (more than a batch of 500 and many chunks of 100 lines), some with text CSV must quote. */
  function fill(count = 600) {
    for (let i = 0; i < count; i++) {
      kiosk.store.submissions.submit(
        newSubmission({
          kind: i % 2 === 0 ? 'complaint' : 'service',
          category: i % 2 === 0 ? 'cmp.noise' : 'svc.health',
          description: i % 7 === 0 ? `楼上 "装修", 第 ${i} 条\n第二行` : `第 ${i} 条`,
        }),
      );
    }
  }

  const exports = () =>
    kiosk.store.audit
      .list(100)
      .filter((e) => e.action === 'submissions.export')
      .map((e) => ({ detail: JSON.parse(String(e.detail)) as unknown }));
  const url = (query: string) => new URL(`/api/exportSubmissions${query}`, host.url).toString();

  it('answers a POST asking for text/csv with the same bytes as the JSON answer, as an attachment, audited the same', async () => {
    fill();
    const json = await post(host.url, 'exportSubmissions', { format: 'csv' }, cookie);
    expect(json.status).toBe(200);
    const file = json.json() as { filename: string; contentType: string; body: string };
    const streamed = await download(url(''), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/csv', ...cookie },
      body: JSON.stringify({ format: 'csv' }),
    });
    expect(streamed.status).toBe(200);
    expect(streamed.complete).toBe(true);
    expect(streamed.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(streamed.headers['content-disposition']).toBe(`attachment; filename="${file.filename}"`);
    expect(streamed.headers['cache-control']).toBe('no-store');
    expect(streamed.headers['transfer-encoding']).toBe('chunked');
    expect(streamed.text.startsWith('\uFEFFref,created_at,')).toBe(true);
    // The header, 600 rows, and the empty end after the last CRLF (a line break inside a quoted cell is a bare LF).
    expect(streamed.text.split('\r\n')).toHaveLength(602);
    expect(streamed.text).toContain('"楼上 ""装修"", 第 0 条\n第二行"');
    expect(sha256(streamed.text)).toBe(sha256(file.body));
    const [second, first] = exports();
    expect(second!.detail).toEqual(first!.detail);
    expect(first!.detail).toEqual({ format: 'csv', count: 600, filter: {} });
  });

  it('streams megabytes, through many write buffers, with the bytes of the JSON answer', async () => {
    for (let i = 0; i < 200; i++) {
      // 4,000 characters, as long as a description may be: 12 kB of UTF-8 each, 2.4 MB in all.
      const description = `第 ${i} 条${'楼上装修噪音，'.repeat(600)}`.slice(0, 4000);
      kiosk.store.submissions.submit(newSubmission({ description }));
    }
    const file = (await post(host.url, 'exportSubmissions', { format: 'csv' }, cookie)).json() as { body: string };
    const streamed = await download(url('?format=csv'), { headers: cookie });
    expect(streamed.complete).toBe(true);
    expect(Buffer.byteLength(streamed.text)).toBeGreaterThan(2_000_000);
    expect(sha256(streamed.text)).toBe(sha256(file.body));
  });

  it('answers a GET with the filters in its query, for every format, as the JSON answer does', async () => {
    fill(120);
    const filter = { status: 'queued', kind: 'service', from: '2000-01-01T00:00:00+08:00' } as const;
    for (const format of ['csv', 'json', 'open311'] as const) {
      const file = (await post(host.url, 'exportSubmissions', { format, ...filter }, cookie)).json();
      const query = new URLSearchParams({ format, ...filter }).toString();
      const streamed = await download(url(`?${query}`), { headers: cookie });
      expect(streamed.status).toBe(200);
      expect(streamed.headers['content-type']).toBe(file.contentType);
      expect(streamed.text).toBe(file.body);
    }
    expect(exports()[0]!.detail).toEqual({ format: 'open311', count: 60, filter });
  });

  it('writes a file of only its header line when nothing matches', async () => {
    const streamed = await download(url('?format=csv'), { headers: cookie });
    expect(streamed.complete).toBe(true);
    expect(streamed.text).toMatch(/^\uFEFFref,[a-z_,]+,merged_into\r\n$/);
    expect(exports()[0]!.detail).toEqual({ format: 'csv', count: 0, filter: {} });
  });

  it.each([
    ['a status that is none', '?format=csv&status=lost', 'status'],
    ['a date that is not one', '?format=csv&from=yesterday', 'from'],
    ['a filter given twice', '?format=csv&kind=service&kind=complaint', 'kind'],
    ['no format', '?status=queued', 'format'],
    ['an assignee that is not a number', '?format=csv&assignee=me', 'assignee'],
  ])('refuses %s with the usual 400 naming the field, before any byte of a file', async (_what, query, field) => {
    fill(10);
    const reply = await request(host.url, `/api/exportSubmissions${query}`, { headers: cookie });
    expect(reply.status).toBe(400);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.headers['content-disposition']).toBeUndefined();
    expect(reply.json().error).toMatchObject({ code: 'invalid', field });
    expect(exports()).toEqual([]);
  });

  it('refuses a caller without a staff session (401), and one from another origin (403)', async () => {
    fill(10);
    expect((await request(host.url, '/api/exportSubmissions?format=csv')).status).toBe(401);
    const foreign = await request(host.url, '/api/exportSubmissions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/csv', Origin: 'http://evil.example', ...cookie },
      body: '{"format":"csv"}',
    });
    expect(foreign.status).toBe(403);
    expect(exports()).toEqual([]);
  });

  it.each([
    ['a GET a page of another site asked for', 'GET', { 'Sec-Fetch-Site': 'cross-site' }],
    ['a GET from another origin of the same site (another port)', 'GET', { 'Sec-Fetch-Site': 'same-site' }],
    ['a GET with an Origin not the kiosk’s', 'GET', { Origin: 'http://evil.example' }],
    ['a POST from another site that sent no Origin', 'POST', { 'Sec-Fetch-Site': 'cross-site' }],
    ['a POST from another origin of the same site, no Origin sent', 'POST', { 'Sec-Fetch-Site': 'same-site' }],
  ])('refuses %s with 403 before any byte, with the session cookie and all', async (_what, method, headers) => {
    fill(10);
    const post = method === 'POST';
    const reply = await request(host.url, `/api/exportSubmissions${post ? '' : '?format=csv'}`, {
      method,
      headers: { ...cookie, ...headers, ...(post && { 'Content-Type': 'application/json', Accept: 'text/csv' }) },
      ...(post && { body: '{"format":"csv"}' }),
    });
    expect(reply.status).toBe(403);
    expect(reply.headers['content-disposition']).toBeUndefined();
    expect(reply.json().error).toMatchObject({ code: 'forbidden' });
    expect(exports()).toEqual([]);
  });

  it('gives the file to the kiosk’s own pages and to an address typed in (same-origin, none)', async () => {
    fill(10);
    const own = new URL(host.url).origin;
    const fromConsole = await download(url('?format=csv'), {
      headers: { ...cookie, 'Sec-Fetch-Site': 'same-origin', Origin: own },
    });
    const typed = await download(url(''), {
      method: 'POST',
      headers: { ...cookie, 'Sec-Fetch-Site': 'none', 'Content-Type': 'application/json', Accept: 'text/csv' },
      body: '{"format":"csv"}',
    });
    for (const reply of [fromConsole, typed]) {
      expect(reply.status).toBe(200);
      expect(reply.text.split('\r\n')).toHaveLength(12);
    }
    expect(exports()).toHaveLength(2);
  });

  it('cuts the connection when the store fails part-way: the download is incomplete, the export recorded as cut', async () => {
    fill();
    const { caseFacts } = kiosk.store;
    const ofCases = caseFacts.ofCases.bind(caseFacts);
    let batches = 0;
    // The second batch of 500 fails as a disk gone bad would: after the first rows were sent.
    caseFacts.ofCases = (ids, assignees) => {
      if (++batches === 2) throw new Error('SQLITE_IOERR: disk I/O error');
      return ofCases(ids, assignees);
    };
    const streamed = await download(url('?format=csv'), { headers: cookie });
    expect(streamed.status).toBe(200);
    expect(streamed.text.length).toBeGreaterThan(0);
    expect(streamed.complete).toBe(false);
    expect(exports()[0]!.detail).toEqual({ format: 'csv', cut: true, filter: {} });
    // The host goes on serving, and the next export is whole.
    caseFacts.ofCases = ofCases;
    const again = await download(url('?format=csv'), { headers: cookie });
    expect(again.complete).toBe(true);
    expect(exports()[0]!.detail).toEqual({ format: 'csv', count: 600, filter: {} });
  });

  it('keeps the JSON answer for a plain POST, and GET still refused for every other method', async () => {
    const json = await post(host.url, 'exportSubmissions', { format: 'csv' }, { ...cookie, Accept: '*/*' });
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.json().body).toMatch(/^\uFEFFref,/);
    expect((await request(host.url, '/api/listSubmissions', { headers: cookie })).status).toBe(405);
  });
});
