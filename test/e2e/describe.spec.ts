import type { Page } from '@playwright/test';
import { expect, startKiosk, test } from './support';

// The describe screen: a text box that shows at least four lines, words that say what a resident
// can do, and Next in sight and uncovered, at the default and at the largest text size.

const SIZES = [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
] as const;

async function toDescribe(page: Page) {
  await startKiosk(page);
  await page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' }).click();
  await page.getByRole('button', { name: /^投诉/ }).click();
  await page.getByRole('button', { name: '噪音扰民' }).click();
  await expect(page.getByRole('heading', { name: '请说明情况' })).toBeVisible();
}

/** How many lines of text the box shows at once: its content height over its line height. */
function visibleLines(page: Page): Promise<number> {
  return page.getByLabel('补充说明').evaluate((box) => {
    const style = getComputedStyle(box);
    const px = (name: string) => parseFloat(style.getPropertyValue(name));
    const content =
      box.getBoundingClientRect().height -
      ['padding-top', 'padding-bottom', 'border-top-width', 'border-bottom-width'].reduce((sum, p) => sum + px(p), 0);
    return content / parseFloat(style.lineHeight);
  });
}

/** Whether Next is whole inside the screen's region and topmost at its centre and corners, without scrolling. */
function nextIsUncovered(page: Page): Promise<boolean> {
  return page.getByRole('button', { name: '下一步' }).evaluate((button) => {
    const box = button.getBoundingClientRect();
    const region = button.closest('main')!.getBoundingClientRect();
    if (box.top < region.top || box.bottom > region.bottom || box.left < region.left || box.right > region.right) {
      return false;
    }
    const inset = 4;
    const points = [
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.left + inset, box.top + inset],
      [box.right - inset, box.top + inset],
      [box.left + inset, box.bottom - inset],
      [box.right - inset, box.bottom - inset],
    ];
    return points.every(([x, y]) => button.contains(document.elementFromPoint(x!, y!)));
  });
}

for (const size of SIZES) {
  test(`describe, ${size.name}: four lines show, the hint is in plain words, Next is uncovered at every text size`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(size);
    await toDescribe(page);
    const box = page.getByLabel('补充说明');
    await expect(box).toHaveAccessibleDescription(/可以点常用说法，也可以自己写几句/);
    await box.fill('楼上每天夜里十二点以后还在拖椅子。');
    for (const textSize of ['0', '1', '2', '3']) {
      await page.evaluate((s) => {
        document.documentElement.dataset.textSize = s;
      }, textSize);
      await expect(page.locator('html')).toHaveAttribute('data-text-size', textSize);
      await page.screenshot({ path: testInfo.outputPath(`describe-${size.name}-size${textSize}.png`) });
      expect(await visibleLines(page), `lines at text size ${textSize}`).toBeGreaterThanOrEqual(4);
      expect(await nextIsUncovered(page), `Next uncovered at text size ${textSize}`).toBe(true);
    }
  });
}
