import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFieldCipher } from '../../../../../main/crypto/fieldCipher';
import { fileKeyProvider } from '../../../../../main/crypto/keyProvider';
import { openDatabase as openWithKeys } from '../../../../../main/store/database';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../../../main/store/migrations';
import { openStore } from '../../../../../main/store/store';
import { fakeClock, useTempDir } from '../../support';
import { keysIn, sealedAsBefore } from '../databaseFiles';
import { databaseAt } from './support';

const STAFF_NOTE = 'Called 13912345678: Wang Xiuying says the drumming stopped';
const PUBLIC_NOTE = '王秀英，枫林苑的噪音已处理';
const CITY_ANSWER = 'HTTP 422: address_string not found for Wang Xiuying (13912345678) at 枫林苑';
/** What must not be found in the files once the migration has run. */
const PLAINTEXTS = ['Wang Xiuying', '13912345678', '王秀英', '枫林苑'];

function leaked(file: string): string[] {
  if (!existsSync(file)) return [];
  const bytes = readFileSync(file);
  return PLAINTEXTS.filter((text) => bytes.includes(Buffer.from(text, 'utf8')));
}

describe('migration 0060: notes sealed, city answers and searched text forgotten', () => {
  const temp = useTempDir();
  const file = () => temp.path('linli.sqlite');

  it('comes after 0050 and marks nothing in an empty database', () => {
    expect(MIGRATIONS.map((m) => m.name).indexOf('seal-notes')).toBe(MIGRATIONS.findIndex((m) => m.version === 50) + 1);
    const db = openWithKeys(file(), keysIn(temp.dir));
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const table = db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'plaintext_notes'").get();
    expect(table).toEqual({ strict: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM plaintext_notes').get()).toEqual({ n: 0 });
    db.close();
  });

  /** What a version-40 Linli left: personal details sealed, but notes, city answers and filters in plain text. */
  function version40Database(): void {
    const cipher = createFieldCipher(fileKeyProvider(temp.path('linli.key')).create());
    const db = databaseAt(file(), 40);
    const personal = sealedAsBefore(cipher, '1234566', {
      description: '楼上邻居半夜敲鼓',
      location: null,
      name: 'Wang Xiuying',
      phone: '13912345678',
    });
    db.prepare(
      `INSERT INTO submissions (ref, kind, category, description, location, anonymous, name, phone, language,
         input_modes, kiosk_id, status, created_at, updated_at)
       VALUES ('1234566', 'complaint', 'cmp.noise', @description, @location, 0, @name, @phone, 'zh-CN', '["touch"]',
         'k', 'collected', '2026-11-20T09:00:00.000+08:00', '2026-11-21T09:00:00.000+08:00')`,
    ).run(personal);
    db.exec(`
      INSERT INTO status_history (submission_id, status, at, by, note, public_note) VALUES
        (1, 'queued', '2026-11-20T09:00:00.000+08:00', 'kiosk', NULL, NULL),
        (1, 'collected', '2026-11-21T09:00:00.000+08:00', 'staff:ab12', '${STAFF_NOTE}', '${PUBLIC_NOTE}');
      INSERT INTO outbox (submission_id, state, failures, last_error, created_at, updated_at)
        VALUES (1, 'pending', 1, '${CITY_ANSWER}', 't', 't');
    `);
    const audit = db.prepare("INSERT INTO audit_log (at, actor, action, detail) VALUES ('t', 'staff:ab12', ?, ?)");
    audit.run(
      'submissions.export',
      JSON.stringify({ format: 'csv', count: 1, filter: { status: 'queued', text: '13912345678' } }),
    );
    audit.run('submissions.export', JSON.stringify({ format: 'json', count: 2, filter: { text: '  ' } }));
    audit.run(
      'forwarding.uncertain',
      JSON.stringify({ id: 1, reason: `HTTP 200 without a service_request_id or token: ${PUBLIC_NOTE}` }),
    );
    audit.run('forwarding.uncertain', JSON.stringify({ id: 1, reason: 'sent, no answer: ECONNRESET' }));
    db.close();
  }

  it('seals the notes of a version-40 database, keeps them readable, and keeps no plain text in the files', () => {
    version40Database();
    expect(leaked(file())).toEqual(PLAINTEXTS);

    const store = openStore({ dataDir: temp.dir, now: fakeClock().now, random: Math.random });
    expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(store.submissions.getById(1)!.history).toEqual([
      { status: 'queued', at: '2026-11-20T09:00:00.000+08:00', by: 'kiosk', note: null },
      {
        status: 'collected',
        at: '2026-11-21T09:00:00.000+08:00',
        by: 'staff:ab12',
        note: STAFF_NOTE,
        publicNote: PUBLIC_NOTE,
      },
    ]);
    expect(store.lookups.publicNote(1)).toBe(PUBLIC_NOTE);
    expect(store.db.prepare('SELECT count(*) AS n FROM plaintext_notes').get()).toEqual({ n: 0 });
    expect(store.outbox.get(1)!.lastError).toBe("HTTP 422 (the city's answer is no longer kept)");
    expect(store.audit.list(10).map((e) => JSON.parse(e.detail!))).toEqual([
      { id: 1, reason: 'sent, no answer: ECONNRESET' },
      { id: 1, reason: "HTTP 200 without a service_request_id or token (the city's answer is no longer kept)" },
      { format: 'json', count: 2, filter: {} },
      { format: 'csv', count: 1, filter: { status: 'queued', textSearch: true } },
    ]);
    expect(leaked(file())).toEqual([]);
    expect(leaked(`${file()}-wal`)).toEqual([]);
    store.close();
    expect(leaked(file())).toEqual([]);
  });
});
