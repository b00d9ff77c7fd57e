import type { Page } from '@playwright/test';
import { expect, startKiosk, test } from './support';

const START = '轻触屏幕任意位置，或按任意键开始';

/** Presses ArrowDown until the focused element has this text, as a keypad user would. */
async function arrowTo(page: Page, name: string) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('ArrowDown');
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (text === name) return;
  }
  throw new Error(`"${name}" was never reached with ArrowDown`);
}

const html = (page: Page) => page.locator('html');
const rootPx = (page: Page) =>
  page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));

test('the settings open from the footer of every screen and close back to where the resident was', async ({ page }) => {
  await startKiosk(page);
  const settings = page.getByRole('contentinfo').getByRole('button', { name: '设置' });
  await settings.click();
  const panel = page.getByRole('dialog', { name: '设置' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: '设置' })).toBeFocused();
  await panel.getByRole('group', { name: '文字大小' }).getByRole('button', { name: '特大' }).click();
  await panel.getByRole('button', { name: '高对比度：黑底' }).click();
  await expect(html(page)).toHaveAttribute('data-text-size', '3');
  await expect(html(page)).toHaveAttribute('data-contrast', 'high');
  await expect(panel.getByRole('button', { name: '高对比度：黑底' })).toHaveAttribute('aria-pressed', 'true');
  await panel.getByRole('button', { name: '关闭' }).click();
  await expect(panel).toBeHidden();
  await expect(settings).toBeFocused();

  // The same panel, with the settings kept, further into a complaint; closing leaves the resident's words alone.
  await page.getByRole('button', { name: START }).click();
  await page.getByRole('button', { name: /^投诉/ }).click();
  await page.getByRole('button', { name: '邻里纠纷' }).click();
  await page.getByLabel('补充说明').fill('楼上每天晚上漏水');
  await settings.click();
  await expect(panel.getByRole('group', { name: '文字大小' }).getByRole('button', { name: '特大' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await panel.getByRole('button', { name: '全部恢复默认' }).click();
  await expect(html(page)).toHaveAttribute('data-text-size', '0');
  await expect(html(page)).toHaveAttribute('data-contrast', 'default');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.getByRole('heading', { name: '请说明情况' })).toBeVisible();
  await expect(page.getByLabel('补充说明')).toHaveValue('楼上每天晚上漏水');
});

test('the settings work by keypad alone: arrows, Enter, the speech keys and Escape', async ({ page }) => {
  await startKiosk(page);
  await arrowTo(page, '设置');
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: '设置' });
  await expect(panel.getByRole('heading', { name: '设置' })).toBeFocused();
  await arrowTo(page, '较大');
  await page.keyboard.press('Enter');
  await expect(html(page)).toHaveAttribute('data-text-size', '2');
  await arrowTo(page, '深色');
  await page.keyboard.press(' ');
  await expect(html(page)).toHaveAttribute('data-contrast', 'dark');
  await arrowTo(page, '延长时间');
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('button', { name: '延长时间' })).toHaveAttribute('aria-pressed', 'true');
  // The number pad's keys: * faster, / slower, + louder, - quieter.
  await page.keyboard.press('*');
  await expect(panel).toContainText('现在：1 倍');
  await page.keyboard.press('/');
  await page.keyboard.press('/');
  await expect(panel).toContainText('现在：0.7 倍');
  await page.keyboard.press('+');
  await expect(panel).toContainText('现在：100%');
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect(panel).toContainText('现在：50%');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.getByRole('button', { name: '设置' })).toBeFocused();
  // Still the welcome screen: the settings keys did not start a session.
  await expect(page.getByRole('button', { name: START })).toBeVisible();
});

test('the four text sizes measure 1×, 1.25×, 1.5× and 2× the standard, 3 % of a 1080p window (32.4 px)', async ({
  page,
}) => {
  await startKiosk(page);
  await page.getByRole('button', { name: '设置' }).click();
  const sizes = page.getByRole('dialog', { name: '设置' }).getByRole('group', { name: '文字大小' });
  const measured: number[] = [];
  for (const name of ['标准', '大', '较大', '特大']) {
    await sizes.getByRole('button', { name, exact: true }).click();
    await expect(sizes.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true');
    measured.push(await rootPx(page));
  }
  expect(measured[0]).toBeCloseTo(32.4, 1);
  for (const [i, scale] of [1, 1.25, 1.5, 2].entries()) expect(measured[i]! / measured[0]!).toBeCloseTo(scale, 3);
  expect(measured[3]! / measured[0]!).toBeGreaterThanOrEqual(2);
});

test('speech rate and volume step one at a time and stop at the ends', async ({ page }) => {
  await startKiosk(page);
  await page.getByRole('button', { name: '设置' }).click();
  const panel = page.getByRole('dialog', { name: '设置' });
  await expect(panel).toContainText('现在：0.85 倍');
  await expect(panel).toContainText('现在：75%');
  for (let i = 0; i < 6; i++) await panel.getByRole('button', { name: '快一点' }).click();
  await expect(panel).toContainText('现在：2 倍');
  for (let i = 0; i < 8; i++) await panel.getByRole('button', { name: '慢一点' }).click();
  await expect(panel).toContainText('现在：0.5 倍');
  for (let i = 0; i < 3; i++) await panel.getByRole('button', { name: '小声一点' }).click();
  await expect(panel).toContainText('现在：25%');
  for (let i = 0; i < 5; i++) await panel.getByRole('button', { name: '大声一点' }).click();
  await expect(panel).toContainText('现在：100%');
  await panel.getByRole('button', { name: '触摸朗读' }).click();
  await expect(panel.getByRole('button', { name: '触摸朗读' })).toHaveAttribute('aria-pressed', 'true');
});
