import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startOwnHost } from './ownHost';
import { expect, PIN, test } from './support';

const signIn = async (page: Page) => {
  // The queue's first list is part of signing in (a call that counts as activity): the test's clock may move
  // only once the host has answered it, or a slow machine would have it land after the clock moved on.
  const listed = page.waitForResponse((r) => r.url().endsWith('/api/listSubmissions') && r.status() === 200);
  await page.getByLabel('PIN 码').fill(PIN);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('heading', { name: '待处理队列' })).toBeVisible();
  await listed;
};

test('the console signs itself out after the idle limit: its own poll every 3 s does not keep it alive', async ({
  page,
}) => {
  // The host's clock runs ahead when the test says so: a minute of idleness without waiting a minute.
  let ahead = 0;
  const host = await startOwnHost(
    (dir) => writeFileSync(join(dir, 'config.json'), JSON.stringify({ staff: { sessionIdleMinutes: 1 } })),
    { now: () => new Date(Date.now() + ahead) },
  );
  try {
    await page.goto(`${host.url}staff`);
    await signIn(page);
    const poll = () => page.waitForResponse((r) => r.url().endsWith('/api/pendingStaffCalls') && r.status() === 200);

    ahead = 40_000;
    // Two polls, so one surely reached the host after its clock moved on: both marked as a timer's.
    for (const answered of [await poll(), await poll()]) {
      expect(answered.request().headers()['x-linli-background']).toBe('1');
    }
    ahead = 70_000; // 70 s since the last thing a person did, 30 s since the last poll
    // The next poll (every 3 s) finds the session ended.
    await expect(page.getByRole('status')).toHaveText('长时间没有操作，已自动退出登录。请重新登录。', {
      timeout: 20_000,
    });
    await expect(page.getByRole('heading', { name: '工作人员登录' })).toBeVisible();
    expect((await page.request.post(`${host.url}api/listSubmissions`, { data: {} })).status()).toBe(401);
  } finally {
    await host.close();
  }
});

test('leaving the console by typing another address ends the session on the host', async ({ page }) => {
  await page.goto('/staff');
  await signIn(page);
  expect((await page.request.post('/api/listSubmissions', { data: {} })).status()).toBe(200);
  await page.goto('/');
  await expect(page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' })).toBeVisible();
  // The page's last call (a keepalive fetch on pagehide) may land just after the new page shows.
  await expect.poll(async () => (await page.request.post('/api/listSubmissions', { data: {} })).status()).toBe(401);
  await page.goto('/staff');
  await expect(page.getByRole('heading', { name: '工作人员登录' })).toBeVisible();
});
