import { expect, expectNoAxeViolations, startKiosk, test } from './support';

test('an idle kiosk warns, then wipes a half-filled complaint and resets the settings', async ({ page }) => {
  await page.clock.install();
  await startKiosk(page);
  const config = await (await page.request.post('/api/getKioskConfig', { data: {} })).json();
  await page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' }).click();
  await page.getByRole('button', { name: '设置' }).click();
  await page.getByRole('button', { name: '大', exact: true }).click();
  await page.getByRole('button', { name: '高对比度：黑底' }).click();
  await page.getByRole('button', { name: '延长时间' }).click();
  await page.getByRole('button', { name: '关闭' }).click();
  await page.getByRole('button', { name: /^投诉/ }).click();
  await page.getByRole('button', { name: '邻里纠纷' }).click();
  await page.getByLabel('补充说明').fill('楼上每天晚上漏水');

  // "More time" is on: every idle time is doubled.
  await page.clock.fastForward(2 * config.timing.idleMs + 500);
  const warning = page.getByRole('alertdialog', { name: '您还在吗？' });
  await expect(warning).toBeVisible();
  await expectNoAxeViolations(page, 'idle warning');
  await page.getByRole('button', { name: '继续' }).click();
  await expect(warning).toBeHidden();
  await expect(page.getByLabel('补充说明')).toHaveValue('楼上每天晚上漏水');

  await page.clock.fastForward(2 * config.timing.idleMs + 500);
  await expect(warning).toBeVisible();
  await page.clock.fastForward(2 * config.timing.warningMs + 500);
  await expect(page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'default');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '0');
  await page.getByRole('button', { name: '设置' }).click();
  await expect(page.getByRole('button', { name: '延长时间' })).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByText('楼上每天晚上漏水')).toHaveCount(0);

  await page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' }).click();
  await expect(page.getByRole('button', { name: /^投诉/ })).not.toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: /^投诉/ }).click();
  await page.getByRole('button', { name: '邻里纠纷' }).click();
  await expect(page.getByLabel('补充说明')).toHaveValue('');
  await expect(page.getByRole('button', { name: '楼上漏水' })).toHaveAttribute('aria-pressed', 'false');
});

test('the receipt returns to the welcome screen by itself', async ({ page }) => {
  await page.clock.install();
  await startKiosk(page);
  const config = await (await page.request.post('/api/getKioskConfig', { data: {} })).json();
  await page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' }).click();
  await page.getByRole('button', { name: /^投诉/ }).click();
  await page.getByRole('button', { name: '公共设施' }).click();
  await page.getByRole('button', { name: '路灯不亮' }).click();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '跳过' }).click();
  await page.getByRole('button', { name: '匿名提交' }).click();
  await page.getByRole('button', { name: '确认提交' }).click();
  await expect(page.getByTestId('reference-number')).toBeVisible();
  await page.clock.fastForward(config.timing.receiptMs + 500);
  await expect(page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' })).toBeVisible();
  await expect(page.getByTestId('reference-number')).toHaveCount(0);
});
