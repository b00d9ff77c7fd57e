import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { digitsOf, PIN, startKiosk } from './support';

test('staff sign in, see the new submission and export it as CSV that Excel reads as UTF-8', async ({ page }) => {
  await startKiosk(page);
  await page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' }).click();
  await page.getByRole('button', { name: /^投诉/ }).click();
  await page.getByRole('button', { name: '环境卫生' }).click();
  await page.getByLabel('补充说明（可以用键盘输入）').fill('=HYPERLINK("x") 垃圾三天没人收');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '跳过' }).click();
  await page.getByRole('button', { name: '匿名提交' }).click();
  await page.getByRole('button', { name: '确认提交' }).click();
  const ref = digitsOf((await page.getByTestId('reference-number').textContent()) ?? '');

  await page.goto('/staff');
  await page.getByLabel('PIN 码').fill('000000');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toHaveText('PIN 码不对。');
  await page.getByLabel('PIN 码').fill(PIN);
  await page.getByRole('button', { name: '登录' }).click();
  const row = page.getByRole('row').filter({ hasText: `${ref.slice(0, 3)} ${ref.slice(3)}` });
  await expect(row).toContainText('垃圾三天没人收');
  await expect(row).toContainText('待领取');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 CSV' }).click();
  const file = readFileSync((await (await downloading).path())!);
  expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = file.toString('utf8');
  expect(csv).toContain(ref);
  expect(csv).toContain(`"'=HYPERLINK(""x"") 垃圾三天没人收"`);

  await page.getByRole('button', { name: '退出' }).click();
  await expect(page.getByRole('heading', { name: '工作人员登录' })).toBeVisible();
  expect((await page.request.post('/api/listSubmissions', { data: {} })).status()).toBe(401);
});
