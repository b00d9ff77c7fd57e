import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ExportedCase } from '../../../../app/contract/kioskApi';
import { exportFile, jsonChunks, toJson } from '../../../../main/exports/exportFile';
import { toOpen311 } from '../../../../main/exports/open311';
import { submission } from './fixtures';

const rows = [
  submission({
    id: 2,
    ref: '7654321',
    status: 'collected',
    inputModes: ['staff'],
    enteredBy: '王芳',
    assignee: { id: 3, name: '李四' },
    overdue: true,
    urgency: 'overdue',
    respondedAt: '2026-11-26T10:00:00.000+08:00',
    verdicts: [{ rating: 'unsatisfied', reason: '还是很吵', source: 'kiosk', at: '2026-11-29T09:00:00.000+08:00' }],
    followUps: [{ outcome: 'not-reached', note: '没人接', by: '李四', at: '2026-11-30T09:00:00.000+08:00' }],
    history: [
      { status: 'queued', at: '2026-11-26T09:20:00.000+08:00', by: 'kiosk', note: null },
      { status: 'collected', at: '2026-11-26T10:00:00.000+08:00', by: 'staff:1a2b3c4d', note: '已联系\n"明天上门"' },
    ],
  }),
  submission({ anonymous: true, name: null, phone: null, location: null, description: '🙂 emoji and\ttabs' }),
];

describe('JSON export', () => {
  it('round-trips: parsing it gives back the same submissions, each with its ref', () => {
    const parsed = z.array(ExportedCase).parse(JSON.parse(toJson(rows)));
    expect(parsed).toEqual(rows);
    expect(parsed.map((s) => s.ref)).toEqual(['7654321', '1234566']);
  });
});

describe('JSON export, a submission at a time', () => {
  it('writes exactly what the whole export writes, for none, one and several submissions', () => {
    for (const some of [[], rows.slice(0, 1), rows]) expect([...jsonChunks(some)].join('')).toBe(toJson(some));
  });
});

describe('Open311 export', () => {
  it('writes GeoReport v2 request payloads', () => {
    const [named, anonymous] = JSON.parse(toOpen311(rows));
    expect(named).toMatchObject({
      service_code: 'cmp.noise',
      description: rows[0]!.description,
      address_string: '3 号楼 502',
      first_name: '王阿姨',
      phone: '13800138000',
      ref: '7654321',
      'attribute[ref]': '7654321',
      'attribute[kind]': 'complaint',
      'attribute[language]': 'zh-CN',
    });
    expect(named).toMatchObject({
      'attribute[input_modes]': 'staff',
      'attribute[entered_by]': '王芳',
      'attribute[assignee]': '李四',
      'attribute[respond_by]': '2026-11-27',
      'attribute[resolve_by]': '2026-12-03',
      'attribute[overdue]': 'true',
      'attribute[responded_at]': '2026-11-26T10:00:00.000+08:00',
      'attribute[rating]': 'unsatisfied',
      'attribute[rating_reason]': '还是很吵',
      'attribute[follow_up]': 'not-reached',
    });
    // Still GeoReport v2's flat shape: every value a string, Linli's own in attribute[…].
    for (const request of [named, anonymous]) {
      for (const [key, value] of Object.entries(request)) {
        expect(typeof value, key).toBe('string');
        expect(key, key).toMatch(
          /^(service_code|description|address_string|first_name|phone|device_id|ref|attribute\[[a-z_]+\])$/,
        );
      }
    }
    expect(anonymous).not.toHaveProperty('attribute[assignee]');
    expect(anonymous).not.toHaveProperty('attribute[rating]');
    expect(anonymous).not.toHaveProperty('first_name');
    expect(anonymous).not.toHaveProperty('phone');
    expect(anonymous).not.toHaveProperty('address_string');
  });
});

describe('exportFile', () => {
  const at = new Date('2026-11-26T12:00:00.000+08:00');

  it.each([
    ['csv', /\.csv$/, 'text/csv; charset=utf-8'],
    ['json', /\.json$/, 'application/json; charset=utf-8'],
    ['open311', /\.open311\.json$/, 'application/json; charset=utf-8'],
  ] as const)('names a %s file and its content type', (format, name, contentType) => {
    const file = exportFile(format, rows, at);
    expect(file.filename).toMatch(/^linli-submissions-\d{4}-\d{2}-\d{2}\./);
    expect(file.filename).toMatch(name);
    expect(file.contentType).toBe(contentType);
    expect(file.body.length).toBeGreaterThan(0);
  });
});
