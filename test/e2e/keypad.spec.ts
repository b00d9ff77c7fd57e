import type { Page } from '@playwright/test';
import { digitsOf, expect, exportCsv, startKiosk, test } from './support';

/** Presses ArrowDown until the focused element has this accessible text, as a keypad user would. */
async function arrowTo(page: Page, name: string) {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('ArrowDown');
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (text === name) return;
  }
  throw new Error(`"${name}" was never reached with ArrowDown`);
}

test('a resident completes a complaint with the keypad only, in English', async ({ page }) => {
  await startKiosk(page);
  await arrowTo(page, 'English');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'What would you like to do?' })).toBeVisible();
  await page.keyboard.press('2');
  await expect(page.getByRole('heading', { name: 'Choose a category' })).toBeVisible();
  await page.keyboard.press('4');
  await expect(page.getByRole('heading', { name: 'Tell us what it is about' })).toBeVisible();
  await page.keyboard.press('1');
  await expect(page.getByRole('button', { name: 'Noise at night' })).toHaveAttribute('aria-pressed', 'true');
  await arrowTo(page, 'Next');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Where is it?' })).toBeVisible();
  await arrowTo(page, 'Skip');
  await page.keyboard.press(' ');
  await page.keyboard.press('1');
  await expect(page.getByRole('heading', { name: 'What should we call you?' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Leave your contact details?' })).toBeVisible();
  await page.keyboard.press('1');
  await arrowTo(page, 'Skip');
  await page.keyboard.press('Enter');
  for (const digit of '98765432') await page.keyboard.press(digit);
  await arrowTo(page, 'Next');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Shall we text you when your case moves on?' })).toBeVisible();
  await page.keyboard.press('2'); // the second option: no texts
  await expect(page.getByRole('heading', { name: 'Please check what you entered' })).toBeVisible();
  await expect(page.getByText('No texts')).toBeVisible();
  await arrowTo(page, 'Submit');
  await page.keyboard.press('Enter');
  const ref = digitsOf((await page.getByTestId('reference-number').textContent()) ?? '');
  const csv = await exportCsv(page);
  const row = csv.split('\r\n').find((line) => line.includes(ref));
  expect(row).toContain('98765432');
  expect(row).toMatch(/keypad/);
  expect(row).not.toMatch(/touch/);
});

test('F1 opens help and Escape closes it; the focus ring is always visible', async ({ page }) => {
  await startKiosk(page);
  await page.keyboard.press('x');
  await expect(page.getByRole('heading', { name: '您想做什么？' })).toBeVisible();
  await page.keyboard.press('F1');
  const dialog = page.getByRole('dialog', { name: '帮助' });
  await expect(dialog).toContainText('投诉：反映物业');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('ArrowDown');
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { width: Number.parseFloat(style.outlineWidth), style: style.outlineStyle };
  });
  expect(outline.style).toBe('solid');
  expect(outline.width).toBeGreaterThanOrEqual(3);
});
