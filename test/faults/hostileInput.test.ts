import { Agent } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../app/contract/errors';
import { METHOD_NAMES } from '../../app/contract/methodNames';
import { type Kiosk, openKiosk } from '../../main/compose';
import { createHost, type Host } from '../../main/host/createHost';
import { expectedCell, FORMULA_START, parseCsv } from '../fixtures/csvParse';
import { corpusSize, HOSTILE_STRINGS, hostileBodies, WRONG_TYPES } from '../fixtures/hostileInputs';
import { draft, tempDir } from '../unit/main/support';
import { type Answer, allowFloods, callApi, staffCookie } from './support';

const PIN = '246810';

/** A valid call of each method: each hostile value replaces one field of it. */
const BASES: Record<string, Record<string, unknown>> = {
  getKioskConfig: {},
  submit: draft() as unknown as Record<string, unknown>,
  speechToken: {},
  callStaff: { language: 'zh-CN' },
  lookupStatus: { ref: '1234567', phoneLast4: '8000' },
  staffLogin: { pin: '000000' },
  staffLogout: {},
  listSubmissions: { status: 'queued', kind: 'complaint', text: '噪音', limit: 5, offset: 0 },
  getSubmission: { id: 1 },
  setStatus: { ids: [1], status: 'collected', note: '已联系' },
  exportSubmissions: { format: 'csv', status: 'queued', text: '噪音' },
  stats: { days: 7 },
  auditLog: { limit: 5 },
  purgeClosed: { days: 3650 },
  pendingStaffCalls: {},
  acknowledgeStaffCall: { id: 1 },
  staffNotices: {},
  assign: { ids: [1], note: '我来处理' },
  listStaff: {},
  // A well-formed reference no case has (its check digit right): the fields are judged, then 404.
  rateOutcome: { ref: '1234566', phoneLast4: '8000', rating: 'unsatisfied', reason: '还是很吵' },
  recordFollowUp: { id: 1, outcome: 'reached-satisfied', note: '电话回访，居民满意' },
  submitOnBehalf: { draft: staffDraft(), channel: 'phone', note: '居民来电' },
  findSimilar: { category: 'cmp.noise', location: '3 号楼 502', description: '楼上邻居半夜噪音' },
  // A well-formed handle no offer gave: the fields are judged, then 404.
  supportCase: {
    handle: 'AbCdEfGhIjKlMnOp1234',
    contact: { name: '王阿姨', phone: '13800138000', notify: true },
    language: 'zh-CN',
    inputModes: ['touch'],
  },
  // Cases that do not exist: a merge happens once, and each call must be judged on its fields, then 404.
  mergeCases: { into: 900_000, from: 900_001, note: '同一件事' },
  smsMessages: { id: 1 },
};

/** The draft staff enter for a resident: the resident's, without the ways it was entered. */
function staffDraft(): Record<string, unknown> {
  const { inputModes: _entered, ...rest } = draft() as unknown as Record<string, unknown>;
  return rest;
}

/** Dotted paths of the fields a base call has, nested objects included. */
function fieldsOf(base: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(base).flatMap(([key, value]) => {
    const path = prefix + key;
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? [path, ...fieldsOf(value as Record<string, unknown>, `${path}.`)]
      : [path];
  });
}

function withField(base: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(base);
  const keys = path.split('.');
  let target = copy;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys.at(-1)!] = value;
  return copy;
}

/** Fields whose accepted value is stored, and what the service stores for it (DESIGN: trimmed, otherwise verbatim). */
/** Text with nothing visible in it (of this corpus: spaces, zero-width and format characters): an optional field not given. */
const shown = (v: string) => (/^[\s\u200b-\u200f\u2060-\u2064\ufeff]*$/.test(v) ? null : v.trim());
const STORED: Record<string, (value: string) => string | null> = {
  'submit:description': (v) => v.trim(),
  'submit:location': shown,
  'submit:contact.name': shown,
};

/** Statuses a hostile call may get: done, or a 4xx of the contract. Never a 5xx. */
const ALLOWED_STATUS = new Set([200, 400, 401, 404, 413, 429]);

interface Stored {
  method: string;
  field: string;
  expected: string | null;
  ref: string | undefined;
}

describe('hostile input to every KioskApi method over HTTP', () => {
  let dirs: { dir: string; cleanup: () => void };
  let kiosk: Kiosk;
  let host: Host;
  let cookie: string;
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });
  const stored: Stored[] = [];
  const problems: string[] = [];
  const errors: string[] = [];
  const originalError = console.error;

  beforeAll(async () => {
    dirs = tempDir();
    // Enough wrong PINs allowed that the corpus does not lock staff out halfway (a 429 would be fine, but tells less).
    allowFloods(dirs.dir, { staff: { maxFailures: 100 } });
    kiosk = openKiosk({ dataDir: dirs.dir });
    await kiosk.staffAuth.setPin(PIN, 'test');
    host = await createHost({ kiosk, staticDir: join(dirs.dir, 'no-build'), bind: '127.0.0.1', port: 0 });
    cookie = await staffCookie(host.url, PIN);
    expect((await callApi(host.url, 'submit', draft())).status).toBe(200);
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  });
  afterAll(async () => {
    console.error = originalError;
    agent.destroy();
    await host.close();
    kiosk.close();
    dirs.cleanup();
  });

  function judge(label: string, answer: Answer, field: string): void {
    if (!ALLOWED_STATUS.has(answer.status)) {
      problems.push(`${label}: HTTP ${answer.status} ${answer.text.slice(0, 200)}`);
      return;
    }
    if (answer.status === 200) return;
    const { error } = answer.json() as { error: { code: string; message: string; field?: string } };
    if (!ERROR_CODES.includes(error.code as never) || error.code === 'internal') {
      problems.push(`${label}: error code ${error.code}`);
    }
    if (answer.status === 400 || answer.status === 413) {
      const named = error.field ?? '';
      const fits =
        field === '*'
          ? named !== ''
          : named === field || named.startsWith(`${field}.`) || field.startsWith(`${named}.`);
      if (!fits) problems.push(`${label}: 4xx names "${named}", not "${field}" (${error.message})`);
    }
  }

  async function send(method: string, field: string, body: unknown, label: string): Promise<Answer> {
    const answer = await callApi(host.url, method, body, { cookie, agent });
    judge(label, answer, field);
    // A valid staffLogout (a body that decodes to {}) ends the session: start another for the rest.
    if (method === 'staffLogout' && answer.status === 200) cookie = await staffCookie(host.url, PIN);
    return answer;
  }

  it(`has at least 300 inputs (${corpusSize()})`, () => {
    expect(corpusSize()).toBeGreaterThanOrEqual(300);
  });

  it('knows a valid call of every method, so none is left out', () => {
    expect(METHOD_NAMES.filter((m) => BASES[m] === undefined)).toEqual([]);
  });

  it('answers each hostile value in each field with 200 or a 4xx naming the field, never a 5xx or a hang', async () => {
    const values: unknown[] = [...HOSTILE_STRINGS, ...WRONG_TYPES];
    for (const method of METHOD_NAMES) {
      const base = BASES[method] ?? {};
      for (const field of fieldsOf(base)) {
        for (let i = 0; i < values.length; i += 4) {
          // Four at a time: the host must cope with calls that overlap.
          await Promise.all(
            values.slice(i, i + 4).map(async (value, j) => {
              const label = `${method} ${field} #${i + j} ${JSON.stringify(value)?.slice(0, 40)}`;
              const answer = await send(method, field, withField(base, field, value), label);
              const store = STORED[`${method}:${field}`];
              if (answer.status === 200 && store !== undefined && typeof value === 'string') {
                stored.push({ method, field, expected: store(value), ref: answer.json().ref });
              }
            }),
          );
        }
      }
    }
    expect(problems).toEqual([]);
    expect(stored.length).toBeGreaterThan(100);
  }, 600_000);

  it('refuses an unknown field of any name with a 4xx naming it', async () => {
    const keys = HOSTILE_STRINGS.filter((_, i) => i % 7 === 0);
    for (const method of METHOD_NAMES) {
      for (const key of keys) {
        const body = { ...BASES[method], [key]: 'x' };
        const answer = await send(method, key, body, `${method} extra field ${JSON.stringify(key).slice(0, 40)}`);
        if (answer.status === 200) problems.push(`${method}: the unknown field ${JSON.stringify(key)} was accepted`);
      }
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it('refuses malformed bodies (invalid UTF-8, deep nesting, not an object) with a 4xx naming the body', async () => {
    for (const method of METHOD_NAMES) {
      for (const { label, body } of hostileBodies()) {
        // A body that parses may be refused for the field at fault ("__proto__", "a"): any field, but one.
        await send(method, '*', body, `${method} ${label}`);
      }
    }
    expect(problems).toEqual([]);
    // Invalid UTF-8 never reaches a handler: it is refused as the body, never stored with U+FFFD in its place.
    for (const { label, body } of hostileBodies().filter((b) => b.label.startsWith('invalid UTF-8'))) {
      const answer = await callApi(host.url, 'submit', body);
      expect(answer.status, label).toBe(400);
      expect(answer.json().error.field, label).toBe('body');
    }
  }, 300_000);

  it('refuses lone surrogates naming the field, so nothing is stored as U+FFFD', async () => {
    for (const [field, value] of [
      ['description', '噪音\ud800'],
      ['location', '\udfff'],
    ] as const) {
      const answer = await callApi(host.url, 'submit', { ...draft(), [field]: value });
      expect(answer.status).toBe(400);
      expect(answer.json().error.field).toBe(field);
    }
  });

  it('stores what it accepted verbatim, and exports it as JSON that round-trips and CSV that carries no formula', async () => {
    expect(stored.length).toBeGreaterThan(100);
    const json = await callApi(host.url, 'exportSubmissions', { format: 'json' }, { cookie, agent });
    expect(json.status).toBe(200);
    const all = JSON.parse(json.json().body) as {
      ref: string;
      description: string;
      location: string | null;
      name: string | null;
    }[];
    const byRef = new Map(all.map((s) => [s.ref, s]));
    const csvAnswer = await callApi(host.url, 'exportSubmissions', { format: 'csv' }, { cookie, agent });
    const rows = parseCsv(csvAnswer.json().body);
    const header = rows[0]!;
    const csvByRef = new Map(rows.slice(1).map((r) => [r[header.indexOf('ref')]!, r]));
    const column = (name: string) => header.indexOf(name);

    for (const s of stored) {
      const submission = byRef.get(s.ref!)!;
      const key = s.field === 'contact.name' ? 'name' : (s.field as 'description' | 'location');
      expect(submission[key], `${s.field} of ${s.ref}`).toBe(s.expected);
      const row = csvByRef.get(s.ref!)!;
      expect(row[column(key)], `CSV ${s.field} of ${s.ref}`).toBe(expectedCell(s.expected ?? ''));
    }
    for (const row of rows.slice(1)) {
      for (const cell of row) expect(FORMULA_START.test(cell), `CSV cell ${JSON.stringify(cell)}`).toBe(false);
    }
    const open311 = await callApi(host.url, 'exportSubmissions', { format: 'open311' }, { cookie, agent });
    expect(open311.status).toBe(200);
    expect(() => JSON.parse(open311.json().body)).not.toThrow();
  }, 60_000);

  it('keeps a staff note verbatim in the history, or refuses it naming the note', async () => {
    const submitted = (await callApi(host.url, 'submit', draft())).json() as { id: number };
    let kept = 0;
    let current = 'queued';
    for (const [i, note] of HOSTILE_STRINGS.entries()) {
      // The status must change for the note to be kept: back and forth between two open statuses (a case never
      // goes back to the queue).
      const status = current === 'collected' ? 'forwarded' : 'collected';
      const answer = await send('setStatus', 'note', { ids: [submitted.id], status, note }, `note #${i}`);
      if (answer.status !== 200) continue;
      current = status;
      const { history } = (await callApi(host.url, 'getSubmission', { id: submitted.id }, { cookie, agent })).json();
      expect(history.at(-1), `note #${i}`).toMatchObject({ status, note });
      kept++;
    }
    expect(problems).toEqual([]);
    expect(kept).toBeGreaterThan(100);
  }, 120_000);

  it('logged no internal failure, and the host still serves and its database is sound', async () => {
    expect(errors).toEqual([]);
    expect((await callApi(host.url, 'submit', draft())).status).toBe(200);
    expect(kiosk.store.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
