import type { Page } from '@playwright/test';
import { expect, PIN, startKiosk, test } from './support';

// The README shows these; writing them from the tests keeps them current.
// A test run writes them under test-results, so a run never leaves the tree changed (new reference numbers and
// times in every picture); `LINLI_UPDATE_SCREENSHOTS=1` writes the README's copies in docs/screenshots.
const SHOTS = process.env.LINLI_UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots';
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png` });

test('screenshots of the main screens for the README', async ({ page }) => {
  await startKiosk(page);
  await shot(page, '01-welcome');
  await page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' }).click();
  await shot(page, '02-choose-kind');
  await page.getByRole('button', { name: /^投诉/ }).click();
  await shot(page, '03-choose-category');
  await page.getByRole('button', { name: '噪音扰民' }).click();
  await page.getByRole('button', { name: '夜间噪音' }).click();
  await page.getByLabel('补充说明').fill('楼上每天夜里十二点以后还在拖椅子。');
  await shot(page, '04-describe');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('楼栋、单元或附近地标（可以不填）').fill('5号楼3单元');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '留下联系方式' }).click();
  await page.getByLabel('称呼（可以不填）').fill('李先生');
  await page.getByRole('button', { name: '下一步' }).click();
  for (const digit of '1391234') await page.getByRole('button', { name: digit, exact: true }).click();
  await shot(page, '05-phone');
  for (const digit of '5678') await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: '下一步' }).click();
  await shot(page, '06-review');
  await page.getByRole('button', { name: '确认提交' }).click();
  await expect(page.getByTestId('reference-number')).toBeVisible();
  await shot(page, '07-receipt');
  await page.getByRole('button', { name: '完成' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Large', exact: true }).click();
  await page.getByRole('button', { name: 'High contrast, dark' }).click();
  await page.getByRole('button', { name: 'Close' }).click();
  await shot(page, '08-english-large-high-contrast');
  await page.goto('/staff');
  await page.getByLabel('PIN 码').fill(PIN);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('heading', { name: '待处理队列' })).toBeVisible();
  await shot(page, '09-staff-queue');
});
