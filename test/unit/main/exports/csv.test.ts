import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../../app/domain/csv';
import { CSV_COLUMNS, toCsv } from '../../../../main/exports/csv';
import { csvFile } from '../../../../main/exports/exportFile';
import { submission } from './fixtures';

describe('CSV export', () => {
  it('starts with a UTF-8 byte order mark so Excel reads the Chinese text', () => {
    const bytes = Buffer.from(toCsv([submission()]), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('楼上邻居半夜噪音');
  });

  it('writes the documented columns and CRLF line ends', () => {
    const text = toCsv([submission()]).slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[0]).toBe(
      'ref,created_at,status,kind,category,description,location,anonymous,name,phone,language,input_modes,kiosk_id,updated_at,' +
        'assignee,respond_by,resolve_by,overdue,entered_by,responded_at,resolved_at,closed_at,reopened_at,' +
        'rating,rating_reason,follow_up,follow_up_at,residents,merged_into',
    );
    expect(lines[1]).toBe(
      '1234566,2026-11-26T09:20:00.000+08:00,queued,complaint,cmp.noise,"楼上邻居半夜噪音，""很吵""",3 号楼 502,false,' +
        '王阿姨,13800138000,zh-CN,"touch;voice",kiosk-1,2026-11-26T09:20:00.000+08:00,' +
        ',2026-11-27,2026-12-03,false,,,,,,,,,,1,',
    );
    expect(lines[2]).toBe('');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('quotes cells with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('plain 文字')).toBe('plain 文字');
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
  ])('neutralises a formula in %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('neutralises formulas wherever a resident could type them', () => {
    const text = toCsv([submission({ description: '=1+1', location: '@A1', name: '-Bob' })]);
    expect(text).toContain(",'=1+1,'@A1,false,'-Bob,");
  });

  it('writes the case fields: assignee, deadlines, overdue, who entered it, key times, the latest verdict and call', () => {
    const row = toCsv([
      submission({
        status: 'closed',
        inputModes: ['staff'],
        assignee: { id: 3, name: '李四' },
        overdue: true,
        enteredBy: '王芳',
        respondedAt: '2026-11-26T10:00:00.000+08:00',
        resolvedAt: '2026-11-30T16:00:00.000+08:00',
        closedAt: '2026-12-01T09:00:00.000+08:00',
        reopenedAt: '2026-11-29T09:00:00.000+08:00',
        verdicts: [
          { rating: 'unsatisfied', reason: '还是很吵', source: 'kiosk', at: '2026-11-29T09:00:00.000+08:00' },
          { rating: 'basically', reason: '=cmd|x', source: 'follow-up', at: '2026-12-01T09:00:00.000+08:00' },
        ],
        followUps: [{ outcome: 'reached-basically', note: null, by: '李四', at: '2026-12-01T09:00:00.000+08:00' }],
      }),
    ]).split('\r\n')[1]!;
    expect(row.split(',').slice(11)).toEqual([
      'staff',
      'kiosk-1',
      '2026-11-26T09:20:00.000+08:00',
      '李四',
      '2026-11-27',
      '2026-12-03',
      'true',
      '王芳',
      '2026-11-26T10:00:00.000+08:00',
      '2026-11-30T16:00:00.000+08:00',
      '2026-12-01T09:00:00.000+08:00',
      '2026-11-29T09:00:00.000+08:00',
      'basically',
      // The resident's words are neutralised like every other cell a person typed.
      "'=cmd|x",
      'reached-basically',
      '2026-12-01T09:00:00.000+08:00',
      '1',
      '',
    ]);
  });

  it('leaves empty cells for missing contact details', () => {
    const row = toCsv([submission({ anonymous: true, name: null, phone: null, location: null })]).split('\r\n')[1]!;
    expect(row.split(',').slice(7, 10)).toEqual(['true', '', '']);
  });

  it('writes each cell as csvCell makes it, in the order of the columns, across many rows', () => {
    // The plain way to write a row: column by column, as the header names them.
    const byColumn = (s: ReturnType<typeof submission>) =>
      CSV_COLUMNS.map((column) => {
        const value = {
          ref: s.ref,
          created_at: s.createdAt,
          status: s.status,
          kind: s.kind,
          category: s.category,
          description: s.description,
          location: s.location ?? '',
          anonymous: String(s.anonymous),
          name: s.name ?? '',
          phone: s.phone ?? '',
          language: s.language,
          input_modes: s.inputModes.join(';'),
          kiosk_id: s.kioskId,
          updated_at: s.updatedAt,
          assignee: s.assignee?.name ?? '',
          respond_by: s.respondBy,
          resolve_by: s.resolveBy,
          overdue: String(s.overdue),
          entered_by: s.enteredBy ?? '',
          responded_at: s.respondedAt ?? '',
          resolved_at: s.resolvedAt ?? '',
          closed_at: s.closedAt ?? '',
          reopened_at: s.reopenedAt ?? '',
          rating: s.verdicts.at(-1)?.rating ?? '',
          rating_reason: s.verdicts.at(-1)?.reason ?? '',
          follow_up: s.followUps.at(-1)?.outcome ?? '',
          follow_up_at: s.followUps.at(-1)?.at ?? '',
          residents: String(s.residents),
          merged_into: s.mergedInto ?? '',
        }[column];
        return column === 'anonymous' || column === 'overdue' ? value : csvCell(value);
      }).join(',');
    const awkward = ['=1+1', '@A1', '-5', '+86 138', '\t=x', 'a,b', 'say "hi"', 'two\r\nlines', '', '普通文字'];
    const rows = Array.from({ length: 1234 }, (_, i) =>
      submission({
        id: i,
        ref: String(1000000 + i),
        description: awkward[i % awkward.length]!,
        location: i % 3 === 0 ? null : awkward[(i + 1) % awkward.length]!,
        anonymous: i % 4 === 0,
        name: i % 4 === 0 ? null : awkward[(i + 2) % awkward.length]!,
        phone: i % 4 === 0 ? null : awkward[(i + 3) % awkward.length]!,
        inputModes: i % 2 === 0 ? ['touch'] : ['voice', 'keypad'],
        assignee: i % 5 === 0 ? null : { id: i, name: awkward[(i + 4) % awkward.length]! },
        overdue: i % 7 === 0,
        enteredBy: i % 6 === 0 ? awkward[(i + 5) % awkward.length]! : null,
        verdicts:
          i % 3 === 1
            ? [
                {
                  rating: 'unsatisfied',
                  reason: awkward[(i + 6) % awkward.length]!,
                  source: 'kiosk',
                  at: '2026-11-27T09:00:00.000+08:00',
                },
              ]
            : [],
      }),
    );
    const expected = `\uFEFF${[CSV_COLUMNS.join(','), ...rows.map(byColumn)].join('\r\n')}\r\n`;
    expect(toCsv(rows)).toBe(expected);
    expect(toCsv([])).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('writes every row of a large export once, in the order given, and counts them', () => {
    const rows = Array.from({ length: 2500 }, (_, i) => submission({ id: i, ref: String(1000000 + i) }));
    const { file, count } = csvFile(rows.values(), new Date('2026-11-26T12:00:00.000+08:00'));
    const lines = file.body.slice(1).split('\r\n');
    expect(count).toBe(2500);
    expect(lines).toHaveLength(2502);
    expect(lines.slice(1, -1).map((line) => line.split(',')[0])).toEqual(rows.map((s) => s.ref));
  });
});
