import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../../../app/contract/errors';
import { createHost } from '../../../../main/host/createHost';
import { post } from '../host/httpClient';
import { useKiosk } from '../kioskFixtures';
import { callContext, draft, refusal } from '../support';

const MINUTE = 60_000;
const SCRIPT = 'ip:203.0.113.9';

describe('limits on submissions, per source and per visit', () => {
  const t = useKiosk();
  const { call } = t;
  const stored = () => (t.kiosk.store.db.prepare('SELECT count(*) AS n FROM submissions').get() as { n: number }).n;

  /** Submits `times` times from one source; answers how many were accepted and the refusals. */
  async function flood(times: number, source: string, visit?: (i: number) => string) {
    const ctx = callContext(null, source);
    let accepted = 0;
    const refusals: ApiError[] = [];
    for (let i = 0; i < times; i++) {
      try {
        await call('submit', { ...draft({ description: `脚本 ${i}` }), visit: visit?.(i) }, ctx);
        accepted++;
      } catch (error) {
        refusals.push(error as ApiError);
      }
    }
    return { accepted, refusals };
  }

  it('refuses 10,000 submits from a script after the minute’s limit with 429, storing only those accepted', async () => {
    const { submitsPerMinute } = t.kiosk.config.residentLimits;
    const { accepted, refusals } = await flood(10_000, SCRIPT, (i) => `rotated.${i}`);
    expect(accepted).toBe(submitsPerMinute);
    expect(refusals).toHaveLength(10_000 - submitsPerMinute);
    expect(new Set(refusals.map((e) => `${e.code} ${e.retryAfterSeconds}`))).toEqual(new Set(['rate-limited 60']));
    expect(stored()).toBe(submitsPerMinute);
  });

  it('does not hold back a second source while one is refused', async () => {
    await flood(100, SCRIPT);
    await expect(call('submit', draft(), callContext(null, 'kiosk'))).resolves.toMatchObject({
      ref: expect.any(String),
    });
    await expect(call('submit', draft(), callContext(null, 'ip:192.0.2.7'))).resolves.toHaveProperty('ref');
  });

  it('stops a script kept just under the minute’s limit at the hour’s', async () => {
    const { submitsPerMinute, submitsPerHour } = t.kiosk.config.residentLimits;
    let accepted = 0;
    for (let minute = 0; minute < 60; minute++) {
      accepted += (await flood(submitsPerMinute, SCRIPT)).accepted;
      t.clock.advance(MINUTE);
    }
    expect(accepted).toBe(submitsPerHour);
  });

  it('never refuses a busy kiosk’s day: a resident every 90 seconds for 8 hours, each submitting twice', async () => {
    const kiosk = callContext(null, 'kiosk');
    for (let resident = 0; resident < (8 * 60) / 1.5; resident++) {
      const visit = `page.${resident}`;
      await call('submit', { ...draft(), visit }, kiosk);
      await call('submit', { ...draft({ description: '补充一句' }), visit }, kiosk);
      t.clock.advance(1.5 * MINUTE);
    }
    expect(stored()).toBe(640);
  });

  it('catches a resident’s repeated submits within one visit, not the next resident’s', async () => {
    const { submitsPerVisit } = t.kiosk.config.residentLimits;
    const kiosk = callContext(null, 'kiosk');
    for (let i = 0; i < submitsPerVisit; i++) await call('submit', { ...draft(), visit: 'page.1' }, kiosk);
    const error = await refusal(call('submit', { ...draft(), visit: 'page.1' }, kiosk));
    expect(error.code).toBe('rate-limited');
    await expect(call('submit', { ...draft(), visit: 'page.2' }, kiosk)).resolves.toHaveProperty('ref');
  });

  it('lets a refused draft through unchanged once the window has passed', async () => {
    await flood(t.kiosk.config.residentLimits.submitsPerMinute, SCRIPT);
    const mine = draft({ description: '电梯坏了三天' });
    const error = await refusal(call('submit', mine, callContext(null, SCRIPT)));
    t.clock.advance(error.retryAfterSeconds! * 1000);
    const { id } = (await call('submit', mine, callContext(null, SCRIPT))) as { id: number };
    expect(t.kiosk.store.submissions.getById(id)?.description).toBe('电梯坏了三天');
  });

  it('answers 429 with Retry-After over HTTP, and a bad visit name as invalid input', async () => {
    const host = await createHost({ kiosk: t.kiosk, staticDir: join(t.dir, 'no-build'), bind: '127.0.0.1', port: 0 });
    try {
      const bad = await post(host.url, 'submit', { ...draft(), visit: 'no spaces/please' });
      expect([bad.status, bad.json().error.field]).toEqual([400, 'visit']);
      for (let i = 0; i < t.kiosk.config.residentLimits.submitsPerMinute; i++) {
        expect((await post(host.url, 'submit', draft())).status).toBe(200);
      }
      const reply = await post(host.url, 'submit', draft());
      expect(reply.status).toBe(429);
      expect(reply.headers['retry-after']).toBe('60');
      expect(reply.json().error).toMatchObject({ code: 'rate-limited' });
    } finally {
      await host.close();
    }
  });
});
