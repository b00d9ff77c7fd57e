import { existsSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { fileFormat } from '../../../../../main/store/database';
import { LATEST_SCHEMA_VERSION } from '../../../../../main/store/migrations';
import { openStore } from '../../../../../main/store/store';
import { fakeClock, useTempDir } from '../../support';
import { cipherIn, openEncrypted, sealedAsBefore } from '../databaseFiles';
import { databaseAt } from './support';

const NAMES = ['Wang Xiuying', '王秀英', 'Li Ming'];

function leaked(file: string): string[] {
  if (!existsSync(file)) return [];
  const bytes = readFileSync(file);
  return NAMES.filter((text) => bytes.includes(Buffer.from(text, 'utf8')));
}

describe('migration 0070: from personal details sealed value by value to a whole encrypted file', () => {
  const temp = useTempDir();
  const file = () => temp.path('linli.sqlite');
  const open = () => openStore({ dataDir: temp.dir, now: fakeClock().now, random: Math.random });

  it('encrypts the file, opens every sealed detail inside it, and loses none', () => {
    const db = databaseAt(file(), 60);
    db.close();
    const cipher = cipherIn(temp.dir);
    const plain = new Database(file());
    const insert = plain.prepare(
      `INSERT INTO submissions (ref, kind, category, description, location, anonymous, name, phone, language,
         input_modes, kiosk_id, status, created_at, updated_at)
       VALUES (@ref, 'complaint', 'cmp.noise', @description, @location, @anonymous, @name, @phone, 'zh-CN',
         '["touch"]', 'k', 'queued', '2026-11-20T09:00:00.000+08:00', '2026-11-20T09:00:00.000+08:00')`,
    );
    const rows = [
      {
        ref: '1234560',
        description: '楼上噪音',
        location: '枫林苑七号楼',
        name: 'Wang Xiuying 王秀英',
        phone: '13912345678',
      },
      { ref: '1234561', description: 'street light', location: null, name: null, phone: null },
    ];
    for (const row of rows) {
      insert.run({ ...row, ...sealedAsBefore(cipher, row.ref, row), anonymous: row.name === null ? 1 : 0 });
    }
    plain.close();
    expect(fileFormat(file())).toBe('plain');

    const store = open();
    expect(fileFormat(file())).toBe('encrypted');
    expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(store.db.prepare('SELECT count(*) AS n FROM sealed_submissions').get()).toEqual({ n: 0 });
    const listed = store.submissions.list({}, { limit: 10, offset: 0 }).items;
    expect(listed.map((s) => [s.ref, s.description, s.location, s.name, s.phone])).toEqual(
      rows.reverse().map((r) => [r.ref, r.description, r.location, r.name, r.phone]),
    );
    // SQL reads them now: found by text, stored as they are inside the encrypted file.
    expect(store.submissions.list({ text: '王秀英' }, { limit: 10, offset: 0 }).total).toBe(1);
    expect(leaked(file())).toEqual([]);
    store.close();
    expect(leaked(file())).toEqual([]);
    expect(existsSync(`${file()}-journal`)).toBe(false);
  });

  it('refuses to start when a sealed detail does not open, and keeps every row as it was', () => {
    databaseAt(file(), 60).close();
    const cipher = cipherIn(temp.dir);
    const plain = new Database(file());
    const sealed = sealedAsBefore(cipher, '1234560', {
      description: '楼上噪音',
      location: null,
      name: 'Li Ming',
      phone: '13900000000',
    });
    // Damaged on disk: the name's bytes no longer open.
    const damagedName = `${sealed.name!.slice(0, -8)}AAAAAAA=`;
    plain
      .prepare(
        `INSERT INTO submissions (ref, kind, category, description, location, anonymous, name, phone, language,
           input_modes, kiosk_id, status, created_at, updated_at)
         VALUES ('1234560', 'complaint', 'cmp.noise', ?, NULL, 0, ?, ?, 'zh-CN', '["touch"]', 'k', 'queued',
           '2026-11-20T09:00:00.000+08:00', '2026-11-20T09:00:00.000+08:00')`,
      )
      .run(sealed.description, damagedName, sealed.phone);
    plain.close();

    expect(open).toThrow(/submissions\.name#1234560: the stored value cannot be decrypted/);
    const kept = openEncrypted(file(), { readonly: true });
    expect(kept.prepare('SELECT description, name, phone FROM submissions').all()).toEqual([
      { description: sealed.description, name: damagedName, phone: sealed.phone },
    ]);
    expect(kept.prepare('SELECT count(*) AS n FROM sealed_submissions').get()).toEqual({ n: 1 });
    kept.close();
  });
});
