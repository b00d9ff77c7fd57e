import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../../main/store/migrations';
import { openStore } from '../../../../../main/store/store';
import { fakeClock, useTempDir } from '../../support';
import { databaseAt } from './support';

const PREVIOUS = MIGRATIONS.filter((m) => m.version < 120).at(-1)!.version;
const AT = '2026-11-26T09:20:00.000+08:00';

describe('migration 0120: the text index', () => {
  const temp = useTempDir();

  it(`indexes every submission a version-${PREVIOUS} database holds, and keeps indexing new ones`, () => {
    const old = databaseAt(temp.path('linli.sqlite'), PREVIOUS);
    const insert = old.prepare(
      `INSERT INTO submissions (ref, kind, category, description, location, anonymous, name, phone, language,
         input_modes, kiosk_id, status, created_at, updated_at)
       VALUES (?, 'complaint', 'cmp.noise', ?, ?, 0, ?, ?, 'zh-CN', '["touch"]', 'k', 'queued', ?, ?)`,
    );
    insert.run('1234566', '楼上漏水', '5 号楼', '张伯', '13800138000', AT, AT);
    insert.run('2345671', '路灯坏了', null, 'Wang', null, AT, AT);
    expect(old.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'submission_text'").get()).toEqual({
      n: 0,
    });
    old.close();

    const store = openStore({ dataDir: temp.dir, now: fakeClock().now, random: Math.random });
    try {
      const refs = (text: string) => store.submissions.list({ text }, { limit: 10, offset: 0 }).items.map((s) => s.ref);
      expect(refs('漏')).toEqual(['1234566']);
      expect(refs('wang')).toEqual(['2345671']);
      expect(refs('号楼')).toEqual(['1234566']);
      expect(refs('456')).toEqual(['2345671', '1234566']);
      const added = store.submissions.submit({
        kind: 'complaint',
        category: 'cmp.noise',
        description: '漏水又来了',
        location: null,
        anonymous: true,
        name: null,
        phone: null,
        language: 'zh-CN',
        inputModes: ['touch'],
        kioskId: 'k',
      });
      expect(refs('漏水')).toEqual([added.ref, '1234566']);
    } finally {
      store.close();
    }
  });
});
