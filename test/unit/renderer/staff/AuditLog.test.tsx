// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { KioskApi, ResultOf } from '../../../../app/contract/kioskApi';
import { AuditLog } from '../../../../renderer/staff/AuditLog';
import { render, setup } from './support';

// The log as the server returns it (main/store/auditLog.ts), answered from memory: e2e reads the real one.
const ITEMS: ResultOf<'auditLog'>['items'] = [
  {
    id: 2,
    at: '2026-12-02T17:52:11+08:00',
    actor: 'staff:87e6296c',
    action: 'submission.view',
    detail: '{"id":27,"ref":"1000027"}',
  },
  { id: 1, at: '2026-12-02T17:50:00+08:00', actor: 'staff:87e6296c', action: 'staff.login', detail: null },
];
const api = { auditLog: async () => ({ items: ITEMS }) } as unknown as KioskApi;

describe('the audit log on the console', () => {
  it('reads as who did what and when, in plain words and the console’s date format', async () => {
    render(<AuditLog api={api} language="zh-CN" t={setup('zh-CN')} />);
    const table = await screen.findByRole('table');
    await within(table).findByText('查看了编号 100 0027 的提交');
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['时间', '谁', '做了什么']);
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2026年12月2日 17:52:11', '工作人员（登录 87e6）', '查看了编号 100 0027 的提交']);
    expect(table).not.toHaveTextContent('submission.view');
    expect(table).not.toHaveTextContent('{"id"');
    expect(table).not.toHaveTextContent('staff:87e6296c');
  });
});
