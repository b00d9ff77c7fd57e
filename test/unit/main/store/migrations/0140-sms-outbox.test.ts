import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../../../main/store/migrations';

import { useMigrationDatabase, versionBefore } from './support';

const PREVIOUS = versionBefore(140);
const AT = '2026-11-26T09:20:00.000+08:00';
const SUBMISSION = `INSERT INTO submissions (ref, kind, category, description, anonymous, phone, language, input_modes,
  kiosk_id, status, created_at, updated_at) VALUES (?, 'complaint', 'cmp.noise', 'x', 0, '13800138000', 'zh-CN',
  '["touch"]', 'k', 'queued', '${AT}', '${AT}')`;
const SUPPORTER = `INSERT INTO supporters (ref, submission_id, phone, notify, language, input_modes, source, created_at)
  VALUES (?, ?, '13911112222', 1, 'en', '["touch"]', 'test', '${AT}')`;
const SUPPORTER_MESSAGE = `INSERT INTO sms_outbox (submission_id, history_id, supporter_id, phone, template, language,
  state, created_at, updated_at) VALUES (?, ?, ?, '13911112222', 'received', 'en', 'pending', '${AT}', '${AT}')`;
const MESSAGE = `INSERT INTO sms_outbox (submission_id, history_id, phone, template, language, state, created_at, updated_at)
  VALUES (?, ?, '13800138000', 'received', 'zh-CN', ?, '${AT}', '${AT}')`;

describe('migration 0140: the SMS outbox and the resident’s consent', () => {
  const database = useMigrationDatabase();

  it('makes a strict outbox, one message per status change, and consent that is no unless given', () => {
    const db = database.open();
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'sms_outbox'").get()).toEqual({ strict: 1 });
    const id = Number(db.prepare(SUBMISSION).run('1234566').lastInsertRowid);
    expect(db.prepare('SELECT sms_consent FROM submissions WHERE id = ?').get(id)).toEqual({ sms_consent: 0 });
    expect(() => db.prepare('UPDATE submissions SET sms_consent = 2 WHERE id = ?').run(id)).toThrow(/CHECK/);
    db.prepare(MESSAGE).run(id, 1, 'pending');
    expect(() => db.prepare(MESSAGE).run(id, 1, 'pending')).toThrow(/UNIQUE/);
    expect(() => db.prepare(MESSAGE).run(id, 2, 'lost')).toThrow(/CHECK/);
    db.prepare('DELETE FROM submissions WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) AS n FROM sms_outbox').get()).toEqual({ n: 0 });
    db.close();
  });

  it('holds one message per change for the resident and one per change for each supporter', () => {
    const db = database.open();
    const id = Number(db.prepare(SUBMISSION).run('1234566').lastInsertRowid);
    const one = Number(db.prepare(SUPPORTER).run('2345671', id).lastInsertRowid);
    const two = Number(db.prepare(SUPPORTER).run('3456782', id).lastInsertRowid);
    db.prepare(MESSAGE).run(id, 1, 'sent');
    expect(() => db.prepare(MESSAGE).run(id, 1, 'sent')).toThrow(/UNIQUE/);
    db.prepare(SUPPORTER_MESSAGE).run(id, 1, one);
    db.prepare(SUPPORTER_MESSAGE).run(id, 1, two);
    expect(() => db.prepare(SUPPORTER_MESSAGE).run(id, 1, one)).toThrow(/UNIQUE/);
    expect(() => db.prepare(SUPPORTER_MESSAGE).run(id, 2, 999)).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM supporters WHERE id = ?').run(one);
    expect(db.prepare('SELECT count(*) AS n FROM sms_outbox').get()).toEqual({ n: 2 });
    db.close();
  });

  it(`keeps every submission of a version-${PREVIOUS} database, none of them consenting`, () => {
    const old = database.at(PREVIOUS);
    old.prepare(SUBMISSION).run('1234566');
    old.close();
    const db = database.open();
    expect(db.prepare('SELECT ref, phone, sms_consent FROM submissions').all()).toEqual([
      { ref: '1234566', phone: '13800138000', sms_consent: 0 },
    ]);
    db.close();
  });
});
