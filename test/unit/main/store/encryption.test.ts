// Personal data at rest: real SQLite files in a temp folder, read back byte by byte.
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SubmitResult } from '../../../../app/contract/kioskApi';
import type { Draft, Submission } from '../../../../app/domain/submission';
import { type Kiosk, openKiosk } from '../../../../main/compose';
import { DataKeyError, fileKeyProvider } from '../../../../main/crypto/keyProvider';
import { nodeHttpClient } from '../../../../main/forwarding/httpClient';
import { dispatch } from '../../../../main/services/dispatch';
import { fileFormat } from '../../../../main/store/database';
import { LATEST_SCHEMA_VERSION } from '../../../../main/store/migrations';
import { initial } from '../../../../main/store/migrations/0010-initial';
import { openStore, type Store } from '../../../../main/store/store';
import type { NewSubmission } from '../../../../main/store/submissions';
import { runAdminHere } from '../cli/support';
import { startTestCity, type TestCity } from '../forwarding/open311Server';
import { useStore } from '../kioskFixtures';
import { callContext, fakeClock, useTempDir } from '../support';
import { NO_CASES } from './cases';

const resident: NewSubmission = {
  kind: 'complaint',
  category: 'cmp.noise',
  description: 'Drumming above flat 12B every night 楼上邻居半夜敲鼓',
  location: 'Block 7 Maple Court 枫林苑七号楼',
  anonymous: false,
  name: 'Wang Xiuying 王秀英',
  phone: '13912345678',
  language: 'zh-CN',
  inputModes: ['touch'],
  kioskId: 'kiosk-1',
};

/** Every piece of the resident's personal details, each as it would appear in a file if stored in plain text. */
const PLAINTEXTS = [
  'Drumming above flat 12B',
  '楼上邻居半夜敲鼓',
  'Maple Court',
  '枫林苑',
  'Wang Xiuying',
  '王秀英',
  '13912345678',
];

function leaked(file: string): string[] {
  if (!existsSync(file)) return [];
  const bytes = readFileSync(file);
  return PLAINTEXTS.filter((text) => bytes.includes(Buffer.from(text, 'utf8')));
}

describe('personal data at rest', () => {
  const temp = useTempDir();
  let store: Store;
  const clock = fakeClock();
  const open = (dataDir = temp.dir) => openStore({ dataDir, now: clock.now, random: Math.random });

  afterEach(() => {
    store?.close();
  });

  it('never reaches the database file or its WAL in plain text, while open and after close', () => {
    store = open();
    const { id } = store.submissions.submit(resident);
    expect(existsSync(`${store.file}-wal`)).toBe(true);
    expect(leaked(store.file)).toEqual([]);
    expect(leaked(`${store.file}-wal`)).toEqual([]);
    expect(store.submissions.getById(id)).toMatchObject({ name: resident.name, phone: resident.phone });
    store.close();
    expect(leaked(store.file)).toEqual([]);
    expect(leaked(`${store.file}-wal`)).toEqual([]);
  });

  it('is decrypted for staff: one submission, the list and the export rows', () => {
    store = open();
    const { id, ref } = store.submissions.submit(resident);
    const personal = { description: resident.description, location: resident.location, name: resident.name };
    expect(store.submissions.getById(id)).toMatchObject({ ...personal, phone: resident.phone });
    expect(store.submissions.findByRef(ref)).toMatchObject(personal);
    expect(store.submissions.list({}, { limit: 10, offset: 0 }).items[0]).toMatchObject(personal);
    expect(store.submissions.listFull({})[0]).toMatchObject(personal);
  });

  it('makes a key file on first start and needs the same key from then on', () => {
    store = open();
    store.submissions.submit(resident);
    store.close();
    const key = readFileSync(temp.path('linli.key'));
    store = open();
    expect(store.submissions.list({}, { limit: 1, offset: 0 }).items[0]?.name).toBe(resident.name);
    store.close();
    expect(readFileSync(temp.path('linli.key'))).toEqual(key);
  });

  it('refuses to start without its key, and does not make a new one in its place', () => {
    store = open();
    store.submissions.submit(resident);
    store.close();
    rmSync(temp.path('linli.key'));
    expect(() => open()).toThrow(DataKeyError);
    expect(() => open()).toThrow(/data key is missing .*linli\.key/);
    expect(existsSync(temp.path('linli.key'))).toBe(false);
  });

  it('refuses a key that is not the one the data was encrypted with', () => {
    store = open();
    store.submissions.submit(resident);
    store.close();
    rmSync(temp.path('linli.key'));
    fileKeyProvider(temp.path('linli.key')).create();
    expect(() => open()).toThrow(/not the one this database was encrypted with/);
  });
});

describe('free-text search over encrypted details', () => {
  const t = useStore();
  const page = { limit: 10, offset: 0 };
  const found = (text: string, extra = {}) => t.store.submissions.list({ text, ...extra }, page).items.map((s) => s.id);

  it('finds a submission by any personal detail or its reference, ignoring case', () => {
    const { id, ref } = t.store.submissions.submit(resident);
    t.store.submissions.submit({ ...resident, description: '路灯坏了', location: null, name: null, phone: null });
    for (const text of ['drumming', '敲鼓', 'maple', '王秀英', '1391234', ref]) expect(found(text), text).toEqual([id]);
    expect(found('nothing like this')).toEqual([]);
  });

  it('ignores case beyond ASCII too, and never matches across two details', () => {
    const { id } = t.store.submissions.submit({ ...resident, name: 'ÉLODIE Ørsted', location: 'Block 7' });
    expect(found('élodie ørsted')).toEqual([id]);
    // The end of the location and the start of the name are not one text.
    expect(found('7élodie')).toEqual([]);
  });

  it('combines text with the other filters, pages, and counts per status', () => {
    const a = t.store.submissions.submit(resident);
    const b = t.store.submissions.submit({ ...resident, kind: 'suggestion', category: 'sug.elderly' });
    const c = t.store.submissions.submit(resident);
    t.store.submissions.setStatus({ ids: [a.id], status: 'closed', by: 'staff' });
    expect(found('敲鼓')).toEqual([c.id, b.id, a.id]);
    expect(found('敲鼓', { kind: 'suggestion' })).toEqual([b.id]);
    const queued = t.store.submissions.list({ text: '敲鼓', status: 'queued' }, { limit: 1, offset: 1 });
    expect(queued.items.map((s) => s.id)).toEqual([b.id]);
    expect(queued.total).toBe(2);
    expect(queued.counts).toEqual({ ...NO_CASES, queued: 2, closed: 1 });
    expect(t.store.submissions.listFull({ text: 'maple', status: 'closed' }).map((s) => s.id)).toEqual([a.id]);
  });

  it('sees what another process (the admin CLI) changed: a purge and new submissions', () => {
    const a = t.store.submissions.submit(resident);
    expect(found('敲鼓')).toEqual([a.id]);
    const other = t.open();
    const b = other.submissions.submit(resident);
    other.submissions.setStatus({ ids: [b.id], status: 'collected', by: 'staff' });
    expect(found('敲鼓', { status: 'collected' })).toEqual([b.id]);
    other.submissions.purge({ status: 'queued' });
    other.close();
    expect(found('敲鼓')).toEqual([b.id]);
  });

  it('forgets what this process purged', () => {
    const a = t.store.submissions.submit(resident);
    expect(found('敲鼓')).toEqual([a.id]);
    t.store.submissions.setStatus({ ids: [a.id], status: 'closed', by: 'staff' });
    expect(found('敲鼓', { status: 'closed' })).toEqual([a.id]);
    t.store.submissions.purge({ status: 'closed' });
    expect(found('敲鼓')).toEqual([]);
  });
});

describe('migration 0020: a database from before encryption', () => {
  const temp = useTempDir();
  const file = () => temp.path('linli.sqlite');

  /** What version 0010 wrote: personal details in plain text. */
  function legacyDatabase(rows: number): void {
    const db = new Database(file());
    db.pragma('journal_mode = WAL');
    initial.up(db);
    db.pragma('user_version = 10');
    const insert = db.prepare(`
      INSERT INTO submissions (ref, kind, category, description, location, anonymous, name, phone,
        language, input_modes, kiosk_id, status, created_at, updated_at)
      VALUES (?, 'complaint', 'cmp.noise', ?, ?, 0, ?, ?, 'zh-CN', '["touch"]', 'kiosk-1', 'queued', ?, ?)`);
    for (let i = 0; i < rows; i++) {
      const at = `2026-11-2${i % 10}T09:20:00.000+08:00`;
      insert.run(`100000${i}`, resident.description, resident.location, resident.name, resident.phone, at, at);
    }
    db.close();
  }

  it('encrypts every stored row in place, losing none, and leaves no plain text in the files', () => {
    legacyDatabase(3);
    expect(leaked(file())).not.toEqual([]);
    const store = openStore({ dataDir: temp.dir, now: fakeClock().now, random: Math.random });
    const items = store.submissions.list({}, { limit: 10, offset: 0 }).items;
    expect(items.map((s) => [s.ref, s.description, s.location, s.name, s.phone])).toEqual(
      [2, 1, 0].map((i) => [`100000${i}`, resident.description, resident.location, resident.name, resident.phone]),
    );
    expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(fileFormat(file())).toBe('encrypted');
    expect(leaked(file())).toEqual([]);
    expect(leaked(`${file()}-wal`)).toEqual([]);
    store.close();
    expect(leaked(file())).toEqual([]);
  });

  it('keeps rows marked as plain text until their encryption has committed', () => {
    legacyDatabase(2);
    // The migration alone (no data key yet): rows marked, still readable as they were.
    const db = new Database(file());
    db.exec(`
      CREATE TABLE plaintext_submissions (submission_id INTEGER PRIMARY KEY) STRICT;
      INSERT INTO plaintext_submissions SELECT id FROM submissions;`);
    db.pragma('user_version = 20');
    db.close();
    const store = openStore({ dataDir: temp.dir, now: fakeClock().now, random: Math.random });
    expect(store.submissions.list({ text: '王秀英' }, { limit: 10, offset: 0 }).total).toBe(2);
    store.close();
    expect(leaked(file())).toEqual([]);
  });
});

describe('backup and restore', () => {
  const temp = useTempDir();

  it('restores a backup into a new data folder together with the key, and not without it', async () => {
    const kiosk = temp.path('kiosk');
    const store = openStore({ dataDir: kiosk, now: fakeClock().now, random: Math.random });
    const { ref } = store.submissions.submit(resident);
    await store.backup(temp.path('backup.sqlite'));
    store.submissions.submit(resident); // after the backup: not in it
    store.close();
    expect(leaked(temp.path('backup.sqlite'))).toEqual([]);

    // As README "Backup and restore" says: the backup becomes linli.sqlite, the key file goes beside it.
    const restored = temp.path('restored');
    const restoredStore = () => openStore({ dataDir: restored, now: fakeClock().now, random: Math.random });
    openStore({ dataDir: restored, now: fakeClock().now, random: Math.random }).close(); // an existing folder
    rmSync(join(restored, 'linli.key'));
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(restored, `linli.sqlite${suffix}`), { force: true });
    copyFileSync(temp.path('backup.sqlite'), join(restored, 'linli.sqlite'));
    expect(restoredStore).toThrow(/data key is missing/);

    copyFileSync(join(kiosk, 'linli.key'), join(restored, 'linli.key'));
    const back = restoredStore();
    expect(back.submissions.list({}, { limit: 10, offset: 0 }).items.map((s) => [s.ref, s.name])).toEqual([
      [ref, resident.name],
    ]);
    back.close();
  });
});

describe('the rest of what is kept: audit log, outbox, notes and backups', () => {
  const temp = useTempDir();
  const clock = fakeClock();
  let city: TestCity;
  let kiosk: Kiosk;

  const residentDraft = (): Draft => ({
    kind: resident.kind,
    category: resident.category,
    description: resident.description,
    location: resident.location!,
    contact: { anonymous: false, name: resident.name!, phone: resident.phone! },
    language: 'zh-CN',
    inputModes: ['touch'],
  });
  /** What staff typically write after a call: the resident's own name, phone and words. */
  const staffNote = `Called ${resident.phone}: ${resident.name} says the drumming above flat 12B stopped`;
  const publicNote = `${resident.name}，枫林苑的噪音已处理 (Maple Court)`;

  beforeEach(async () => {
    city = await startTestCity({ apiKey: 'k-1', jurisdictionId: 'j', serviceCodes: ['NOISE-01'] });
    const forwarding = {
      endpoint: city.endpoint,
      apiKey: 'k-1',
      jurisdictionId: 'j',
      serviceCodes: { 'cmp.noise': 'NOISE-01' },
    };
    writeFileSync(temp.path('config.json'), JSON.stringify({ forwarding }));
    kiosk = openKiosk({ dataDir: temp.dir, now: clock.now, forwardingHttp: nodeHttpClient({ timeoutMs: 5000 }) });
  });
  afterEach(async () => {
    kiosk.close();
    await city.close();
  });

  it('never reaches the database, its WAL or a backup in plain text, and every reader still shows it', async () => {
    const ctx = callContext();
    const refused = (await kiosk.handlers.submit(residentDraft(), ctx)) as SubmitResult;
    const uncertain = (await kiosk.handlers.submit(residentDraft(), ctx)) as SubmitResult;
    // The city quotes the resident back: once refusing (outbox last_error), once with an answer it cannot read
    // (outbox and the forwarding.uncertain audit entry).
    city.answerNext('echo422', 'echo200');
    expect(await kiosk.forwarder!.tick()).toMatchObject({ failed: 1, uncertain: 1 });
    expect(city.received).toHaveLength(2);

    await kiosk.staffAuth.setPin('2468', 'test');
    const staff = callContext();
    await dispatch(kiosk.handlers, 'staffLogin', { pin: '2468' }, staff);
    await dispatch(
      kiosk.handlers,
      'setStatus',
      { ids: [refused.id], status: 'collected', note: staffNote, publicNote },
      staff,
    );
    // Staff search for the resident by phone and by name, and export what they found.
    for (const [format, text] of [
      ['csv', resident.phone],
      ['json', '王秀英'],
    ] as const) {
      await dispatch(kiosk.handlers, 'exportSubmissions', { format, text }, staff);
    }
    const backup = temp.path('backup.sqlite');
    expect((await runAdminHere(['backup', '--data-dir', temp.dir, '--out', backup])).code).toBe(0);

    const file = kiosk.store.file;
    expect(existsSync(`${file}-wal`)).toBe(true);
    for (const f of [file, `${file}-wal`, backup]) expect(leaked(f), f).toEqual([]);

    // Still readable where it is meant to be read.
    const detail = (await dispatch(kiosk.handlers, 'getSubmission', { id: refused.id }, staff)) as Submission;
    expect(detail.history.at(-1)).toMatchObject({ note: staffNote, publicNote });
    const lookup = await dispatch(
      kiosk.handlers,
      'lookupStatus',
      { ref: refused.ref, phoneLast4: '5678' },
      callContext(),
    );
    expect(lookup).toMatchObject({ verified: true, publicNote });
    const exported = JSON.parse(
      ((await dispatch(kiosk.handlers, 'exportSubmissions', { format: 'json' }, staff)) as { body: string }).body,
    ) as Submission[];
    expect(exported.find((s) => s.id === refused.id)!.history.at(-1)).toMatchObject({ note: staffNote, publicNote });
    // What a worker needs to diagnose forwarding, without the resident's words.
    expect(kiosk.store.outbox.get(refused.id)!.lastError).toMatch(
      /^HTTP 422, code 422, \d+ bytes: address_string not found/,
    );
    expect(kiosk.store.outbox.get(uncertain.id)!.lastError).toMatch(/^HTTP 200 without a service_request_id or token/);
    const audit = kiosk.store.audit.list(100);
    expect(
      audit.filter((e) => e.action === 'submissions.export').map((e) => JSON.parse(e.detail!).filter),
    ).toContainEqual({
      textSearch: true,
    });
    kiosk.close();
    for (const f of [file, `${file}-wal`]) expect(leaked(f), f).toEqual([]);
    kiosk = openKiosk({ dataDir: temp.dir, now: clock.now });
  });
});
