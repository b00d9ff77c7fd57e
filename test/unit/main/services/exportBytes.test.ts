import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ResultOf } from '../../../../app/contract/kioskApi';
import { NO_CASE_FIELDS } from '../../../../main/exports/caseFields';
import { CSV_COLUMNS } from '../../../../main/exports/csv';
import { createCaseDeadlines } from '../../../../main/services/caseDeadlines';
import { useKiosk } from '../kioskFixtures';
import { draft, newSubmission } from '../support';

const HOUR = 3_600_000;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
type Kiosk = ReturnType<ReturnType<typeof useKiosk>['open']>;

/**
 * The export as it was written before it was made faster, kept here as the reference the faster one must
 * match byte for byte: each case's facts read by its own subqueries, the fields spread over the summary,
 * every cell through the cell rule as it was then (one regular expression), the columns mapped in order.
 */
function exportBefore(kiosk: Kiosk, at: Date) {
  const { db } = kiosk.store;
  const since = (statuses: string, pick: 'min' | 'max') =>
    `(SELECT ${pick}(h.at) FROM status_history h WHERE h.submission_id = s.id AND h.status IN ${statuses})`;
  const times = db.prepare(
    `SELECT s.assignee_id,
       (SELECT h.by FROM status_history h WHERE h.submission_id = s.id ORDER BY h.id LIMIT 1) AS entered_by,
       ${since("('collected', 'assigned', 'forwarded', 'resolved', 'closed')", 'min')} AS responded_at,
       ${since("('resolved')", 'max')} AS resolved_at, ${since("('closed')", 'max')} AS closed_at,
       ${since("('reopened')", 'max')} AS reopened_at
     FROM submissions s WHERE s.id = ?`,
  );
  const supporters = db.prepare('SELECT count(*) AS n FROM supporters WHERE submission_id = ?');
  const mergedIn = db.prepare('SELECT count(*) AS n FROM merged_cases WHERE into_id = ?');
  const mergedInto = db.prepare(
    'SELECT s.ref FROM merged_cases m JOIN submissions s ON s.id = m.into_id WHERE m.from_id = ?',
  );
  const deadlines = createCaseDeadlines(kiosk.config);
  return <S extends { id: number; ref: string; kind: never; category: string; status: never; createdAt: string }>(
    cases: S[],
  ) =>
    cases.map((s) => {
      const t = times.get(s.id) as Record<string, string | number | null>;
      const { pendingEndsAt: _sortOnly, ...due } = deadlines.view(s, at);
      const assigneeId = t.assignee_id as number | null;
      const fields = {
        ...NO_CASE_FIELDS,
        assignee:
          assigneeId === null
            ? null
            : { id: assigneeId, name: kiosk.staffDirectory.nameOf(assigneeId) ?? `#${assigneeId}` },
        ...due,
        residents: 1 + (supporters.get(s.id) as { n: number }).n + (mergedIn.get(s.id) as { n: number }).n,
        mergedInto: (mergedInto.get(s.id) as { ref: string } | undefined)?.ref ?? null,
        enteredBy: t.entered_by === 'kiosk' ? null : t.entered_by,
        respondedAt: t.responded_at,
        resolvedAt: t.resolved_at,
        closedAt: t.closed_at,
        reopenedAt: t.reopened_at,
        // Their words opened by the verdicts' own repository; keys in the order the export wrote them.
        verdicts: kiosk.store.verdicts
          .ofCase(s.id)
          .verdicts.map(({ rating, source, at, reason }) => ({ rating, source, at, reason })),
        followUps: kiosk.store.verdicts
          .ofCase(s.id)
          .followUps.map(({ outcome, by, at, note }) => ({ outcome, by, at, note })),
      };
      return { ...s, ...fields };
    });
}

const FORMULA_OR_QUOTES = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b]|[",;\r\n]/;
function cellBefore(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  if (!FORMULA_OR_QUOTES.test(text)) return text;
  const safe = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b]/.test(text) ? `'${text}` : text;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvBefore(cases: ReturnType<ReturnType<typeof exportBefore>>): string {
  const rows = cases.map((c) => {
    const verdict = c.verdicts.at(-1) as { rating: string; reason: string | null } | undefined;
    const followUp = c.followUps.at(-1) as { outcome: string; at: string } | undefined;
    const cells: Record<(typeof CSV_COLUMNS)[number], unknown> = {
      ref: c.ref,
      created_at: c.createdAt,
      status: c.status,
      kind: c.kind,
      category: c.category,
      description: (c as unknown as { description: string }).description,
      location: (c as unknown as { location: string | null }).location,
      anonymous: (c as unknown as { anonymous: boolean }).anonymous,
      name: (c as unknown as { name: string | null }).name,
      phone: (c as unknown as { phone: string | null }).phone,
      language: (c as unknown as { language: string }).language,
      input_modes: (c as unknown as { inputModes: string[] }).inputModes.join(';'),
      kiosk_id: (c as unknown as { kioskId: string }).kioskId,
      updated_at: (c as unknown as { updatedAt: string }).updatedAt,
      assignee: c.assignee?.name,
      respond_by: c.respondBy,
      resolve_by: c.resolveBy,
      overdue: c.overdue,
      entered_by: c.enteredBy,
      responded_at: c.respondedAt,
      resolved_at: c.resolvedAt,
      closed_at: c.closedAt,
      reopened_at: c.reopenedAt,
      rating: verdict?.rating,
      rating_reason: verdict?.reason,
      follow_up: followUp?.outcome,
      follow_up_at: followUp?.at,
      residents: c.residents,
      merged_into: c.mergedInto,
    };
    return CSV_COLUMNS.map((column) => cellBefore(cells[column])).join(',');
  });
  return `\uFEFF${CSV_COLUMNS.join(',')}\r\n${rows.map((r) => `${r}\r\n`).join('')}`;
}

describe('the staff export writes the same bytes as before it was made faster', () => {
  const t = useKiosk();

  /**
   * Cases that use every column: text that must be quoted or neutralised (ASCII and full-width formula
   * starts), no contact, several input modes, a case entered for a caller, assigned, resolved, rated
   * 不满意 (reopened) with a reason, called back with a note, closed, supported ("me too"), merged; over
   * several local days, some past their deadlines; more than one batch of 500.
   */
  async function manyKindsOfCase() {
    const texts = ['=1+1', '＋86 楼上', '-5 度', '@物业', '"装修", 第二行\n还有', 'a;b', '\t制表', '普通的一条'];
    const ids: number[] = [];
    for (let i = 0; i < 510; i++) {
      const text = texts[i % texts.length]!;
      const { id } = t.kiosk.store.submissions.submit(
        newSubmission({
          kind: i % 3 === 0 ? 'service' : 'complaint',
          category: i % 3 === 0 ? 'svc.health' : 'cmp.noise',
          description: `${text} ${i}`,
          location: i % 4 === 0 ? null : text,
          anonymous: i % 5 === 0,
          name: i % 5 === 0 ? null : i % 7 === 0 ? '=HYPERLINK("x")' : '王阿姨',
          phone: i % 5 === 0 ? null : i % 6 === 0 ? '+8613800138000' : '13800138000',
          inputModes: i % 2 === 0 ? ['touch', 'voice'] : ['keypad'],
        }),
      );
      ids.push(id);
      if (i % 50 === 0) t.clock.advance(9 * HOUR);
    }
    let staff = await t.signInStaff();
    await t.kiosk.staffDirectory.add('李四', 'staff', '1357', 'test');
    const li = t.kiosk.staffDirectory.people().find((p) => p.name === '李四')!;
    const { inputModes: _none, ...fields } = draft({ description: '来电：电梯坏了, 请修' });
    const onBehalf = (await t.call(
      'submitOnBehalf',
      { draft: fields, channel: 'phone' },
      staff,
    )) as ResultOf<'submitOnBehalf'>;
    await t.call('assign', { ids: [ids[1]!, ids[2]!, ids[3]!, onBehalf.id], staffId: li.id }, staff);
    await t.call('setStatus', { ids: [ids[2]!, onBehalf.id], status: 'resolved', publicNote: '已处理' }, staff);
    await t.call('rateOutcome', {
      ref: onBehalf.ref,
      phoneLast4: '8000',
      rating: 'unsatisfied',
      reason: '还是坏, "没修"',
    });
    t.clock.advance(HOUR);
    staff = await t.signInStaff();
    await t.call('setStatus', { ids: [onBehalf.id], status: 'resolved', publicNote: '物业已上门' }, staff);
    await t.call('recordFollowUp', { id: onBehalf.id, outcome: 'reached-satisfied', note: '=回访; 满意' }, staff);
    await t.call('recordFollowUp', { id: ids[2]!, outcome: 'reached-satisfied' }, staff);
    await t.call('setStatus', { ids: [ids[4]!, ids[5]!], status: 'closed' }, staff);
    t.kiosk.store.supporters.add({
      submissionId: ids[10]!,
      name: '李伯',
      phone: '13900139000',
      notify: false,
      language: 'zh-CN',
      inputModes: ['touch'],
      source: 'test',
    });
    t.kiosk.store.supporters.merge({
      intoId: ids[10]!,
      fromId: ids[11]!,
      by: 'staff:李四',
      noteInto: 'a',
      noteFrom: 'b',
    });
    t.clock.advance(5 * 24 * HOUR);
    return t.signInStaff();
  }

  it('CSV: the same SHA-256 as the per-case reference, over more than a batch, for all and for a filter', async () => {
    const staff = await manyKindsOfCase();
    const at = t.clock.now();
    const all = t.kiosk.store.submissions.listFull({});
    for (const filter of [{}, { status: 'queued' as const }, { kind: 'service' as const }]) {
      const file = (await t.call(
        'exportSubmissions',
        { format: 'csv', ...filter },
        staff,
      )) as ResultOf<'exportSubmissions'>;
      const chosen = all.filter(
        (s) => (!('status' in filter) || s.status === filter.status) && (!('kind' in filter) || s.kind === filter.kind),
      );
      const expected = csvBefore(exportBefore(t.kiosk, at)(chosen.map(({ history: _h, ...s }) => s) as never[]));
      expect(file.body.split('\r\n')).toHaveLength(chosen.length + 2);
      expect(sha256(file.body)).toBe(sha256(expected));
    }
    expect(all.length).toBeGreaterThan(500);
  });

  it('JSON: the same text as the per-case reference, verdicts and calls opened', async () => {
    const staff = await manyKindsOfCase();
    const at = t.clock.now();
    const file = (await t.call('exportSubmissions', { format: 'json' }, staff)) as ResultOf<'exportSubmissions'>;
    const expected = exportBefore(t.kiosk, at)(t.kiosk.store.submissions.listFull({}) as never[]);
    expect(file.body).toContain('还是坏');
    expect(sha256(file.body)).toBe(sha256(`${JSON.stringify(expected, null, 2)}\n`));
  });
});
