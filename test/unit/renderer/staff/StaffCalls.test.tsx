// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { KioskApi, ResultOf } from '../../../../app/contract/kioskApi';
import { StaffCalls } from '../../../../renderer/staff/StaffCalls';
import { render, setup } from './support';

type Pending = ResultOf<'pendingStaffCalls'>['items'];

/**
 * The two methods the calls banner uses, answering from a list in memory: the real API is HTTP to a host,
 * which test/e2e/staff.spec.ts drives in Chromium. An acknowledged call leaves the list, as on the server.
 */
function fakeApi(items: Pending) {
  let pending = [...items];
  const acknowledged: number[] = [];
  const api = {
    pendingStaffCalls: async () => ({ items: pending }),
    acknowledgeStaffCall: async ({ id }: { id: number }) => {
      acknowledged.push(id);
      pending = pending.filter((c) => c.id !== id);
      return { acknowledged: true };
    },
  } as unknown as KioskApi;
  return { api, acknowledged };
}

// Two calls stored one per row (as before the server folded repeats), one folded call, one from a web terminal.
const CALLS: Pending = [
  { id: 1, language: 'zh-CN', createdAt: '2026-12-02T09:30:05+08:00', kiosk: 'kiosk-1', source: 'kiosk' },
  {
    id: 2,
    language: 'zh-HK',
    createdAt: '2026-12-02T09:33:00+08:00',
    lastAt: '2026-12-02T09:41:00+08:00',
    count: 3,
    kiosk: 'kiosk-1',
    source: 'kiosk',
  },
  { id: 3, language: 'en', createdAt: '2026-12-02T09:35:00+08:00', kiosk: '192.0.2.7', source: 'browser', count: 1 },
];

describe('residents’ calls on the staff console', () => {
  it('show one line per kiosk with where, language, how often and since when, answered once for all', async () => {
    const user = userEvent.setup();
    const { api, acknowledged } = fakeApi(CALLS);
    render(<StaffCalls api={api} pollApi={api} lastAction={() => 0} language="zh-CN" t={setup('zh-CN')} />);
    const banner = await screen.findByRole('alert', { name: '居民呼叫' });
    expect(banner).toHaveTextContent('有居民在自助机前呼叫工作人员');
    const lines = within(banner).getAllByRole('listitem');
    expect(lines.map((l) => l.textContent)).toEqual([
      '自助机 kiosk-1语言：粤语、中文（简体）呼叫 4 次首次 09:30，最近 09:41我去处理',
      '网页终端 192.0.2.7语言：英语呼叫 1 次09:35 呼叫我去处理',
    ]);
    const answers = within(banner).getAllByRole('button', { name: '我去处理' });
    expect(answers).toHaveLength(2);
    expect(answers[0]).toHaveAccessibleDescription(
      '自助机 kiosk-1语言：粤语、中文（简体）呼叫 4 次首次 09:30，最近 09:41',
    );

    await user.click(answers[0]!);
    await vi.waitFor(() => expect(within(banner).getAllByRole('listitem')).toHaveLength(1));
    expect(acknowledged.sort()).toEqual([1, 2]);
    expect(banner).toHaveTextContent('网页终端 192.0.2.7');
  });

  it('are worded in the console’s language', async () => {
    const { api } = fakeApi(CALLS.slice(2));
    render(<StaffCalls api={api} pollApi={api} lastAction={() => 0} language="en" t={setup('en')} />);
    const line = await screen.findByRole('listitem');
    expect(line).toHaveTextContent('Web terminal 192.0.2.7Language: EnglishCalled 1 ×Called at 09:35I am on my way');
  });

  it('show nothing when no one is waiting', async () => {
    const { api } = fakeApi([]);
    const polled = vi.spyOn(api, 'pendingStaffCalls');
    render(<StaffCalls api={api} pollApi={api} lastAction={() => 0} language="zh-CN" t={setup('zh-CN')} />);
    await vi.waitFor(() => expect(polled).toHaveBeenCalled());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
