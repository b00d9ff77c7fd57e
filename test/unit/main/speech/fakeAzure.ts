// A stand-in for the Azure Speech service on 127.0.0.1 (node:http): its token
// service (POST /sts/v1.0/issueToken) and its text-to-speech REST endpoint
// (POST /cognitiveservices/v1), checking what each request carries the way
// Azure does. Azure itself cannot be reached from the machines tests run on.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A few bytes that start like an MP3 frame: enough for a cache, not for a speaker. */
export const FAKE_MP3 = Buffer.from([0xff, 0xfb, 0x90, 0x64, 0x00, 0x0f, 0xf0, 0x00]);

export interface SynthesisRequest {
  /** The SSML as sent. */
  ssml: string;
  lang: string;
  voice: string;
  rate: string;
  /** The text inside <prosody>, with the five XML entities turned back. */
  text: string;
  headers: IncomingMessage['headers'];
}

export interface FakeAzure {
  url: string;
  tokenUrl: string;
  /** Token requests that carried the right key, and those that did not. */
  tokenCalls: number;
  refusedTokenCalls: number;
  synthesis: SynthesisRequest[];
  /** Problems with a request (a missing header, SSML that does not parse): a test expects none. */
  problems: string[];
  /** Status the token service answers (200 with a token, or this error). */
  tokenStatus: number;
  /** Holds token answers until released, so callers pile up while one fetch is on its way. */
  holdTokens(): () => void;
  /** Which synthesis requests fail, and with what status. */
  failSynthesis: (request: SynthesisRequest) => number | null;
  /** How a synthesis request must authenticate. */
  expectAuth: 'bearer' | 'key' | 'none';
  close(): Promise<void>;
}

const UNESCAPE: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const SSML =
  /^<speak version="1\.0" xmlns="http:\/\/www\.w3\.org\/2001\/10\/synthesis" xml:lang="([^"<>&]+)"><voice name="([^"<>]+)"><prosody rate="([^"<>&]+)">([^<>]*)<\/prosody><\/voice><\/speak>$/s;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startFakeAzure(key: string): Promise<FakeAzure> {
  const issued = new Set<string>();
  let held: Array<() => void> | null = null;

  async function token(req: IncomingMessage, res: ServerResponse) {
    if (req.headers['ocp-apim-subscription-key'] !== key) {
      fake.refusedTokenCalls++;
      res.writeHead(401).end('{"error":{"code":"401","message":"Access denied due to invalid subscription key."}}');
      return;
    }
    fake.tokenCalls++;
    if (req.headers['content-length'] !== '0') fake.problems.push('token request without Content-Length: 0');
    if (held !== null) await new Promise<void>((resolve) => held!.push(resolve));
    if (fake.tokenStatus !== 200) {
      res.writeHead(fake.tokenStatus).end('Service unavailable');
      return;
    }
    const value = `eyJ.token-${fake.tokenCalls}.sig`;
    issued.add(value);
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end(value);
  }

  function checkAuth(headers: IncomingMessage['headers']): boolean {
    const bearer = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1];
    if (fake.expectAuth === 'bearer') return bearer !== undefined && issued.has(bearer);
    if (fake.expectAuth === 'key') return headers['ocp-apim-subscription-key'] === key && !headers.authorization;
    return !headers.authorization && !headers['ocp-apim-subscription-key'];
  }

  async function synthesize(req: IncomingMessage, res: ServerResponse) {
    const ssml = await readBody(req);
    const { headers } = req;
    if (headers['content-type'] !== 'application/ssml+xml')
      fake.problems.push(`Content-Type ${headers['content-type']}`);
    if (headers['x-microsoft-outputformat'] !== 'audio-24khz-48kbitrate-mono-mp3') {
      fake.problems.push(`X-Microsoft-OutputFormat ${headers['x-microsoft-outputformat']}`);
    }
    if (!headers['user-agent']) fake.problems.push('no User-Agent');
    if (!checkAuth(headers)) {
      fake.problems.push(`unexpected authorization for "${fake.expectAuth}"`);
      res.writeHead(401).end();
      return;
    }
    const match = SSML.exec(ssml);
    if (match === null) {
      fake.problems.push(`SSML that does not parse: ${ssml}`);
      res.writeHead(400).end();
      return;
    }
    const [, lang, voice, rate, escaped] = match as unknown as [string, string, string, string, string];
    const text = escaped.replace(/&(amp|lt|gt|quot|apos);/g, (entity) => UNESCAPE[entity]!);
    if (/&(?!(amp|lt|gt|quot|apos);)/.test(escaped)) fake.problems.push(`a bare & in ${escaped}`);
    const request: SynthesisRequest = { ssml, lang, voice, rate, text, headers };
    fake.synthesis.push(request);
    const status = fake.failSynthesis(request);
    if (status !== null) {
      res.writeHead(status, { 'Content-Type': 'text/plain' }).end('Internal server error');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'audio/mpeg' }).end(FAKE_MP3);
  }

  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    const handle =
      req.method === 'POST' && path === '/sts/v1.0/issueToken'
        ? token
        : req.method === 'POST' && path === '/cognitiveservices/v1'
          ? synthesize
          : async (_: IncomingMessage, r: ServerResponse) => void r.writeHead(404).end();
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const fake: FakeAzure = {
    url,
    tokenUrl: `${url}/sts/v1.0/issueToken`,
    tokenCalls: 0,
    refusedTokenCalls: 0,
    synthesis: [],
    problems: [],
    tokenStatus: 200,
    holdTokens() {
      held = [];
      return () => {
        const waiting = held ?? [];
        held = null;
        for (const release of waiting) release();
      };
    },
    failSynthesis: () => null,
    expectAuth: 'bearer',
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return fake;
}
