import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kioskApi, type SubmitResult } from '../../../../app/contract/kioskApi';
import type { Draft } from '../../../../app/domain/submission';
import { createHost } from '../../../../main/host/createHost';
import { LOOKUP_GUESSES } from '../../../../main/services/progressLookup';
import { post } from '../host/httpClient';
import { useKiosk } from '../kioskFixtures';
import { callContext, draft, refusal } from '../support';

const MINUTE = 60_000;
const PHONE_LAST4 = '8000'; // draft()'s phone is 13800138000

describe('progress lookup: status for anyone with the reference, the public note with the phone digits', () => {
  const t = useKiosk();
  const { call } = t;
  const lookup = async (ref: string, phoneLast4?: string) =>
    kioskApi.lookupStatus.result.parse(await call('lookupStatus', { ref, phoneLast4 }));
  const submit = async (overrides: Partial<Draft> = {}) =>
    kioskApi.submit.result.parse(await call('submit', draft(overrides))) as SubmitResult;

  it("shows the staff's newest public note with the right last four digits, and audits it", async () => {
    const { id, ref } = await submit();
    const ctx = await t.signInStaff();
    await call(
      'setStatus',
      { ids: [id], status: 'collected', note: '内部：已联系物业', publicNote: '已转交物业处理' },
      ctx,
    );
    t.clock.advance(MINUTE);
    await call('setStatus', { ids: [id], status: 'forwarded', publicNote: '物业将于周二上门' }, ctx);

    expect(await lookup(`${ref.slice(0, 3)} ${ref.slice(3)}`, PHONE_LAST4)).toEqual({
      ref,
      status: 'forwarded',
      updatedAt: t.kiosk.store.submissions.findByRef(ref)!.updatedAt,
      verified: true,
      publicNote: '物业将于周二上门',
    });
    expect(t.kiosk.store.audit.list(1)[0]).toMatchObject({
      actor: 'kiosk',
      action: 'submission.lookup',
      detail: JSON.stringify({ ref, publicNote: true }),
    });
  });

  it('shows only the status without digits or with wrong ones, and never the internal note', async () => {
    const { id, ref } = await submit();
    await call(
      'setStatus',
      { ids: [id], status: 'collected', note: '内部', publicNote: '已受理' },
      await t.signInStaff(),
    );
    const statusOnly = { ref, status: 'collected', verified: false, publicNote: null };
    expect(await lookup(ref)).toMatchObject(statusOnly);
    expect(await lookup(ref, '0000')).toMatchObject(statusOnly);
    expect(await lookup(ref, '1380')).toMatchObject(statusOnly); // the first four are not the last four
    expect(t.kiosk.store.audit.list(10).filter((e) => e.action === 'submission.lookup')).toEqual([]);
  });

  it('never verifies an anonymous submission, whatever digits are given', async () => {
    const { id, ref } = await submit({ contact: { anonymous: true } });
    await call('setStatus', { ids: [id], status: 'collected', publicNote: '已受理' }, await t.signInStaff());
    expect(await lookup(ref, '0000')).toMatchObject({ status: 'collected', verified: false, publicNote: null });
  });

  it('verifies with no note yet as a null note', async () => {
    const { ref } = await submit();
    expect(await lookup(ref, PHONE_LAST4)).toMatchObject({ status: 'queued', verified: true, publicNote: null });
  });

  it('keeps the public note in the history entry, and records a note given without a status change', async () => {
    const { id } = await submit();
    const ctx = await t.signInStaff();
    await call('setStatus', { ids: [id], status: 'collected' }, ctx);
    expect(await call('setStatus', { ids: [id], status: 'collected' }, ctx)).toEqual({ updated: 0 });
    expect(await call('setStatus', { ids: [id], status: 'collected', publicNote: '材料已齐' }, ctx)).toEqual({
      updated: 1,
    });
    const { history } = kioskApi.getSubmission.result.parse(await call('getSubmission', { id }, ctx));
    expect(history.map((h) => [h.status, h.publicNote])).toEqual([
      ['queued', undefined],
      ['collected', undefined],
      ['collected', '材料已齐'],
    ]);
    expect(t.kiosk.store.audit.list(3).find((e) => e.action === 'submissions.status')!.detail).toContain(
      '"publicNote":true',
    );
  });

  it('refuses a public note with control characters, naming the field', async () => {
    const { id } = await submit();
    const error = await refusal(
      call('setStatus', { ids: [id], status: 'closed', publicNote: 'a\u0007b' }, await t.signInStaff()),
    );
    expect([error.code, error.field]).toEqual(['invalid', 'publicNote']);
  });

  describe('against guessing the digits', () => {
    async function guessWrong(ref: string, times: number) {
      for (let i = 0; i < times; i++) expect((await lookup(ref, String(1000 + i))).verified).toBe(false);
    }

    it(`refuses with 429 after ${LOOKUP_GUESSES.maxFailures} wrong ones in ${LOOKUP_GUESSES.windowMinutes} minutes, even the right digits`, async () => {
      const { ref } = await submit();
      await guessWrong(ref, LOOKUP_GUESSES.maxFailures);
      const error = await refusal(call('lookupStatus', { ref, phoneLast4: PHONE_LAST4 }));
      expect([error.code, error.field, error.retryAfterSeconds]).toEqual(['rate-limited', 'phoneLast4', 15 * 60]);
      // The status alone stays available: it shows nothing the reference does not already.
      expect(await lookup(ref)).toMatchObject({ status: 'queued', verified: false });
      expect(t.kiosk.store.audit.list(10).filter((e) => e.action === 'submission.lookup-locked')).toHaveLength(1);
    });

    it('counts per reference: guesses at one do not lock another', async () => {
      const first = await submit();
      const second = await submit();
      await guessWrong(first.ref, LOOKUP_GUESSES.maxFailures);
      expect((await lookup(second.ref, PHONE_LAST4)).verified).toBe(true);
    });

    it('lets digits through again once the oldest wrong guess has left the window', async () => {
      const { ref } = await submit();
      await guessWrong(ref, 1);
      t.clock.advance(5 * MINUTE);
      await guessWrong(ref, LOOKUP_GUESSES.maxFailures - 1);
      t.clock.advance(9 * MINUTE);
      const error = await refusal(call('lookupStatus', { ref, phoneLast4: PHONE_LAST4 }));
      expect(error.retryAfterSeconds).toBe(60); // the first guess leaves the window in a minute
      t.clock.advance(MINUTE);
      expect((await lookup(ref, PHONE_LAST4)).verified).toBe(true);
    });

    it('keeps the count across a restart', async () => {
      const { ref } = await submit();
      await guessWrong(ref, LOOKUP_GUESSES.maxFailures);
      t.kiosk.close();
      t.kiosk = t.open();
      expect((await refusal(call('lookupStatus', { ref, phoneLast4: PHONE_LAST4 }))).code).toBe('rate-limited');
    });

    it('answers 429 with Retry-After over HTTP', async () => {
      const { ref } = await submit();
      await guessWrong(ref, LOOKUP_GUESSES.maxFailures);
      const host = await createHost({ kiosk: t.kiosk, staticDir: join(t.dir, 'no-build'), bind: '127.0.0.1', port: 0 });
      try {
        const reply = await post(host.url, 'lookupStatus', { ref, phoneLast4: PHONE_LAST4 });
        expect(reply.status).toBe(429);
        expect(reply.headers['retry-after']).toBe(String(15 * 60));
        expect(reply.json().error).toMatchObject({ code: 'rate-limited', field: 'phoneLast4' });
      } finally {
        await host.close();
      }
    });
  });

  describe('per source', () => {
    const lookupFrom = async (source: string, ref: string, phoneLast4?: string) =>
      kioskApi.lookupStatus.result.parse(await call('lookupStatus', { ref, phoneLast4 }, callContext(null, source)));

    it('does not block the owner at another source, or at the kiosk, after wrong digits from one source', async () => {
      const { ref } = await submit();
      for (let i = 0; i < LOOKUP_GUESSES.maxFailures; i++) await lookupFrom('ip:203.0.113.9', ref, String(1000 + i));
      const error = await refusal(
        call('lookupStatus', { ref, phoneLast4: PHONE_LAST4 }, callContext(null, 'ip:203.0.113.9')),
      );
      expect(error.code).toBe('rate-limited');
      expect((await lookupFrom('ip:192.0.2.7', ref, PHONE_LAST4)).verified).toBe(true);
      expect((await lookupFrom('kiosk', ref, PHONE_LAST4)).verified).toBe(true);
    });

    it('guards a reference against many sources together, but never at the kiosk itself', async () => {
      const { ref } = await submit();
      const sources = LOOKUP_GUESSES.maxFailuresPerReference / LOOKUP_GUESSES.maxFailures;
      for (let s = 0; s < sources; s++) {
        for (let i = 0; i < LOOKUP_GUESSES.maxFailures; i++) await lookupFrom(`ip:198.51.100.${s}`, ref, '0000');
      }
      const error = await refusal(
        call('lookupStatus', { ref, phoneLast4: PHONE_LAST4 }, callContext(null, 'ip:192.0.2.7')),
      );
      expect([error.code, error.retryAfterSeconds]).toEqual(['rate-limited', 15 * 60]);
      expect((await lookupFrom('kiosk', ref, PHONE_LAST4)).verified).toBe(true);
      expect(t.kiosk.store.audit.list(100).filter((e) => e.action === 'submission.lookup-guarded')).toHaveLength(1);
    });

    it('slows a script down with growing delays, counting every lookup, found or not', async () => {
      const { ref } = await submit();
      const script = callContext(null, 'ip:203.0.113.9');
      const free = t.kiosk.config.residentLimits.lookupsPerMinute;
      for (let i = 0; i < free; i++)
        await call('lookupStatus', { ref: i % 2 ? ref : '1234566' }, script).catch(() => {});
      const waits: number[] = [];
      for (let i = 0; i < 6; i++) {
        const error = await refusal(call('lookupStatus', { ref }, script));
        expect(error.code).toBe('rate-limited');
        waits.push(error.retryAfterSeconds!);
        t.clock.advance(error.retryAfterSeconds! * 1000);
        await expect(call('lookupStatus', { ref }, script)).resolves.toMatchObject({ ref });
      }
      expect(waits).toEqual([1, 2, 4, 8, 16, 32]);
      // Another source, and a resident at the kiosk, look up at once.
      expect((await lookupFrom('kiosk', ref)).ref).toBe(ref);
    });
  });
});
