import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ExportedCase, type ResultOf } from '../../../../app/contract/kioskApi';
import { localIso } from '../../../../main/clock';
import { CSV_COLUMNS } from '../../../../main/exports/csv';
import { runAdminHere } from '../cli/support';
import { useKiosk } from '../kioskFixtures';
import { draft, newSubmission } from '../support';

type File = ResultOf<'exportSubmissions'>;
const HOUR = 3_600_000;
/** A time on the test's clock (Shanghai), as the store writes it: in the machine's own offset. */
const at = (shanghai: string) => localIso(new Date(`${shanghai}:00.000+08:00`));

/** The CSV's rows as objects by column name, cells as written (no cell in these tests holds a comma). */
function csvRows(body: string): Record<string, string>[] {
  const [header, ...lines] = body.slice(1).trimEnd().split('\r\n');
  expect(header).toBe(CSV_COLUMNS.join(','));
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [CSV_COLUMNS[i], cell])));
}

describe('exports carry the case fields (接诉即办)', () => {
  const t = useKiosk();

  /** A case entered for a caller, assigned to 李四, resolved, rated 不满意 (reopened), resolved and rated 满意. */
  async function followedCase() {
    let ctx = await t.signInStaff();
    await t.kiosk.staffDirectory.add('李四', 'staff', '1357', 'test');
    const li = t.kiosk.staffDirectory.people().find((p) => p.name === '李四')!;
    const { inputModes: _none, ...fields } = draft();
    const { id, ref } = (await t.call(
      'submitOnBehalf',
      { draft: fields, channel: 'phone' },
      ctx,
    )) as ResultOf<'submitOnBehalf'>;
    t.clock.advance(HOUR);
    ctx = await t.signInStaff(); // a session ends after minutes without activity; an hour has passed
    await t.call('assign', { ids: [id], staffId: li.id }, ctx);
    t.clock.advance(HOUR);
    ctx = await t.signInStaff();
    await t.call('setStatus', { ids: [id], status: 'resolved', publicNote: '已经和楼上谈过' }, ctx);
    await t.call('rateOutcome', { ref, phoneLast4: '8000', rating: 'unsatisfied', reason: '还是很吵' });
    t.clock.advance(HOUR);
    ctx = await t.signInStaff();
    await t.call('setStatus', { ids: [id], status: 'resolved', publicNote: '物业已上门' }, ctx);
    await t.call('recordFollowUp', { id, outcome: 'reached-satisfied' }, ctx);
    return { ctx, id, ref };
  }

  it('writes assignee, deadlines, overdue, who entered it, key times, the verdict and the follow-up to CSV', async () => {
    const { ctx, ref } = await followedCase();
    await t.call('submit', draft());
    const file = (await t.call('exportSubmissions', { format: 'csv' }, ctx)) as File;
    const [kioskCase, staffCase] = csvRows(file.body);
    expect(staffCase).toMatchObject({
      ref,
      status: 'closed',
      input_modes: 'staff',
      entered_by: '管理员',
      assignee: '李四',
      respond_by: '2026-11-27',
      resolve_by: '2026-12-03',
      overdue: 'false',
      responded_at: at('2026-11-26T10:20'),
      resolved_at: at('2026-11-26T12:20'),
      closed_at: at('2026-11-26T12:20'),
      reopened_at: at('2026-11-26T11:20'),
      rating: 'satisfied',
      follow_up: 'reached-satisfied',
      follow_up_at: at('2026-11-26T12:20'),
    });
    expect(kioskCase).toMatchObject({ input_modes: '"touch;voice"', entered_by: '', assignee: '', rating: '' });
  });

  it('writes JSON that round-trips with every verdict and call, and Open311 with the case in attributes', async () => {
    const { ctx, ref } = await followedCase();
    const json = (await t.call('exportSubmissions', { format: 'json' }, ctx)) as File;
    const [exported] = z.array(ExportedCase).parse(JSON.parse(json.body));
    expect(exported).toMatchObject({
      ref,
      inputModes: ['staff'],
      assignee: { name: '李四' },
      enteredBy: '管理员',
      verdicts: [
        { rating: 'unsatisfied', reason: '还是很吵' },
        { rating: 'satisfied', source: 'follow-up' },
      ],
      followUps: [{ outcome: 'reached-satisfied' }],
    });
    const open311 = (await t.call('exportSubmissions', { format: 'open311' }, ctx)) as File;
    expect(JSON.parse(open311.body)[0]).toMatchObject({
      ref,
      'attribute[input_modes]': 'staff',
      'attribute[assignee]': '李四',
      'attribute[rating]': 'satisfied',
      'attribute[follow_up]': 'reached-satisfied',
      'attribute[reopened_at]': at('2026-11-26T11:20'),
    });
  });

  it('marks an open case past its deadline as overdue in the export', async () => {
    await t.call('submit', draft());
    t.clock.advance(7 * 24 * HOUR);
    const ctx = await t.signInStaff();
    const file = (await t.call('exportSubmissions', { format: 'csv' }, ctx)) as File;
    expect(csvRows(file.body)[0]).toMatchObject({ status: 'queued', overdue: 'true', respond_by: '2026-11-27' });
  });

  it('reads the case fields of every batch in a long export, in order, from the admin CLI too', async () => {
    const ids = Array.from({ length: 1001 }, () => t.kiosk.store.submissions.submit(newSubmission()).id);
    const assigned = [ids[0]!, ids[600]!, ids[1000]!];
    t.kiosk.store.cases.assign({ ids: assigned, assigneeId: 0, by: 'test', note: 'test' });
    const result = await runAdminHere(['export', '--format', 'csv', '--out', '-', '--data-dir', t.dir]);
    expect(result.code).toBe(0);
    const rows = csvRows(result.stdout);
    expect(rows).toHaveLength(1001);
    const refs = new Map(t.kiosk.store.cases.keysOf(assigned).map((k) => [k.ref, k]));
    expect(rows.filter((r) => r.assignee !== '').map((r) => r.ref)).toEqual(
      [...refs.keys()].sort((a, b) => refs.get(b)!.id - refs.get(a)!.id),
    );
    expect(rows.filter((r) => r.status === 'assigned').every((r) => r.assignee === '管理员')).toBe(true);
  });
});
