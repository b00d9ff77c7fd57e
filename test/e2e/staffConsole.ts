import type { Page } from '@playwright/test';
import { expect } from './support';

/*
 * The staff console as a community worker uses it, found by what it says (roles and visible labels):
 * shared by the case journey and the README's screenshots of a day's work.
 */

/** The reference as the console shows it: "100 0027". */
export const shownRef = (ref: string) => `${ref.slice(0, 3)} ${ref.slice(3)}`;

/** Opens the console at `base` and signs in with a PIN; waits for the name it says is signed in. */
export async function signIn(page: Page, base: string, pin: string, who: string) {
  await page.goto(new URL('/staff', base).href);
  await page.getByLabel('PIN 码').fill(pin);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText(`已登录：${who}`)).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: '退出', exact: true }).click();
  await expect(page.getByLabel('PIN 码')).toBeVisible();
}

/** The queue's line for a case (the queue tab opened first). */
export async function queueRow(page: Page, ref: string) {
  await page.getByRole('button', { name: '队列', exact: true }).click();
  return page.getByRole('row').filter({ hasText: shownRef(ref) });
}

/** Opens a case from the queue and returns its detail. */
export async function openCase(page: Page, ref: string) {
  await page.getByRole('button', { name: '队列', exact: true }).click();
  await page.getByRole('button', { name: shownRef(ref), exact: true }).click();
  const detail = page.getByRole('region', { name: `编号 ${shownRef(ref)}` });
  await expect(detail.getByRole('heading', { name: `编号 ${shownRef(ref)}` })).toBeVisible();
  return detail;
}

/** In an open case: 改为 已处理待评价, with a note for the resident, 保存. */
export async function resolveCase(page: Page, ref: string, publicNote: string) {
  const detail = await openCase(page, ref);
  await detail.getByLabel('改为').selectOption({ label: '已处理待评价' });
  await detail.getByLabel('给居民的留言（凭电话后四位可见）').fill(publicNote);
  await detail.getByRole('button', { name: '保存', exact: true }).click();
  await expect(detail.getByRole('definition').filter({ hasText: '已处理待评价' })).toHaveCount(1);
  return detail;
}

export interface RatesShown {
  案件数: string;
  响应率: string;
  解决率: string;
  满意率: string;
}

/**
 * The three rates of all categories over the last 7 days, read from the statistics' table by its column
 * headers, as a person reads them ("100%（1/1）", or 暂无). The tab is opened afresh, so the figures are asked anew.
 */
export async function ratesShown(page: Page, row = '全部类别'): Promise<RatesShown> {
  await page.getByRole('button', { name: '队列', exact: true }).click();
  await page.getByRole('button', { name: '统计', exact: true }).click();
  const table = page.getByRole('table', { name: '近 7 天收到的案件' });
  const line = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: row, exact: true }) });
  await expect(line).toBeVisible();
  const headers = await table.getByRole('columnheader').allInnerTexts();
  const cells = await line.getByRole('cell').allInnerTexts();
  // The first column is the row's own header (the category).
  return Object.fromEntries(headers.slice(1).map((h, i) => [h.trim(), cells[i]?.trim()])) as unknown as RatesShown;
}
