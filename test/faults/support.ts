import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { type Agent, request } from 'node:http';
import { join } from 'node:path';
import type { Submission } from '../../app/domain/submission';
import { openKiosk } from '../../main/compose';
import { FLOOD_LIMITS } from '../fixtures/floodLimits';
import { bundleOf } from '../globalSetup/programs';

export interface Answer {
  status: number;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: each test reads the answer shape it expects
  json: () => any;
  setCookie: string | undefined;
}

/**
 * One `POST /api/<method>` with a timeout, so a hang fails the test instead
 * of stalling it. `body` is sent as is when it is a Buffer or a string.
 */
export function callApi(
  base: string,
  method: string,
  body: unknown,
  { cookie, agent, timeoutMs = 10_000 }: { cookie?: string; agent?: Agent; timeoutMs?: number } = {},
): Promise<Answer> {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  const headers: Record<string, string | number> = {
    'Content-Type': 'application/json',
    'Content-Length': bytes.length,
  };
  if (cookie) headers.Cookie = cookie;
  return new Promise((resolve, reject) => {
    const req = request(new URL(`/api/${method}`, base), { method: 'POST', headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const setCookie = res.headers['set-cookie']?.[0]?.split(';')[0];
        resolve({ status: res.statusCode!, text, json: () => JSON.parse(text), setCookie });
      });
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`${method}: no answer within ${timeoutMs} ms (a hang)`)));
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? undefined : reject(error)));
    req.end(bytes);
  });
}

/**
 * Writes a config.json that lets one address submit, call and look up as fast
 * as it can: these tests play many kiosks from one address to test the store,
 * and the limits for residents' channels have tests of their own. `more` is the
 * rest of the config.
 */
export function allowFloods(dataDir: string, more: Record<string, unknown> = {}): void {
  writeFileSync(join(dataDir, 'config.json'), JSON.stringify({ residentLimits: FLOOD_LIMITS, ...more }));
}

/** Signs in and returns the session cookie. */
export async function staffCookie(base: string, pin: string): Promise<string> {
  const answer = await callApi(base, 'staffLogin', { pin });
  if (answer.status !== 200 || answer.setCookie === undefined) throw new Error(`sign-in failed: ${answer.text}`);
  return answer.setCookie;
}

/**
 * A browser host in its own process, as `npm run serve` starts it: its entry, main/host/serve.ts, bundled
 * for the run (test/globalSetup/commands.ts) and run by `node`, no npm in between.
 */
export interface HostProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  /** Resolves when the process has gone. */
  exited: Promise<void>;
  stderr: () => string;
}

export function startHostProcess(dataDir: string, { timeoutMs = 30_000 } = {}): Promise<HostProcess> {
  const child = spawn(process.execPath, [bundleOf('host'), '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the host did not start within ${timeoutMs} ms: ${stderr}`));
    }, timeoutMs);
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const url = /Linli browser host: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
      if (url === undefined) return;
      clearTimeout(timer);
      child.stdout!.removeAllListeners('data');
      child.stdout!.resume();
      resolve({ url, pid: child.pid!, child, exited, stderr: () => stderr });
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the host exited (${code ?? signal}) before listening: ${stderr}`));
    });
  });
}

export async function killHard(host: HostProcess): Promise<void> {
  host.child.kill('SIGKILL');
  await host.exited;
}

/**
 * Every stored submission by reference, read through the store (so personal
 * details come back as staff see them, whatever the store does at rest), with
 * PRAGMA integrity_check. Call after the host has gone.
 */
export function readBack(dataDir: string): { byRef: Map<string, Submission>; integrity: string } {
  const kiosk = openKiosk({ dataDir, onDamaged: 'refuse' });
  try {
    const all = kiosk.store.submissions.listFull({});
    const integrity = (kiosk.store.db.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
    return { byRef: new Map(all.map((s) => [s.ref, s])), integrity };
  } finally {
    kiosk.close();
  }
}

/** What a client sent, to compare with what was stored. */
export interface SentDraft {
  description: string;
  name: string;
  phone: string;
  location: string;
}

/** A draft no other client sends: its description, name and phone all carry the client and its count. */
export function uniqueDraft(client: number, seq: number): SentDraft & Record<string, unknown> {
  const token = `c${client}-n${seq}`;
  return {
    kind: 'complaint',
    category: client % 2 === 0 ? 'cmp.noise' : 'cmp.facilities',
    description: `${token} 楼上半夜噪音${'声'.repeat(client % 7)}`,
    location: `${client} 号楼 ${seq} 室`,
    contact: { anonymous: false, name: `居民 ${token}`, phone: String(13800000000 + client * 1_000_000 + seq) },
    language: client % 3 === 0 ? 'en' : 'zh-CN',
    inputModes: ['touch'],
    name: `居民 ${token}`,
    phone: String(13800000000 + client * 1_000_000 + seq),
  };
}

/** The draft as the API takes it (uniqueDraft also carries name and phone at the top, for comparing). */
export function asDraft({ name: _name, phone: _phone, ...draft }: ReturnType<typeof uniqueDraft>): unknown {
  return draft;
}

/** Problems with a stored submission against what was sent for it: a mix-up of two clients shows here. */
export function mismatches(stored: Submission, sent: SentDraft): string[] {
  const problems: string[] = [];
  for (const key of ['description', 'name', 'phone', 'location'] as const) {
    if (stored[key] !== sent[key]) problems.push(`${stored.ref} ${key}: ${stored[key]} ≠ ${sent[key]}`);
  }
  const queued = stored.history.filter((h) => h.status === 'queued').length;
  if (stored.history.length !== 1 || queued !== 1)
    problems.push(`${stored.ref}: history ${JSON.stringify(stored.history)}`);
  return problems;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Long variants (`LINLI_LONG_FAULTS=1`) run the full sizes (100 kills, 60 s of 50 clients); CI runs the short ones. */
export const LONG = process.env.LINLI_LONG_FAULTS === '1';
