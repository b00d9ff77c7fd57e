// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaseSummary, Filters, KioskApi, ResultOf } from '../../../../app/contract/kioskApi';
import { Queue } from '../../../../renderer/staff/Queue';
import { CONFIG } from '../screens/support';
import { render, setup } from './support';

const summary = (id: number, over: Partial<CaseSummary> = {}): CaseSummary => ({
  id,
  ref: `100000${id}`,
  kind: 'complaint',
  category: 'cmp.facilities',
  description: `电梯停了 ${id}`,
  location: null,
  anonymous: true,
  name: null,
  phone: null,
  language: 'zh-CN',
  inputModes: ['touch'],
  kioskId: 'kiosk-1',
  status: 'queued',
  createdAt: '2025-03-01T09:30:00+08:00',
  updatedAt: '2025-03-01T09:30:00+08:00',
  ...over,
});

/**
 * The KioskApi as the queue uses it, answering from a list in memory and recording each call:
 * the real API is HTTP to a host, which test/e2e/staff.spec.ts drives in Chromium.
 */
function fakeApi(items: CaseSummary[], total = items.length, { countsCapped = false } = {}) {
  const calls: { method: string; args: unknown }[] = [];
  const api = {
    listSubmissions: async (args: Filters) => {
      calls.push({ method: 'listSubmissions', args });
      const counts: Record<string, number> = {};
      for (const s of items) counts[s.status] = (counts[s.status] ?? 0) + 1;
      const overdue = items.filter((s) => s.overdue).length;
      return {
        items: items.slice(0, args.limit ?? 100),
        total,
        counts,
        overdue,
        ...(countsCapped && { countsCapped: true as const }),
      } satisfies ResultOf<'listSubmissions'>;
    },
    setStatus: async (args: unknown) => {
      calls.push({ method: 'setStatus', args });
      return { changed: 1 };
    },
    exportSubmissions: async (args: unknown) => {
      calls.push({ method: 'exportSubmissions', args });
      return { filename: 'linli.csv', contentType: 'text/csv', body: 'ref\r\n' };
    },
  } as unknown as KioskApi;
  return { api, calls, lists: () => calls.filter((c) => c.method === 'listSubmissions').map((c) => c.args) };
}

const renderQueue = (api: KioskApi) => render(<Queue api={api} config={CONFIG} language="zh-CN" t={setup('zh-CN')} />);

describe('the staff queue', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('lists the submissions with their counts per status, each row as staff read it', async () => {
    const { api } = fakeApi([
      summary(1, {
        anonymous: false,
        name: '赵大爷',
        phone: '13912348000',
        status: 'collected',
        assignee: { id: 3, name: '张三' },
        resolveBy: '2025-03-07',
        urgency: 'overdue',
        overdue: true,
      }),
      summary(2, { kind: 'suggestion', category: 'sug.activities', description: '多办讲座' }),
    ]);
    renderQueue(api);
    const table = await screen.findByRole('table');
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    const [, first, second] = within(table).getAllByRole('row');
    expect(cells(first!)).toEqual([
      '',
      '100 0001',
      '2025年3月1日 09:30',
      '投诉',
      '公共设施',
      '已领取',
      '电梯停了 1',
      '赵大爷 13912348000',
      '张三 · 已超期 2025-03-07',
    ]);
    expect(cells(second!)).toEqual([
      '',
      '100 0002',
      '2025年3月1日 09:30',
      '建议',
      '文化活动',
      '待领取',
      '多办讲座',
      '匿名',
      '未分派',
    ]);
    expect(screen.getByText('超期 1 件')).toBeInTheDocument();
    expect(screen.getByText('待领取: 1')).toBeInTheDocument();
    expect(screen.getByText('已领取: 1')).toBeInTheDocument();
    expect(screen.getByText('共 2 条')).toBeInTheDocument();
  });

  it('says "more than 1000" of a search whose counting stopped at 1,001, and each count as a lower bound', async () => {
    renderQueue(fakeApi([summary(1), summary(2, { status: 'collected' })], 1001, { countsCapped: true }).api);
    await screen.findByRole('table');
    expect(screen.getByText('超过 1000 条')).toBeInTheDocument();
    expect(screen.getByText('待领取: 1+')).toBeInTheDocument();
    expect(screen.getByText('已领取: 1+')).toBeInTheDocument();
    expect(screen.queryByText('共 1001 条')).toBeNull();
  });

  it('sets each filter’s label on top of its own field, one label and one field to a cell of the grid', async () => {
    renderQueue(fakeApi([summary(1)]).api);
    await screen.findByRole('table');
    const form = screen.getByRole('button', { name: '筛选' }).closest('form')!;
    const labels = [...form.querySelectorAll('label')];
    expect(labels.map((l) => l.textContent)).toEqual([
      '状态',
      '事项',
      '类别',
      '从（日期）',
      '到（日期）',
      '搜索说明、地点或编号',
    ]);
    for (const label of labels) {
      const field = document.getElementById(label.htmlFor);
      expect(field, label.textContent!).not.toBeNull();
      const cell = label.parentElement!;
      expect(cell.parentElement, label.textContent!).toBe(form);
      expect([...cell.children], label.textContent!).toEqual([label, field]);
    }
  });

  it('says so when there is nothing yet', async () => {
    renderQueue(fakeApi([]).api);
    expect(await screen.findByText('还没有提交。')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('filters by what staff chose, sent on 筛选 or on Enter in the search box', async () => {
    const user = userEvent.setup();
    const { api, lists } = fakeApi([summary(1)]);
    renderQueue(api);
    await screen.findByRole('table');
    await user.selectOptions(screen.getByRole('combobox', { name: '事项' }), 'complaint');
    await user.selectOptions(screen.getByRole('combobox', { name: '状态' }), 'queued');
    await user.click(screen.getByRole('button', { name: '筛选' }));
    await vi.waitFor(() => expect(lists()).toHaveLength(2));
    expect(lists()[1]).toEqual(expect.objectContaining({ kind: 'complaint', status: 'queued', limit: 100 }));
    await user.type(screen.getByRole('searchbox', { name: '搜索说明、地点或编号' }), '  电梯 {Enter}');
    await vi.waitFor(() => expect(lists()).toHaveLength(3));
    expect(lists()[2]).toEqual(expect.objectContaining({ kind: 'complaint', text: '电梯' }));
  });

  it('marks a case staff entered for a resident (代办), and only that one', async () => {
    renderQueue(fakeApi([summary(1, { inputModes: ['staff'] }), summary(2)]).api);
    const [, first, second] = within(await screen.findByRole('table')).getAllByRole('row');
    expect(within(first!).getAllByRole('cell')[1]!.textContent).toBe('100 0001代办');
    expect(within(second!).getAllByRole('cell')[1]!.textContent).toBe('100 0002');
  });

  it('offers only the chosen kind’s categories', async () => {
    const user = userEvent.setup();
    renderQueue(fakeApi([summary(1)]).api);
    await screen.findByRole('table');
    await user.selectOptions(screen.getByRole('combobox', { name: '事项' }), 'suggestion');
    const categories = within(screen.getByRole('combobox', { name: '类别' })).getAllByRole('option');
    expect(categories.map((o) => o.getAttribute('value'))).toEqual([
      '',
      ...CONFIG.catalogue.filter((c) => c.kind === 'suggestion').map((c) => c.code),
    ]);
  });

  it('marks the rows chosen as collected, all at once, then lists again', async () => {
    const user = userEvent.setup();
    const { api, calls, lists } = fakeApi([summary(1), summary(2), summary(3)]);
    renderQueue(api);
    await screen.findByRole('table');
    const collect = screen.getByRole('button', { name: '把选中的 0 条标记为已领取' });
    expect(collect).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: '选中 100 0001' }));
    await user.click(screen.getByRole('checkbox', { name: '选中 100 0003' }));
    await user.click(screen.getByRole('checkbox', { name: '选中 100 0003' }));
    // By keys too: Space on a focused checkbox.
    screen.getByRole('checkbox', { name: '选中 100 0002' }).focus();
    await user.keyboard(' ');
    await user.click(screen.getByRole('button', { name: '把选中的 2 条标记为已领取' }));
    await vi.waitFor(() => expect(lists()).toHaveLength(2));
    expect(calls.find((c) => c.method === 'setStatus')?.args).toEqual({ ids: [1, 2], status: 'collected' });
    expect(screen.getByRole('button', { name: '把选中的 0 条标记为已领取' })).toBeDisabled();
  });

  it('shows more when there are more than one page holds', async () => {
    const user = userEvent.setup();
    const { api, lists } = fakeApi([summary(1)], 250);
    renderQueue(api);
    await user.click(await screen.findByRole('button', { name: '显示更多' }));
    await vi.waitFor(() => expect(lists()).toHaveLength(2));
    expect(lists()[1]).toEqual(expect.objectContaining({ limit: 200 }));
  });

  it('exports with the filters applied', async () => {
    const user = userEvent.setup();
    // jsdom has no object URLs: the download itself is Chromium's (test/e2e/staff.spec.ts).
    // (This file's own jsdom: nothing to restore.)
    Object.assign(URL, { createObjectURL: () => 'blob:linli', revokeObjectURL: () => {} });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { api, calls } = fakeApi([summary(1)]);
    renderQueue(api);
    await screen.findByRole('table');
    await user.selectOptions(screen.getByRole('combobox', { name: '事项' }), 'complaint');
    await user.click(screen.getByRole('button', { name: '筛选' }));
    await user.click(screen.getByRole('button', { name: '导出 CSV' }));
    await vi.waitFor(() => expect(calls.some((c) => c.method === 'exportSubmissions')).toBe(true));
    expect(calls.find((c) => c.method === 'exportSubmissions')?.args).toEqual(
      expect.objectContaining({ format: 'csv', kind: 'complaint' }),
    );
  });
  it('puts the urgent first and narrows to overdue or due today at a press, and a second press undoes it', async () => {
    const user = userEvent.setup();
    const { api, lists } = fakeApi([summary(1)]);
    renderQueue(api);
    await screen.findByRole('table');
    expect(lists().at(-1)).toEqual(expect.objectContaining({ sort: 'newest' }));
    const urgent = screen.getByRole('button', { name: '紧急的排在前面' });
    await user.click(urgent);
    expect(urgent).toHaveAttribute('aria-pressed', 'true');
    await vi.waitFor(() => expect(lists().at(-1)).toEqual(expect.objectContaining({ sort: 'urgency' })));
    await user.click(screen.getByRole('button', { name: '只看超期' }));
    await vi.waitFor(() =>
      expect(lists().at(-1)).toEqual(expect.objectContaining({ sort: 'urgency', due: 'overdue' })),
    );
    await user.click(screen.getByRole('button', { name: '只看今天到期' }));
    await vi.waitFor(() => expect(lists().at(-1)).toEqual(expect.objectContaining({ due: 'today' })));
    expect(screen.getByRole('button', { name: '只看超期' })).toHaveAttribute('aria-pressed', 'false');
    await user.click(screen.getByRole('button', { name: '只看今天到期' }));
    await user.click(urgent);
    await vi.waitFor(() => expect(lists().at(-1)).toEqual(expect.objectContaining({ sort: 'newest', due: undefined })));
  });
});
