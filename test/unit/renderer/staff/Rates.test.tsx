// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseRatesView, ResultOf } from '../../../../app/contract/kioskApi';
import { Rates } from '../../../../renderer/staff/Rates';
import { CONFIG } from '../screens/support';
import { render, setup } from './support';

const ratio = (count: number, of: number) => ({ count, of, rate: of === 0 ? null : count / of });
const view = (
  cases: number,
  response: [number, number],
  resolution: [number, number],
  satisfaction: [number, number],
) =>
  ({
    cases,
    response: ratio(...response),
    resolution: ratio(...resolution),
    satisfaction: ratio(...satisfaction),
    pending: { response: 0, resolution: 0 },
  }) satisfies CaseRatesView;

// The rates as the host computes them (main/services/caseRates.ts), answered from memory: e2e reads the real ones.
const STATS = {
  rates: {
    total: view(12, [9, 10], [6, 8], [0, 0]),
    byCategory: {
      'cmp.noise': view(7, [5, 6], [4, 5], [0, 0]),
      'svc.social-security': view(5, [4, 4], [2, 3], [0, 0]),
    },
  },
} as unknown as ResultOf<'stats'>;

/** What the console saves: jsdom has no object URLs, so the Blob handed to one is kept instead. */
let saved: { name: string; blob: Blob }[];
beforeEach(() => {
  saved = [];
  // recharts' ResponsiveContainer measures its box; jsdom lays nothing out, so it is given none.
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  // …and says so on the console, which would bury what a failure prints.
  const warn = console.warn;
  vi.spyOn(console, 'warn').mockImplementation((...args) => {
    if (!String(args[0]).startsWith('The width(0) and height(0) of chart')) warn(...args);
  });
  let blob: Blob | undefined;
  vi.stubGlobal(
    'URL',
    Object.assign(class extends URL {}, {
      createObjectURL: (b: Blob) => {
        blob = b;
        return 'blob:rates';
      },
      revokeObjectURL: () => {},
    }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blob! });
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the three rates on the console', () => {
  it('are a table a screen reader reads, and a CSV of the same figures with the category codes', async () => {
    render(<Rates stats={STATS} days={30} config={CONFIG} language="zh-CN" t={setup('zh-CN')} />);
    const table = screen.getByRole('table', { name: '近 30 天收到的案件' });
    const noise = within(table).getByRole('row', { name: /噪音扰民/ });
    expect(
      within(noise)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['7', '83%（5/6）', '80%（4/5）', '暂无']);

    await userEvent.click(screen.getByRole('button', { name: '导出三率（CSV）' }));
    expect(saved.map((s) => s.name)).toEqual(['rates-30d.csv']);
    const { blob } = saved[0]!;
    expect(blob.type).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    // A byte-order mark, so Excel opens the file as UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3)).split('\r\n')).toEqual([
      'category,cases,response,response_of,resolution,resolution_of,satisfaction,satisfaction_of',
      'all,12,9,10,6,8,0,0',
      'cmp.noise,7,5,6,4,5,0,0',
      'svc.social-security,5,4,4,2,3,0,0',
      '',
    ]);
  });

  it('say so when nothing came in, with no chart of nothing', () => {
    const empty = { rates: { total: view(0, [0, 0], [0, 0], [0, 0]), byCategory: {} } } as unknown as ResultOf<'stats'>;
    const t = setup('en');
    render(<Rates stats={empty} days={7} config={CONFIG} language="en" t={t} />);
    expect(screen.getByText(t('staff.rates.empty'))).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2);
  });
});
