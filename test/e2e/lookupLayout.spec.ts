import { resolvedComplaint } from './drafts';
import { EVERY_DISPLAY, measureScreen } from './measure';
import { type OwnHost, startOwnHost } from './ownHost';
import { expect, PIN, test } from './support';

// Checking progress and the verdict are outside the walk of test/e2e/accessibility.spec.ts (they need a
// case resolved by staff): measured here the same way, at every text size and contrast, both orientations.

test.describe.configure({ timeout: 360_000 });

// A host of its own: lookups count against a per-source limit, which the worker's host shares with
// test/e2e/verdict.spec.ts and the other lookup journeys.
let host: OwnHost;
test.beforeAll(async () => {
  host = await startOwnHost();
});
test.afterAll(async () => {
  await host?.close();
});

for (const viewport of [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
] as const) {
  test(`checking progress and the verdict meet the bars at every text size and contrast, ${viewport.name}`, async ({
    page,
  }) => {
    const ref = await resolvedComplaint(page, host.url, PIN);
    await page.setViewportSize(viewport);
    await page.goto(host.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' }).click();
    await page.getByRole('button', { name: /^查询进度/ }).click();
    for (const digit of ref) await page.getByRole('button', { name: digit, exact: true }).click();
    await measureScreen(page, `check progress, ${viewport.name}`);
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await page.getByRole('button', { name: '输入电话后四位，看工作人员留言' }).click();
    for (const digit of '7000') await page.getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await expect(page.getByText('您对处理结果满意吗？')).toBeVisible();
    const figures = await measureScreen(page, `the verdict, ${viewport.name}`, EVERY_DISPLAY);
    // The three answers are in sight at once at the standard size.
    expect(figures.find((f) => f.display.textSize === 0)?.optionsInView).toBe(3);
  });
}
