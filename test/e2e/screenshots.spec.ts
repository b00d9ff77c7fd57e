import { type OwnHost, startOwnHost } from './ownHost';
import { expect, PIN, test } from './support';

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
