import { writeFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SubmitResult } from '../../../../app/contract/kioskApi';
import { openKiosk } from '../../../../main/compose';
import type { HttpClient } from '../../../../main/forwarding/httpClient';
import { callContext, draft, fakeClock, useTempDir } from '../support';
import { runAdminHere } from './support';

const DAY = 24 * 60 * 60_000;

describe('admin purge: the retention purge', () => {
  const temp = useTempDir();
  const withDir = (...args: string[]) => [...args, '--data-dir', temp.dir];

  /** A submission closed `daysAgo` days before now (the CLI runs on the real clock). */
  async function closedDaysAgo(daysAgo: number): Promise<SubmitResult> {
    const clock = fakeClock(new Date(Date.now() - daysAgo * DAY).toISOString());
    const kiosk = openKiosk({ dataDir: temp.dir, now: clock.now });
    const result = (await kiosk.handlers.submit(draft(), callContext())) as SubmitResult;
    kiosk.store.submissions.setStatus({ ids: [result.id], status: 'closed', by: 'staff:1' });
    kiosk.close();
    return result;
  }
  function personal(id: number) {
    const kiosk = openKiosk({ dataDir: temp.dir });
    const { name, phone, description, location } = kiosk.store.submissions.getById(id)!;
    kiosk.close();
    return { name, phone, description, location };
  }

  it("removes personal details after the config's retention.closedDays, with --yes, and audits it", async () => {
    writeFileSync(temp.path('config.json'), JSON.stringify({ retention: { closedDays: 30 } }));
    const old = await closedDaysAgo(40);
    const recent = await closedDaysAgo(10);

    const refused = await runAdminHere(withDir('purge'));
    expect([refused.code, refused.stderr]).toEqual([2, expect.stringContaining('add --yes')]);
    expect(personal(old.id).name).toBe('王阿姨');

    const done = await runAdminHere(withDir('purge', '--yes'));
    expect([done.code, done.stderr]).toEqual([
      0,
      'Removed the personal details of 1 submission closed more than 30 days ago.\n',
    ]);
    expect(personal(old.id)).toEqual({ name: null, phone: null, description: '', location: null });
    expect(personal(recent.id).name).toBe('王阿姨');

    const kiosk = openKiosk({ dataDir: temp.dir });
    expect(kiosk.store.submissions.list({}, { limit: 10, offset: 0 }).total).toBe(2);
    expect(kiosk.store.audit.list(2).map((e) => [e.actor, e.action])).toContainEqual([
      'admin-cli',
      'submissions.purge-closed',
    ]);
    kiosk.close();
  });

  it('takes --closed-older-than DAYS over the config, and says when there is nothing to remove', async () => {
    const recent = await closedDaysAgo(10);
    expect((await runAdminHere(withDir('purge', '--yes'))).stderr).toBe(
      'No submissions closed more than 180 days ago hold personal details: nothing to remove.\n',
    );
    const done = await runAdminHere(withDir('purge', '--closed-older-than', '7', '--yes'));
    expect(done.stderr).toBe('Removed the personal details of 1 submission closed more than 7 days ago.\n');
    expect(personal(recent.id).phone).toBeNull();
  });

  it.each([
    [['purge', '--status', 'closed', '--closed-older-than', '30'], 'not both'],
    [['purge', '--closed-older-than', '0'], '--closed-older-than must be a number of days from 1 to 3650'],
    [['purge', '--closed-older-than', 'soon'], '--closed-older-than must be a number of days'],
    [['outbox', '--yes'], 'outbox does not take --yes'],
  ])('prints usage and exits 2 for %j', async (args, message) => {
    const result = await runAdminHere(withDir(...args));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

describe('admin outbox', () => {
  const temp = useTempDir();
  const withDir = (...args: string[]) => [...args, '--data-dir', temp.dir];

  beforeEach(() => {
    const forwarding = { endpoint: 'https://city.example/open311/v2', apiKey: 'k', serviceCodes: { 'cmp.noise': 'N' } };
    writeFileSync(temp.path('config.json'), JSON.stringify({ forwarding }));
  });

  /** One submission whose send got no answer (the city is replaced: only the outbox's record matters here). */
  async function uncertainOne(): Promise<SubmitResult> {
    const noAnswer: HttpClient = { postForm: async () => ({ kind: 'no-answer', reason: 'ETIMEDOUT' }) };
    const kiosk = openKiosk({ dataDir: temp.dir, forwardingHttp: noAnswer });
    const result = (await kiosk.handlers.submit(draft(), callContext())) as SubmitResult;
    await kiosk.forwarder!.tick();
    kiosk.close();
    return result;
  }

  it('lists what is not sent, and --retry puts an uncertain one back in line, audited', async () => {
    expect((await runAdminHere(withDir('outbox'))).stdout).toBe('Nothing waiting to be forwarded.\n');
    const { id, ref } = await uncertainOne();
    const listed = await runAdminHere(withDir('outbox'));
    expect(listed.stdout.split('\n')[0]).toMatch(/^ref\s+state\s+failures\s+next try\s+last error$/);
    expect(listed.stdout).toMatch(new RegExp(`${ref}\\s+uncertain\\s+1\\s+sent, no answer: ETIMEDOUT`));

    const retried = await runAdminHere(withDir('outbox', '--retry', `${ref.slice(0, 3)} ${ref.slice(3)}`));
    expect([retried.code, retried.stderr]).toEqual([
      0,
      `${ref} will be sent to the city at the kiosk's next forwarding tick.\n`,
    ]);
    const kiosk = openKiosk({ dataDir: temp.dir });
    expect(kiosk.store.outbox.get(id)).toMatchObject({ state: 'pending', nextTryAt: null });
    expect(kiosk.store.audit.list(1)[0]).toMatchObject({ actor: 'admin-cli', action: 'forwarding.retry' });
    kiosk.close();

    const again = await runAdminHere(withDir('outbox', '--retry', ref));
    expect(again.code).toBe(0); // pending: due at once, no harm
  });

  it('refuses to retry an unknown reference or one already sent', async () => {
    expect((await runAdminHere(withDir('outbox', '--retry', '1234567'))).stderr).toContain(
      'No submission has the reference',
    );
    const kiosk = openKiosk({
      dataDir: temp.dir,
      forwardingHttp: { postForm: async () => ({ kind: 'answered', status: 201, body: '[{"token":"t"}]' }) },
    });
    const { ref } = (await kiosk.handlers.submit(draft(), callContext())) as SubmitResult;
    await kiosk.forwarder!.tick();
    kiosk.close();
    const result = await runAdminHere(withDir('outbox', '--retry', ref));
    expect([result.code, result.stderr]).toEqual([
      1,
      `linli admin: ${ref} is sent: only an uncertain or pending one can be sent again.\n`,
    ]);
  });
});
