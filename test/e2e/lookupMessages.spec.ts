import type { Page } from '@playwright/test';
import { dammDigit } from '../../app/domain/referenceNumber';
import { startOwnHost } from './ownHost';
import { say } from './scriptedVoice';
import { expect, test } from './support';

// Checking progress: each mistake has its own words, shown and spoken, and the keypad never moves
// under the finger when a message appears.

const SIZES = [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
] as const;

const MESSAGES = {
  empty: '请先输入回执上的七位编号，再按查询。',
  tooShort: '编号还不够七位，请对照回执把数字输完。',
  tooLong: '编号多了：编号只有七位，请按删除去掉多余的数字。',
  mistyped: '编号不对：可能有一位数字输错了，或者两位数字前后颠倒了。请对照回执再核对一下。',
  notFound: '没有找到这个编号，请核对回执上的编号。',
  rateLimited: '刚才试的次数太多，请过几分钟再试，或呼叫工作人员。',
};

/** A well-formed reference no test submits: its check digit is right, so only the store can say no. */
const UNKNOWN = `987650${dammDigit('987650')}`;
/** Seven digits whose last is not the check digit. */
const MISTYPED = `987650${(dammDigit('987650') + 1) % 10}`;

async function toLookup(page: Page, url = '/') {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' }).click();
  await page.getByRole('button', { name: /^查询进度/ }).click();
  await expect(page.getByRole('heading', { name: '查询进度' })).toBeVisible();
}

const five = (page: Page) => page.getByRole('button', { name: '5', exact: true }).boundingBox();

async function type(page: Page, digits: string) {
  await page.getByRole('button', { name: '清空' }).click();
  for (const digit of digits) await page.getByRole('button', { name: digit, exact: true }).click();
}

/** Presses Check and waits for the message; the "5" key must be where it was before. */
async function checkAndExpect(page: Page, message: string) {
  const before = await five(page);
  await page.getByRole('button', { name: '查询', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(message);
  expect(await five(page), `the 5 key after "${message}"`).toEqual(before);
}

for (const size of SIZES) {
  test(`lookup, ${size.name}: each mistake has its own message, and no key moves when it appears`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(size);
    await toLookup(page);
    await page.screenshot({ path: testInfo.outputPath(`lookup-${size.name}-none.png`) });
    const cases: [string, string, string][] = [
      ['empty', '', MESSAGES.empty],
      ['tooShort', '123', MESSAGES.tooShort],
      ['mistyped', MISTYPED, MESSAGES.mistyped],
      ['notFound', UNKNOWN, MESSAGES.notFound],
    ];
    for (const [name, digits, message] of cases) {
      await type(page, digits);
      await expect(page.getByRole('alert')).toHaveCount(0);
      await checkAndExpect(page, message);
      await page.screenshot({ path: testInfo.outputPath(`lookup-${size.name}-${name}.png`) });
    }
    await page.evaluate(() => {
      document.documentElement.dataset.textSize = '3';
    });
    await type(page, '12');
    await checkAndExpect(page, MESSAGES.tooShort);
    await page.screenshot({ path: testInfo.outputPath(`lookup-${size.name}-tooShort-largest.png`) });
  });
}

test('lookup: too many tries are told as such, and the keypad stays put', async ({ page }, testInfo) => {
  const host = await startOwnHost(undefined, { config: { residentLimits: { lookupsPerMinute: 1 } } });
  try {
    await toLookup(page, host.url);
    await type(page, UNKNOWN);
    await checkAndExpect(page, MESSAGES.notFound);
    await checkAndExpect(page, MESSAGES.rateLimited);
    await page.screenshot({ path: testInfo.outputPath('lookup-landscape-rateLimited.png') });
  } finally {
    await host.close();
  }
});

test('lookup by voice: eight digits said are told as too many, in words that are also spoken', async ({
  page,
}, testInfo) => {
  await page.goto('/?speech=scripted');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.waitForFunction(() => window.linliSpeech !== undefined);
  await page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' }).click();
  await page.getByRole('button', { name: /^查询进度/ }).click();
  await expect(page.getByRole('heading', { name: '查询进度' })).toBeVisible();
  const before = await five(page);
  await say(page, '一二三四五六七八');
  await say(page, '对');
  await expect(page.getByRole('alert')).toHaveText(MESSAGES.tooLong);
  expect(await five(page)).toEqual(before);
  await page.waitForFunction((text) => window.linliSpeech!.spoken.some((s) => s.text === text), MESSAGES.tooLong);
  await page.screenshot({ path: testInfo.outputPath('lookup-landscape-tooLong.png') });
});
