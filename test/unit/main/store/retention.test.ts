import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kioskApi, type SubmitResult } from '../../../../app/contract/kioskApi';
import { useKiosk } from '../kioskFixtures';
import { draft, refusal } from '../support';
import { decryptedBytes, openEncrypted } from './databaseFiles';

const DAY = 24 * 60 * 60_000;

describe('retention: personal details of long-closed submissions are removed, the counts stay', () => {
  const t = useKiosk();
  const { call } = t;
  const submit = async () => kioskApi.submit.result.parse(await call('submit', draft())) as SubmitResult;
  const close = (id: number) => t.kiosk.store.submissions.setStatus({ ids: [id], status: 'closed', by: 'staff:1' });
  const get = (id: number) => t.kiosk.store.submissions.getById(id)!;
  const found = (text: string) =>
    t.kiosk.store.submissions.list({ text }, { limit: 10, offset: 0 }).items.map((s) => s.id);

  it('removes name, phone, description and location of submissions closed more than 180 days ago, by default', async () => {
    const old = await submit();
    close(old.id);
    const before = get(old.id);
    t.clock.advance(100 * DAY);
    const recent = await submit();
    close(recent.id);
    const pending = await submit();
    t.clock.advance(81 * DAY);
    const statsBefore = t.kiosk.store.submissions.stats('2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z');

    expect(await call('purgeClosed', {}, await t.signInStaff())).toEqual({ purged: 1 });

    expect(get(old.id)).toEqual({
      ...before,
      description: '',
      location: null,
      name: null,
      phone: null,
    });
    expect(get(recent.id)).toMatchObject({ name: '王阿姨', phone: '13800138000', location: '3 号楼 502' });
    expect(get(pending.id).name).toBe('王阿姨');
    expect(t.kiosk.store.submissions.stats('2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z')).toEqual(statsBefore);
    expect(t.kiosk.store.audit.list(1)[0]).toMatchObject({ action: 'submissions.purge-closed' });
    expect(JSON.parse(t.kiosk.store.audit.list(1)[0]!.detail!)).toMatchObject({ days: 180, count: 1 });
  });

  it('takes the number of days from the call, then from the config', async () => {
    const { id } = await submit();
    close(id);
    t.clock.advance(31 * DAY);
    const ctx = await t.signInStaff();
    expect(await call('purgeClosed', { days: 60 }, ctx)).toEqual({ purged: 0 });
    expect(await call('purgeClosed', { days: 30 }, ctx)).toEqual({ purged: 1 });
    expect(await call('purgeClosed', { days: 30 }, ctx)).toEqual({ purged: 0 }); // done once
  });

  it('counts from when it was last closed: not from a first closing, nor from a later note', async () => {
    const { id } = await submit();
    close(id);
    t.clock.advance(200 * DAY);
    t.kiosk.store.submissions.setStatus({ ids: [id], status: 'collected', by: 'staff:1' });
    close(id); // closed again: the 180 days start now
    t.clock.advance(100 * DAY);
    t.kiosk.store.submissions.setStatus({ ids: [id], status: 'closed', by: 'staff:1', publicNote: '已办结' });
    t.clock.advance(79 * DAY);
    expect(await call('purgeClosed', {}, await t.signInStaff())).toEqual({ purged: 0 });
    t.clock.advance(2 * DAY);
    expect(await call('purgeClosed', {}, await t.signInStaff())).toEqual({ purged: 1 });
  });

  it('is for staff only', async () => {
    expect((await refusal(call('purgeClosed', {}))).code).toBe('unauthorized');
  });

  it('leaves nothing to find: not by search, not by phone digits, not in the database file', async () => {
    const old = await submit();
    close(old.id);
    const { description } = t.kiosk.store.db
      .prepare('SELECT description FROM submissions WHERE id = ?')
      .get(old.id) as {
      description: string;
    };
    expect(found('王阿姨')).toEqual([old.id]); // indexed before the purge
    // Another process (a second kiosk connection) has the text indexed too.
    const other = t.open();
    expect(other.store.submissions.list({ text: '噪音' }, { limit: 10, offset: 0 }).total).toBe(1);
    t.clock.advance(181 * DAY);

    expect(await call('purgeClosed', {}, await t.signInStaff())).toEqual({ purged: 1 });

    expect(found('王阿姨')).toEqual([]);
    expect(found(old.ref)).toEqual([old.id]);
    expect(other.store.submissions.list({ text: '噪音' }, { limit: 10, offset: 0 }).total).toBe(0);
    other.close();
    const lookup = kioskApi.lookupStatus.result.parse(await call('lookupStatus', { ref: old.ref, phoneLast4: '8000' }));
    expect(lookup).toMatchObject({ status: 'closed', verified: false });

    t.kiosk.close();
    expect(readFileSync(`${t.dir}/linli.sqlite`).includes(Buffer.from(description))).toBe(false);
    expect(statSync(`${t.dir}/linli.sqlite`).size).toBeGreaterThan(0);
    const raw = openEncrypted(`${t.dir}/linli.sqlite`, { readonly: true });
    expect(raw.prepare('SELECT name, phone, location FROM submissions WHERE id = ?').get(old.id)).toEqual({
      name: null,
      phone: null,
      location: null,
    });
    raw.close();
    // Gone from the decrypted pages too (secure_delete), not only hidden by the file's encryption.
    const plain = decryptedBytes(`${t.dir}/linli.sqlite`);
    expect(plain.includes(Buffer.from('SQLite format 3'))).toBe(true);
    expect(plain.includes(Buffer.from(description))).toBe(false);
    t.kiosk = t.open();
  });
});
