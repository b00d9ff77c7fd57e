import type { Locator } from '@playwright/test';
import { resolvedComplaint } from './drafts';
import { type OwnHost, startOwnHost } from './ownHost';
import { openCase, signIn } from './staffConsole';
import { startStaffDay, WORKERS } from './staffDay';
import { expect, PIN, test } from './support';

/** The staff console's screens for the README: a desk monitor and a small laptop. */
const STAFF_SCREENS = [
  { name: 'desk', width: 1920, height: 1080 },
  { name: 'laptop', width: 1366, height: 768 },
] as const;

// The README shows these; writing them from the tests keeps them current.
// A test run writes them under test-results, so a run never leaves the tree changed (new reference numbers and
// times in every picture); `LINLI_UPDATE_SCREENSHOTS=1` writes the README's copies in docs/screenshots.
const SHOTS = process.env.LINLI_UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots';

// A centre with a small address book, as a centre would configure one, so the location screen shows its buttons.
const ADDRESS_BOOK = {
  buildings: [
    { name: '3号楼', units: ['1单元', '2单元'] },
    { name: '5号楼', units: ['1单元', '2单元', '3单元', '4单元'] },
    { name: '7号楼' },
    { name: '社区活动中心' },
  ],
  landmarks: ['东门', '西门', '菜市场', '幼儿园'],
};

let host: OwnHost;
test.beforeAll(async () => {
  host = await startOwnHost(undefined, { config: { addressBook: ADDRESS_BOOK } });
});
test.afterAll(async () => {
  await host?.close();
});

for (const orientation of [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
] as const) {
  test(`screenshots of the main screens for the README, ${orientation.name}`, async ({ page }) => {
    const shot = (name: string) => page.screenshot({ path: `${SHOTS}/${name}-${orientation.name}.png` });
    await page.setViewportSize(orientation);
    await page.goto(host.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await shot('01-welcome');
    await page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' }).click();
    await shot('02-choose-kind');
    await page.getByRole('button', { name: /^投诉/ }).click();
    await shot('03-choose-category');
    await page.getByRole('button', { name: '噪音扰民' }).click();
    await page.getByRole('button', { name: '夜间噪音' }).click();
    await page.getByLabel('补充说明').fill('楼上每天夜里十二点以后还在拖椅子。');
    await shot('04-describe');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '5号楼' }).click();
    await page.getByRole('button', { name: '3单元' }).click();
    await expect(page.getByLabel('楼栋、单元或附近地标（可以不填）')).toHaveValue('5号楼 3单元');
    await shot('05-location');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '留下联系方式' }).click();
    await page.getByLabel('称呼（可以不填）').fill('李先生');
    await page.getByRole('button', { name: '下一步' }).click();
    for (const digit of '1391234') await page.getByRole('button', { name: digit, exact: true }).click();
    await shot('06-phone');
    for (const digit of '5678') await page.getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '不用短信' }).click();
    await shot('07-review');
    await page.getByRole('button', { name: '确认提交' }).click();
    await expect(page.getByTestId('reference-number')).toBeVisible();
    await shot('08-receipt');
    await page.getByRole('button', { name: '完成' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Largest', exact: true }).click();
    await page.getByRole('button', { name: 'High contrast, dark' }).click();
    await shot('09-settings-largest-high-contrast');
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: /^Service/ }).click();
    await shot('10-english-largest-high-contrast');
    await page.goto(new URL('/staff', host.url).href);
    await page.getByLabel('PIN 码').fill(PIN);
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('heading', { name: '待处理队列' })).toBeVisible();
    await shot('11-staff-queue');
  });
}

// A community worker's day in the console (README, "A community worker's day"): on a desk monitor and a
// small laptop, each step taken once and photographed at both sizes, on a host whose clock says the same
// Wednesday every run (staffDay.ts), so the queue's due and overdue marks are always the same.
test('screenshots of a community worker’s day in the staff console, 1920×1080 and 1366×768', async ({ page }) => {
  const day = await startStaffDay();
  try {
    const shot = async (name: string, scrollTo?: Locator) => {
      for (const screen of STAFF_SCREENS) {
        await page.setViewportSize(screen);
        if (scrollTo) await scrollTo.evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: `${SHOTS}/staff-day-${name}-${screen.name}.png` });
      }
    };
    await page.goto(new URL('/staff', day.host.url).href);
    await expect(page.getByLabel('PIN 码')).toBeVisible();
    await page.getByLabel('PIN 码').fill('••••••'.replace(/•/g, '1'));
    await page.getByLabel('PIN 码').fill('');
    await shot('01-sign-in');

    await signIn(page, day.host.url, WORKERS[0].pin, WORKERS[0].name);
    await page.getByRole('button', { name: '紧急的排在前面' }).click();
    const rows = page.getByRole('row');
    // Most urgent first: the two overdue (the housing question, the lift), then the noise due today.
    await expect(rows.nth(1)).toContainText('已超期');
    await expect(rows.nth(2)).toContainText('已超期');
    await expect(rows.nth(3)).toContainText('今天到期');
    await expect(page.getByText(/的居民不满意，案件已重新打开。居民说：“狗还是每天晚上叫/)).toBeVisible();
    await shot('02-queue-by-urgency');

    const detail = await openCase(page, day.refs.noise);
    await detail.getByRole('button', { name: '我来处理' }).click();
    // Answered today: what is due now is the resolution, a date.
    await expect(detail.getByRole('definition').filter({ hasText: /^王小明 · \d{4}-\d{2}-\d{2}$/ })).toHaveCount(1);
    await shot('03-case-taken', detail);

    await detail.getByLabel('改为').selectOption({ label: '已处理待评价' });
    await detail.getByLabel('内部备注').fill('下午上门，和楼上住户谈好了');
    await detail.getByLabel('给居民的留言（凭电话后四位可见）').fill('已和楼上住户沟通，装修改到白天 8 点到 18 点');
    await shot('04-resolve-with-note', detail.getByLabel('改为'));
    await detail.getByRole('button', { name: '保存', exact: true }).click();
    await expect(detail.getByRole('definition').filter({ hasText: '已处理待评价' })).toHaveCount(1);

    const dog = await openCase(page, day.refs.dog);
    await dog.getByLabel('回访结果').selectOption({ label: '联系上了，不满意' });
    await dog.getByLabel('回访记录（可以不填）').fill('打电话给钱奶奶：狗晚上还叫，约好明晚一起上门');
    await dog.getByRole('button', { name: '保存回访' }).click();
    await expect(dog.getByText('回访已记录。')).toBeVisible();
    await shot('05-follow-up-call', dog.getByRole('heading', { name: '居民评价' }));

    await page.getByRole('button', { name: '统计', exact: true }).click();
    const rates = page.getByRole('region', { name: /三率 · 近 30 天/ });
    await expect(rates.getByRole('img', { name: /柱状图/ })).toBeVisible();
    await shot('06-rates', rates);
  } finally {
    await day.close();
  }
});

for (const orientation of [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
] as const) {
  test(`screenshots of checking progress and the resident's verdict for the README, ${orientation.name}`, async ({
    page,
  }) => {
    const shot = (name: string) => page.screenshot({ path: `${SHOTS}/${name}-${orientation.name}.png` });
    const ref = await resolvedComplaint(page, host.url, PIN);
    await page.setViewportSize(orientation);
    await page.goto(host.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' }).click();
    await page.getByRole('button', { name: /^查询进度/ }).click();
    for (const digit of ref) await page.getByRole('button', { name: digit, exact: true }).click();
    await shot('12-check-progress');
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await page.getByRole('button', { name: '输入电话后四位，看工作人员留言' }).click();
    for (const digit of '7000') await page.getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await expect(page.getByText('您对处理结果满意吗？')).toBeVisible();
    await shot('13-verdict');
  });
}
