import type { Page } from '@playwright/test';
import { expect, startKiosk, test } from './support';

// On a kiosk's screen (1920×1080, 1080×1920) every screen fits without scrolling at every size
// (accessibility.spec.ts walks them; here the review with the longest description it previews). On a
// smaller window the largest text can still need more than the screen holds: a senior does not look for
// a scroll bar, so an arrow at the content region's lower edge says there is more below.

/** A description long enough that the review shows its preview of 80 characters and the count. */
const LONG =
  '楼上邻居每天晚上十一点以后还在装修，电钻和敲墙的声音很大，家里老人和孩子都睡不着觉，已经持续两个多星期了，找物业说过几次也没有用，希望社区帮忙协调一下。';

async function toReview(page: Page) {
  await startKiosk(page);
  await page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' }).click();
  await page.getByRole('button', { name: /^投诉/ }).click();
  await page.getByRole('button', { name: '噪音扰民' }).click();
  await page.getByRole('button', { name: '夜间噪音' }).click();
  await page.getByLabel('补充说明').fill(LONG);
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

// The arrow's own box has no height (it takes no room); what is drawn is inside it.
const arrowOf = (page: Page) => page.locator('[data-more-below] > span');

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
]) {
  test(`a review with a long description is wholly in sight at every text size, with no arrow, at ${viewport.width}×${viewport.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await toReview(page);
    await expect(page.getByText(/（共 \d+ 字）/)).toBeVisible();
    for (const size of [0, 1, 2, 3]) {
      await textSize(page, size);
      await expect(page.getByRole('button', { name: '修改联系方式' })).toBeInViewport({ ratio: 1 });
      await expect(arrowOf(page)).toHaveCount(0);
      expect(await page.locator('.screen-content').evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    }
  });
}

test('on a window smaller than a kiosk’s, an arrow shows more below while the review’s last rows are out of sight at the largest size, and goes once they are seen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await toReview(page);
  const arrow = arrowOf(page);
  const region = page.locator('.screen-content');

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
