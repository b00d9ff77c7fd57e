import { describe, expect, it } from 'vitest';
import { kioskApi } from '../../../../app/contract/kioskApi';
import { Submission } from '../../../../app/domain/submission';
import { useKiosk } from '../kioskFixtures';
import { openEncrypted } from '../store/databaseFiles';
import { draft, refusal } from '../support';

describe('KioskApi handlers', () => {
  const t = useKiosk();
  const { call } = t;

  describe('submit', () => {
    it('answers with the ref only once the row is visible from another connection', async () => {
      const result = kioskApi.submit.result.parse(await call('submit', draft()));
      const other = openEncrypted(t.kiosk.store.file, { readonly: true });
      const row = other.prepare('SELECT ref, status FROM submissions WHERE id = ?').get(result.id);
      other.close();
      expect(row).toEqual({ ref: result.ref, status: 'queued' });
    });

    it('keeps the submission across a restart', async () => {
      const { ref } = kioskApi.submit.result.parse(await call('submit', draft()));
      t.kiosk.close();
      t.kiosk = t.open();
      await expect(call('lookupStatus', { ref })).resolves.toMatchObject({ ref, status: 'queued' });
    });

    it('refuses a category this kiosk does not offer', async () => {
      const error = await refusal(call('submit', draft({ category: 'cmp.dragons' })));
      expect([error.code, error.field]).toEqual(['invalid', 'category']);
    });

    it('refuses a category of another kind', async () => {
      const error = await refusal(call('submit', draft({ kind: 'suggestion', category: 'cmp.noise' })));
      expect([error.code, error.field]).toEqual(['invalid', 'category']);
    });

    it('stores the phone as digits and trims the text', async () => {
      const contact = { anonymous: false, name: ' 李先生 ', phone: '138-0013 8000' };
      const { id } = kioskApi.submit.result.parse(await call('submit', draft({ contact, description: ' 漏水 \n' })));
      expect(t.kiosk.store.submissions.getById(id)).toMatchObject({
        name: '李先生',
        phone: '13800138000',
        description: '漏水',
      });
    });
  });

  it('looks a status up by a reference typed with spaces, and says 404 for an unknown one', async () => {
    const { ref } = kioskApi.submit.result.parse(await call('submit', draft()));
    await expect(call('lookupStatus', { ref: `${ref.slice(0, 3)} ${ref.slice(3)}` })).resolves.toMatchObject({ ref });
    expect((await refusal(call('lookupStatus', { ref: '1234567' }))).field).toBe('ref');
    const unknown = ref === '1234566' ? '7654321' : '1234566';
    expect((await refusal(call('lookupStatus', { ref: unknown }))).code).toBe('not-found');
  });

  it('records a call for staff', async () => {
    await expect(call('callStaff', { language: 'en' })).resolves.toMatchObject({ id: 1 });
    expect(t.kiosk.store.staffCalls.pending()).toHaveLength(1);
  });

  it('hands out no speech token yet, only the provider', async () => {
    await expect(call('speechToken', {})).resolves.toEqual({
      provider: 'off',
      token: null,
      region: null,
      expiresAt: null,
    });
  });

  it('answers the config view to any caller', async () => {
    expect(kioskApi.getKioskConfig.result.parse(await call('getKioskConfig', {})).timing.warningMs).toBe(30_000);
  });

  describe('staff', () => {
    it('signs in, sets the session, and signs out', async () => {
      const ctx = await t.signInStaff();
      expect(ctx.staffSession).not.toBeNull();
      await expect(call('staffLogout', {}, ctx)).resolves.toEqual({ ok: true });
      expect(ctx.staffSession).toBeNull();
    });

    it('lists, views, moves and exports submissions, auditing views, changes and exports', async () => {
      const { id } = kioskApi.submit.result.parse(await call('submit', draft()));
      const ctx = await t.signInStaff();
      const list = kioskApi.listSubmissions.result.parse(await call('listSubmissions', {}, ctx));
      expect(list.items.map((s) => s.id)).toEqual([id]);
      expect(Submission.parse(await call('getSubmission', { id }, ctx)).id).toBe(id);
      await expect(call('setStatus', { ids: [id], status: 'collected', note: 'ok' }, ctx)).resolves.toEqual({
        updated: 1,
      });
      const file = kioskApi.exportSubmissions.result.parse(await call('exportSubmissions', { format: 'json' }, ctx));
      expect(JSON.parse(file.body)[0].history.at(-1)).toMatchObject({ status: 'collected', note: 'ok' });
      const audit = kioskApi.auditLog.result.parse(await call('auditLog', {}, ctx));
      expect(audit.items.map((e) => e.action)).toEqual(
        expect.arrayContaining(['staff.login', 'submission.view', 'submissions.status', 'submissions.export']),
      );
    });

    it('answers 404 for a submission id that does not exist', async () => {
      const ctx = await t.signInStaff();
      expect((await refusal(call('getSubmission', { id: 99 }, ctx))).code).toBe('not-found');
    });

    it('counts per kind and per configured category', async () => {
      await call('submit', draft());
      const ctx = await t.signInStaff();
      const stats = kioskApi.stats.result.parse(await call('stats', { days: 7 }, ctx));
      expect(stats.byKind).toEqual({ service: 0, complaint: 1, suggestion: 0 });
      expect(stats.byCategory['cmp.noise']).toBe(1);
      expect(stats.byCategory['svc.health']).toBe(0);
    });

    it('refuses staff methods once the session has been idle too long', async () => {
      const ctx = await t.signInStaff();
      t.clock.advance(5 * 60_000 + 1);
      expect((await refusal(call('listSubmissions', {}, ctx))).code).toBe('unauthorized');
      expect(ctx.staffSession).toBeNull();
    });
  });
});
