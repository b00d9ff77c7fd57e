import type { Page } from '@playwright/test';
import { EVERY_DISPLAY, measureScreen } from './measure';
import { type OwnHost, startOwnHost } from './ownHost';
import { digitsOf, expect, PIN, test } from './support';

// The centre's address book: the location screen offers its buildings, their units and its
// landmarks as buttons, and what is pressed fills the location as typing would.

const ADDRESS_BOOK = {
  buildings: [
    { name: '3号楼', units: ['1单元', '2单元'] },
    { name: { 'zh-CN': '5号楼', en: 'Building 5', 'zh-HK': '5座' }, units: ['1单元', '2单元', '3单元', '4单元'] },
    { name: '7号楼' },
    { name: '社区活动中心' },
  ],
  landmarks: ['东门', '西门', '菜市场', '幼儿园', '停车场'],
};

const SIZES = [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
] as const;

let host: OwnHost;
test.beforeAll(async () => {
  host = await startOwnHost(undefined, { config: { addressBook: ADDRESS_BOOK } });
});
test.afterAll(async () => {
  await host?.close();
});

async function toLocation(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' }).click();
  await page.getByRole('button', { name: /^投诉/ }).click();
  await page.getByRole('button', { name: '噪音扰民' }).click();
  await page.getByRole('button', { name: '夜间噪音' }).click();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { name: '发生在哪里？' })).toBeVisible();
}

/** The CSV export of this spec's own host (support's exportCsv asks the worker's). */
async function exportFrom(page: Page, url: string): Promise<string> {
  expect((await page.request.post(new URL('/api/staffLogin', url).href, { data: { pin: PIN } })).status()).toBe(200);
  const response = await page.request.post(new URL('/api/exportSubmissions', url).href, { data: { format: 'csv' } });
  return ((await response.json()) as { body: string }).body;
}

const field = (page: Page) => page.getByLabel('楼栋、单元或附近地标（可以不填）');

test('a resident says where by touch alone: a landmark, then a building and its unit, which the staff receive', async ({
  page,
}) => {
  await toLocation(page, host.url);
  const buildings = page.getByRole('group', { name: '楼栋' });
  const landmarks = page.getByRole('group', { name: '附近地标' });
  await landmarks.getByRole('button', { name: '菜市场' }).click();
  await expect(field(page)).toHaveValue('菜市场');
  await expect(landmarks.getByRole('button', { name: '菜市场' })).toHaveAttribute('aria-pressed', 'true');

  await buildings.getByRole('button', { name: '5号楼' }).click();
  await expect(field(page)).toHaveValue('5号楼');
  const units = page.getByRole('group', { name: /^5号楼 的哪个单元/ });
  await units.getByRole('button', { name: '3单元' }).click();
  await expect(field(page)).toHaveValue('5号楼 3单元');
  await expect(units.getByRole('button', { name: '3单元' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '匿名提交' }).click();
  await expect(page.getByText('5号楼 3单元')).toBeVisible();
  await page.getByRole('button', { name: '确认提交' }).click();
  const ref = digitsOf((await page.getByTestId('reference-number').textContent()) ?? '');
  const row = (await exportFrom(page, host.url)).split('\r\n').find((line) => line.includes(ref));
  expect(row).toContain('5号楼 3单元');
});

test('a building’s units come back after the review, another place can be chosen, and typing still works', async ({
  page,
}) => {
  await toLocation(page, host.url);
  await page.getByRole('button', { name: '3号楼' }).click();
  await page.getByRole('button', { name: '2单元' }).click();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '匿名提交' }).click();
  await page.getByRole('button', { name: '修改地点' }).click();
  await expect(page.getByRole('heading', { name: '发生在哪里？' })).toBeVisible();
  await expect(page.getByRole('button', { name: '2单元' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: '换一个楼栋或地标' }).click();
  await expect(field(page)).toHaveValue('');
  await expect(page.getByRole('button', { name: '东门' })).toBeVisible();
  await field(page).fill('8号楼后面的小路');
  await expect(page.getByRole('button', { name: '下一步' })).toBeVisible();
});

test('the keypad reaches the buttons: a digit presses a building, and focus goes to its units', async ({ page }) => {
  await toLocation(page, host.url);
  await page.keyboard.press('2');
  await expect(field(page)).toHaveValue('5号楼');
  await expect(page.getByRole('button', { name: '1单元' })).toBeFocused();
  await page.keyboard.press('4');
  await expect(field(page)).toHaveValue('5号楼 4单元');
});

test('in English, a building named per language shows and fills its English name', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: /^Complaint/ }).click();
  await page.getByRole('button', { name: 'Noise' }).click();
  await page.getByRole('button', { name: 'Noise at night' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('group', { name: 'Buildings' }).getByRole('button', { name: 'Building 5' }).click();
  await page.getByRole('button', { name: '2单元' }).click();
  await expect(page.getByLabel('Building, unit or landmark (optional)')).toHaveValue('Building 5 2单元');
});

/** What a resident presses to reach the location screen, in each language. */
const WAY = {
  'zh-CN': {
    language: null,
    kind: /^投诉/,
    category: '噪音扰民',
    phrase: '夜间噪音',
    next: '下一步',
    building: '5号楼',
  },
  en: {
    language: 'English',
    kind: /^Complaint/,
    category: 'Noise',
    phrase: 'Noise at night',
    next: 'Next',
    building: 'Building 5',
  },
  'zh-HK': {
    language: '粵語',
    kind: /^投訴/,
    category: '噪音擾民',
    phrase: '夜晚噪音',
    next: '下一步',
    building: '5座',
  },
} as const;

/** The height of the content region left empty below its last part, at the kiosk's own settings. */
const emptyBelow = (page: Page) =>
  page.evaluate(() => {
    const region = document.querySelector('.screen-content')!;
    const last = Math.max(...[...region.children].map((child) => child.getBoundingClientRect().bottom));
    // Less the region's inset for focus rings (12 px, kiosk.css), which is never filled.
    return Math.round(region.getBoundingClientRect().bottom - 12 - last);
  });
/** Rounding and a row's spare pixel; the units left about 300 px empty in landscape before they grew. */
const EMPTY_BELOW_PX = 4;

// Each test measures two screens at all sixteen display settings: slow on a loaded machine.
const PLACES = ADDRESS_BOOK.buildings.length + ADDRESS_BOOK.landmarks.length;

for (const size of SIZES) {
  for (const language of ['zh-CN', 'en', 'zh-HK'] as const) {
    test(`every place and unit in sight with nothing scrolling, at every text size and contrast, ${size.name}, ${language}`, async ({
      page,
    }) => {
      test.setTimeout(360_000);
      const way = WAY[language];
      await page.setViewportSize(size);
      await page.goto(host.url);
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      if (way.language) await page.getByRole('button', { name: way.language }).click();
      else await page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' }).click();
      await page.getByRole('button', { name: way.kind }).click();
      await page.getByRole('button', { name: way.category }).click();
      await page.getByRole('button', { name: way.phrase }).click();
      await page.getByRole('button', { name: way.next }).click();
      await expect(page.locator('.address-book [data-option]')).toHaveCount(PLACES);
      for (const [screen, count] of [
        ['buildings and landmarks', PLACES],
        ['units', ADDRESS_BOOK.buildings[1]!.units!.length],
      ] as const) {
        if (screen === 'units') {
          await page.getByRole('button', { name: way.building }).click();
          await expect(page.locator('.address-book [data-option]')).toHaveCount(count);
        }
        const at = `${language} ${size.name}, the address book's ${screen}`;
        for (const f of await measureScreen(page, at, EVERY_DISPLAY)) {
          expect(f.optionsInView, `${at} in view at size ${f.display.textSize}, ${f.display.contrast}`).toBe(count);
        }
        // The places grow into the content region, as other screens' options do: no empty band below them.
        expect(await emptyBelow(page), `${at}: empty space below the content`).toBeLessThanOrEqual(EMPTY_BELOW_PX);
      }
    });
  }
}

for (const size of SIZES) {
  test(`screenshots of the location screen, ${size.name}, with and without an address book`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(size);
    await toLocation(page, host.url);
    await page.screenshot({ path: testInfo.outputPath(`location-book-${size.name}.png`) });
    await page.getByRole('button', { name: '5号楼' }).click();
    await page.getByRole('button', { name: '3单元' }).click();
    await page.screenshot({ path: testInfo.outputPath(`location-units-${size.name}.png`) });
    await page.evaluate(() => {
      document.documentElement.dataset.textSize = '3';
    });
    await page.screenshot({ path: testInfo.outputPath(`location-units-${size.name}-largest.png`) });
    await page.getByRole('button', { name: '换一个楼栋或地标' }).click();
    await page.screenshot({ path: testInfo.outputPath(`location-book-${size.name}-largest.png`) });
    await toLocation(page, '/');
    await page.screenshot({ path: testInfo.outputPath(`location-plain-${size.name}.png`) });
  });
}
