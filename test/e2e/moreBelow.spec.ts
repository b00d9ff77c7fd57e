import type { Page } from '@playwright/test';
import { expect, startKiosk, test } from './support';

// At the larger text sizes some screens hold more than fits (the review's last rows): a senior does not
// look for a scroll bar, so an arrow at the content region's lower edge says there is more below.

async function toReview(page: Page) {
  await startKiosk(page);
  await page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' }).click();
  await page.getByRole('button', { name: /^投诉/ }).click();
  await page.getByRole('button', { name: '噪音扰民' }).click();
  await page.getByRole('button', { name: '夜间噪音' }).click();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '跳过' }).click();
  await page.getByRole('button', { name: '留下联系方式' }).click();
  await page.getByLabel('称呼（可以不填）').fill('李先生');
  await page.getByRole('button', { name: '下一步' }).click();
  for (const digit of '13912345678') await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '不用短信' }).click();
  await expect(page.getByRole('button', { name: '确认提交' })).toBeVisible();
}

const textSize = (page: Page, size: number) =>
  page.evaluate((s) => {
    document.documentElement.dataset.textSize = String(s);
  }, size);

test('an arrow shows more below while the review’s last rows are out of sight, and goes once they are seen', async ({
  page,
}) => {
  await toReview(page);
  // The arrow's own box has no height (it takes no room); what is drawn is inside it.
  const arrow = page.locator('[data-more-below] > span');
  const region = page.locator('.screen-content');
  // At the standard size every row is in sight: no arrow.
  await expect(page.getByRole('button', { name: '修改联系方式' })).toBeInViewport();
  await expect(arrow).toHaveCount(0);

  await textSize(page, 3);
  await expect(arrow).toBeVisible();
  await expect(page.getByRole('button', { name: '修改联系方式' })).not.toBeInViewport();
  // A touch on the arrow reaches what lies under it; the arrow is not announced.
  const under = await arrow.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return hit !== null && !el.contains(hit);
  });
  expect(under).toBe(true);
  await expect(page.locator('[data-more-below]')).toHaveAttribute('aria-hidden', 'true');
  // The action bar does not move when the arrow shows.
  const submit = page.getByRole('button', { name: '确认提交' });
  const withArrow = await submit.boundingBox();

  await region.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(page.getByRole('button', { name: '修改联系方式' })).toBeInViewport();
  await expect(arrow).toHaveCount(0);
  expect(await submit.boundingBox()).toEqual(withArrow);

  await region.evaluate((el) => el.scrollTo(0, 0));
  await expect(arrow).toBeVisible();
});
