import { expect, type Page } from '@playwright/test';

export const PIN = '246810';

// One axe runner for every spec: test/e2e/axe.ts.
export { expectNoAxeViolations } from './axe';

export async function startKiosk(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Signs in to the staff API in this page's context and returns the CSV export's text. */
export async function exportCsv(page: Page): Promise<string> {
  const login = await page.request.post('/api/staffLogin', { data: { pin: PIN } });
  expect(login.status()).toBe(200);
  const response = await page.request.post('/api/exportSubmissions', { data: { format: 'csv' } });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { body: string }).body;
}

export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}
