import type { Page } from '@playwright/test';
import { expect, startKiosk, test } from './support';

// WCAG 2.2.1 Timing Adjustable, on Playwright's simulated clock.

const START = '轻触屏幕任意位置，或按任意键开始';
const DESCRIPTION = '补充说明';

async function timing(page: Page): Promise<{ idleMs: number; warningMs: number }> {
  return (await (await page.request.post('/api/getKioskConfig', { data: {} })).json()).timing;
}

async function halfFilledComplaint(page: Page) {
  await page.getByRole('button', { name: START }).click();
  await page.getByRole('button', { name: /^投诉/ }).click();
  await page.getByRole('button', { name: '邻里纠纷' }).click();
  await page.getByLabel(DESCRIPTION).fill('楼上每天晚上漏水');
}

test('the idle warning can be answered ten times and more, and nothing entered is lost', async ({ page }) => {
  await page.clock.install();
  await startKiosk(page);
  const { idleMs } = await timing(page);
  await halfFilledComplaint(page);
  const warning = page.getByRole('alertdialog', { name: '您还在吗？' });
  for (let i = 0; i < 12; i++) {
    await page.clock.fastForward(idleMs + 500);
    await expect(warning, `warning ${i + 1}`).toBeVisible();
    await page.getByRole('button', { name: '继续' }).click();
    await expect(warning).toBeHidden();
  }
  await expect(page.getByLabel(DESCRIPTION)).toHaveValue('楼上每天晚上漏水');
});

test('"more time" doubles the time before the warning and the time to answer it', async ({ page }) => {
  await page.clock.install();
  await startKiosk(page);
  const { idleMs, warningMs } = await timing(page);
  await halfFilledComplaint(page);
  await page.getByRole('button', { name: '设置' }).click();
  await page.getByRole('button', { name: '延长时间' }).click();
  await page.getByRole('button', { name: '关闭' }).click();

  const warning = page.getByRole('alertdialog', { name: '您还在吗？' });
  await page.clock.fastForward(idleMs + 500);
  await expect(page.getByRole('heading', { name: '请说明情况' })).toBeVisible();
  await expect(warning).toBeHidden();
  await page.clock.fastForward(idleMs);
  await expect(warning).toBeVisible();
  // The countdown shows the doubled time (a second may have ticked by).
  const seconds = Number((await warning.textContent())?.match(/(\d+) 秒/)?.[1]);
  expect(seconds).toBeGreaterThanOrEqual((2 * warningMs) / 1000 - 1);

  await page.clock.fastForward(warningMs + 500);
  await expect(warning).toBeVisible();
  await expect(page.getByLabel(DESCRIPTION)).toHaveValue('楼上每天晚上漏水');
  await page.clock.fastForward(warningMs);
  await expect(page.getByRole('button', { name: START })).toBeVisible();
  await expect(page.getByText('楼上每天晚上漏水')).toHaveCount(0);
});
