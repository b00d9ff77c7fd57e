import { describe, expect, it } from 'vitest';
import { DIGITS_MIN, digitSuffixes } from '../../../../main/store/textIndex';
import { useStore } from '../kioskFixtures';
import { newSubmission } from '../support';

const HOUR = 3600_000;

describe('a search by digits on the index of digit runs', () => {
  const t = useStore();

  it('keeps every run of 8 digits or more with its suffixes, each once', () => {
    expect(DIGITS_MIN).toBe(8);
    expect(JSON.parse(digitSuffixes('13800138000', null, 'call 1234567 or 87654321', '12345678'))).toEqual([
      '13800138000',
      '3800138000',
      '800138000',
      '00138000',
      '87654321',
      '12345678',
    ]);
  });

  it('finds what reading every row finds, in any column, and forgets what was changed or redacted', () => {
    const phones = ['13800138000', '13912345678', '85291234567', '91234567'];
    for (let i = 0; i < 12; i++) {
      t.store.submissions.submit(
        newSubmission({
          phone: phones[i % phones.length]!,
          description: i === 5 ? '请回电 13912345678 或 0755-88887777' : `楼上漏水 ${i}`,
          location: i === 7 ? '工单 20261126001' : '3 号楼 502',
        }),
      );
      t.clock.advance(HOUR);
    }
    const searches = ['13912345678', '12345678', '91234567', '88887777', '20261126001', '2026112600', '00000000'];
    for (const text of searches) {
      // What reading every row finds.
      const scanned = t.store.submissions
        .listFull({})
        .filter((s) => [s.ref, s.description, s.location, s.name, s.phone].some((c) => (c ?? '').includes(text)))
        .map((s) => s.id);
      const list = t.store.submissions.list({ text }, { limit: 100, offset: 0 });
      expect({ text, ids: list.items.map((i) => i.id), total: list.total }).toEqual({
        text,
        ids: scanned,
        total: scanned.length,
      });
    }
    const [one] = t.store.submissions.list({ text: '20261126001' }, { limit: 1, offset: 0 }).items;
    t.store.db.prepare("UPDATE submissions SET location = '3 号楼' WHERE id = ?").run(one!.id);
    expect(t.store.submissions.list({ text: '20261126001' }, { limit: 1, offset: 0 }).total).toBe(0);
    const digitsOf = () => t.store.db.prepare('SELECT count(*) AS n FROM submission_digits').get() as { n: number };
    const before = digitsOf().n;
    t.store.submissions.setStatus({ ids: [1, 2, 3], status: 'closed', by: 'staff' });
    t.store.retention.redactClosedBefore(new Date(t.clock.now().getTime() + HOUR), 'admin');
    expect(digitsOf().n).toBeLessThan(before);
    expect(t.store.submissions.purge({ status: 'queued' })).toBeGreaterThan(0);
    const left = t.store.db.prepare('SELECT count(*) AS n FROM submissions').get() as { n: number };
    const stale = t.store.db
      .prepare('SELECT count(*) AS n FROM submission_digits WHERE submission_id NOT IN (SELECT id FROM submissions)')
      .get();
    expect(stale).toEqual({ n: 0 });
    expect(left.n).toBe(3);
  });
});
