import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';

/**
 * A loopback stand-in for the Azure Speech service, the way an on-premises
 * speech container is reached (`ws://host:port`, `http://host:port`): the
 * recognition websocket answers each turn with a phrase the test scripted,
 * and `POST /cognitiveservices/v1` answers synthesis with a short silent MP3.
 * Everything the kiosk sent is recorded for the test to check.
 *
 * The wire format is the Speech SDK's (microsoft-cognitiveservices-speech-sdk,
 * common.speech/WebsocketMessageFormatter.js): a text frame is CRLF header
 * lines (`Path`, `X-RequestId`, `Content-Type`), a blank line and a JSON body;
 * a binary frame is a 2-byte big-endian header length, the headers, and the
 * audio. Each turn the SDK sends `speech.config` (once per connection),
 * `speech.context` (a new X-RequestId, with the phrase hints), a WAV header,
 * audio, and an empty audio frame at the end of the stream.
 */
export interface AzureSpeechDouble {
  /** `http://127.0.0.1:<port>`: the synthesis host (and token endpoint). */
  readonly httpUrl: string;
  /** `ws://127.0.0.1:<port>`: the recognition host. */
  readonly wsUrl: string;
  /** What the resident says in the next turn that listens. */
  say(text: string, confidence?: number): void;
  /** The next turn that listens hears nobody (the service's InitialSilenceTimeout). */
  stayQuiet(): void;
  /** Every turn of listening, in order. */
  readonly turns: readonly HeardTurn[];
  /** Every synthesis request, in order. */
  readonly syntheses: readonly SynthesisRequest[];
  /** Every token request (`POST /sts/v1.0/issueToken`). */
  readonly tokenRequests: readonly Record<string, string>[];
  /** Resolves with a turn that has received audio and waits for an answer (the newest, now or when there is one). */
  listening(timeoutMs?: number): Promise<HeardTurn>;
  /** Serves a file at `path` on a second origin (`pageUrl`), for a test page. */
  serve(path: string, body: string | Buffer, contentType: string): void;
  /** `http://127.0.0.1:<another port>`: a different origin from the service, as the kiosk's page is. */
  readonly pageUrl: string;
  /** The next synthesis request fails with this HTTP status (once). */
  failNextSynthesis(status: number): void;
  /** How long the synthesized audio lasts from now on (250 ms unless set). */
  synthesisLength(ms: number): void;
  /** Websocket connections open now (each turn's is closed when the turn ends). */
  readonly openConnections: number;
  close(): Promise<void>;
}

export interface HeardTurn {
  requestId: string;
  /** The websocket URL the SDK opened, with its query (language, format, token). */
  url: string;
  /** The `speech.config` of the connection (SDK and system info). */
  speechConfig: unknown;
  /** The turn's `speech.context`. */
  speechContext: unknown;
  /** The phrase hints found in `speech.context`. */
  phrases: string[];
  /** PCM bytes received after the WAV header. */
  audioBytes: number;
  /** The loudest 16-bit sample received: above zero only when the microphone really carried sound. */
  peak: number;
  /** What the double answered: the scripted text, `''` for silence, null while waiting. */
  answered: string | null;
  /** When the final result was sent (`performance.now()` in this process), null while waiting. */
  answeredAt?: number;
  /** The client sent its end of audio. */
  ended: boolean;
}

export interface SynthesisRequest {
  ssml: string;
  /** When the request reached the double (`performance.now()` in this process). */
  at: number;
  /** Request headers, names in lower case. */
  headers: Record<string, string>;
}

type Scripted = { text: string; confidence: number } | { text: null };

/** Enough audio that the turn is really listening (100 ms of 16 kHz 16-bit mono), not the SDK's follow-up turn. */
export const MIN_AUDIO_BYTES = 3200;
/** A turn whose audio stopped longer ago than this is one its client has let go (aborted, timed out). */
const STALE_AFTER_MS = 500;
const TICKS_PER_MS = 10_000;

export async function startAzureSpeechDouble(): Promise<AzureSpeechDouble> {
  const queue: Scripted[] = [];
  const turns: HeardTurn[] = [];
  const syntheses: SynthesisRequest[] = [];
  const tokenRequests: Record<string, string>[] = [];
  const waiters: ((turn: HeardTurn) => void)[] = [];
  const pages = new Map<string, { body: string | Buffer; type: string }>();
  const sockets = new Set<WebSocket>();
  const open = new Map<HeardTurn, WebSocket>();
  const lastAudio = new Map<HeardTurn, number>();
  let failSynthesis: number | null = null;
  let synthesisMs = 250;

  // Only a turn whose audio is flowing, the newest first: an older one still open is one its client
  // is winding down (aborted, its end of audio not yet here), and must not take the phrase meant
  // for the turn listening now.
  const answerWaiting = () => {
    for (const [turn, socket] of [...open].reverse()) {
      if (turn.answered !== null || turn.ended || turn.audioBytes < MIN_AUDIO_BYTES) continue;
      if (Date.now() - (lastAudio.get(turn) ?? 0) > STALE_AFTER_MS) continue;
      for (const waiter of waiters.splice(0)) waiter(turn);
      const next = queue.shift();
      if (next === undefined) continue;
      turn.answered = next.text ?? '';
      open.delete(turn);
      turn.answeredAt = performance.now();
      sendTurn(socket, turn.requestId, next);
    }
  };

  const wss = new WebSocketServer({ noServer: true });
  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    sockets.add(socket);
    let speechConfig: unknown = null;
    let current: HeardTurn | null = null;
    socket.on('message', (data: RawData, isBinary: boolean) => {
      const bytes = Buffer.isBuffer(data) ? data : Buffer.concat(data as Buffer[]);
      if (!isBinary) {
        const { headers, body } = parseText(bytes.toString('utf8'));
        const path = headers.path?.toLowerCase();
        if (path === 'speech.config') speechConfig = parseJson(body);
        if (path === 'speech.context') {
          const context = parseJson(body);
          current = {
            requestId: headers['x-requestid'] ?? randomUUID().replaceAll('-', ''),
            url: request.url ?? '',
            speechConfig,
            speechContext: context,
            phrases: phraseHints(context),
            audioBytes: 0,
            peak: 0,
            answered: null,
            ended: false,
          };
          turns.push(current);
          open.set(current, socket);
        }
        return;
      }
      const { headers, body } = parseBinary(bytes);
      if (current === null || headers['x-requestid'] !== current.requestId) return;
      if (headers['content-type']?.startsWith('audio/x-wav')) return;
      if (body.length === 0) {
        current.ended = true;
        open.delete(current);
        return;
      }
      current.audioBytes += body.length;
      lastAudio.set(current, Date.now());
      current.peak = Math.max(current.peak, peakOf(body));
      answerWaiting();
    });
    socket.on('close', () => {
      sockets.delete(socket);
      for (const [turn, s] of open) if (s === socket) open.delete(turn);
    });
  });

  const service = createServer((req, res) => {
    void handleHttp(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  service.on('upgrade', (req, socket, head) => {
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  async function handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://double');
    // The kiosk's page is another origin: the real service answers CORS, and so does this.
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'POST, OPTIONS',
        'Access-Control-Allow-Headers':
          'Authorization, Content-Type, X-Microsoft-OutputFormat, Ocp-Apim-Subscription-Key',
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return;
    }
    const arrived = performance.now();
    const body = await readBody(req);
    if (req.method === 'POST' && url.pathname === '/cognitiveservices/v1') {
      syntheses.push({ ssml: body.toString('utf8'), at: arrived, headers: lowerHeaders(req) });
      if (failSynthesis !== null) {
        const status = failSynthesis;
        failSynthesis = null;
        res.writeHead(status).end();
        return;
      }
      const mp3 = silentMp3(synthesisMs);
      res.writeHead(200, { 'Content-Type': 'audio/mpeg', 'Content-Length': mp3.length });
      res.end(mp3);
      return;
    }
    if (req.method === 'POST' && url.pathname === '/sts/v1.0/issueToken') {
      tokenRequests.push(lowerHeaders(req));
      res.writeHead(200, { 'Content-Type': 'text/plain' }).end(`double-token-${tokenRequests.length}`);
      return;
    }
    res.writeHead(404).end();
  }

  const pageServer = createServer((req, res) => {
    const page = pages.get(new URL(req.url ?? '/', 'http://page').pathname);
    if (page === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': page.type, 'Cache-Control': 'no-store' }).end(page.body);
  });

  await Promise.all([listen(service), listen(pageServer)]);
  const port = (service.address() as AddressInfo).port;
  const pageUrl = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}`;

  return {
    httpUrl: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}`,
    pageUrl,
    turns,
    syntheses,
    tokenRequests,
    say(text, confidence = 0.93) {
      queue.push({ text, confidence });
      answerWaiting();
    },
    stayQuiet() {
      queue.push({ text: null });
      answerWaiting();
    },
    listening(timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`nobody listened within ${timeoutMs} ms`)), timeoutMs);
        waiters.push((turn) => {
          clearTimeout(timer);
          resolve(turn);
        });
        answerWaiting();
      });
    },
    serve(path, body, type) {
      pages.set(path, { body, type });
    },
    failNextSynthesis(status) {
      failSynthesis = status;
    },
    synthesisLength(ms) {
      synthesisMs = ms;
    },
    get openConnections() {
      return sockets.size;
    },
    async close() {
      for (const socket of sockets) socket.terminate();
      wss.close();
      service.closeAllConnections();
      pageServer.closeAllConnections();
      await Promise.all([closeServer(service), closeServer(pageServer)]);
    },
  };
}

/** The service's answer to one turn, in the order the real service sends it. */
function sendTurn(socket: WebSocket, requestId: string, scripted: Scripted): void {
  const send = (path: string, body: unknown) => socket.send(textFrame(path, requestId, body));
  send('turn.start', { context: { serviceTag: 'azure-speech-double' } });
  if (scripted.text === null) {
    send('speech.phrase', { RecognitionStatus: 'InitialSilenceTimeout', Offset: 0, Duration: 0 });
  } else {
    const { text, confidence } = scripted;
    const duration = 1_000 * TICKS_PER_MS;
    send('speech.startDetected', { Offset: 0 });
    send('speech.hypothesis', { Text: text, Offset: 0, Duration: duration });
    send('speech.phrase', {
      RecognitionStatus: 'Success',
      DisplayText: text,
      Offset: 0,
      Duration: duration,
      NBest: [{ Confidence: confidence, Lexical: text, ITN: text, MaskedITN: text, Display: text }],
    });
    send('speech.endDetected', { Offset: duration });
  }
  send('turn.end', {});
}

function textFrame(path: string, requestId: string, body: unknown): string {
  return [
    `Path: ${path}`,
    `X-RequestId: ${requestId}`,
    `X-Timestamp: ${new Date().toISOString()}`,
    'Content-Type: application/json; charset=utf-8',
    '',
    JSON.stringify(body),
  ].join('\r\n');
}

function parseHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

function parseText(text: string): { headers: Record<string, string>; body: string } {
  const split = text.indexOf('\r\n\r\n');
  if (split < 0) return { headers: parseHeaders(text), body: '' };
  return { headers: parseHeaders(text.slice(0, split)), body: text.slice(split + 4) };
}

function parseBinary(bytes: Buffer): { headers: Record<string, string>; body: Buffer } {
  const length = bytes.readUInt16BE(0);
  return { headers: parseHeaders(bytes.subarray(2, 2 + length).toString('latin1')), body: bytes.subarray(2 + length) };
}

function peakOf(pcm: Buffer): number {
  let peak = 0;
  for (let i = 0; i + 1 < pcm.length; i += 2) peak = Math.max(peak, Math.abs(pcm.readInt16LE(i)));
  return peak;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The phrase list the SDK puts in speech.context (`dgi.groups[].items[].text`, DynamicGrammarBuilder). */
export function phraseHints(context: unknown): string[] {
  const groups = (context as { dgi?: { groups?: { items?: { text?: unknown }[] }[] } } | null)?.dgi?.groups ?? [];
  return groups.flatMap((g) => (g.items ?? []).map((i) => i.text)).filter((t): t is string => typeof t === 'string');
}

function lowerHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

/**
 * A silent MP3 of about `ms` milliseconds, made here so no tool or binary
 * fixture is needed: MPEG-1 Layer III frames, 48 kHz mono at 64 kbit/s, so
 * each frame is exactly 144 × 64000 / 48000 = 192 bytes and 1152 samples
 * (24 ms). Header FF FB 54 C0: sync, MPEG-1, Layer III, no CRC, bitrate index
 * 5, 48 kHz, no padding, mono. The 17-byte side information and the main data
 * are zeros: every granule has part2_3_length 0, which decodes to silence.
 */
export function silentMp3(ms: number): Buffer {
  const frameBytes = 192;
  const frames = Math.max(4, Math.ceil(ms / 24));
  const out = Buffer.alloc(frames * frameBytes);
  for (let i = 0; i < frames; i++) out.set([0xff, 0xfb, 0x54, 0xc0], i * frameBytes);
  return out;
}

/**
 * A WAV of a steady tone (16 kHz, 16-bit mono), for Chromium's
 * `--use-file-for-fake-audio-capture`: the fake microphone then carries sound in
 * every moment of a turn, where its built-in signal beeps only now and then.
 */
export function toneWav(seconds = 2, hz = 440, amplitude = 8000): Buffer {
  const rate = 16_000;
  const samples = rate * seconds;
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write('RIFF', 0, 'latin1');
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write('WAVEfmt ', 8, 'latin1');
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20);
  wav.writeUInt16LE(1, 22);
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36, 'latin1');
  wav.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) {
    wav.writeInt16LE(Math.round(amplitude * Math.sin((2 * Math.PI * hz * i) / rate)), 44 + i * 2);
  }
  return wav;
}
