import type { Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { digitsOf, expect, startKiosk, test } from './support';

// The overlays over a dimmed screen, the settings panel at the largest text size, and the receipt's
// countdown with more time, in a real Chromium.

const START = '轻触屏幕任意位置，或按任意键开始';
const DESCRIPTION = '补充说明';

async function halfFilledComplaint(page: Page) {
  await page.getByRole('button', { name: START }).click();
  await page.getByRole('button', { name: /^投诉/ }).click();
  await page.getByRole('button', { name: '邻里纠纷' }).click();
  await page.getByLabel(DESCRIPTION).fill('楼上每天晚上漏水');
}

async function toReceipt(page: Page) {
  await page.getByRole('button', { name: START }).click();
  await page.getByRole('button', { name: /^投诉/ }).click();
  await page.getByRole('button', { name: '环境卫生' }).click();
  await page.getByRole('button', { name: '楼道脏乱' }).click();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '跳过' }).click();
  await page.getByRole('button', { name: '匿名提交' }).click();
  await page.getByRole('button', { name: '确认提交' }).click();
  await expect(page.getByTestId('reference-number')).toBeVisible();
}

/** Each control's box, whether it lies wholly in the viewport, and what the page has on top at its centre. */
async function placement(controls: Locator) {
  return controls.evaluateAll((elements) =>
    elements.map((el) => {
      const box = el.getBoundingClientRect();
      const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return {
        name: el.textContent?.trim() ?? '',
        inViewport: box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth,
        onTop: top !== null && (top === el || el.contains(top)),
      };
    }),
  );
}

const pageScrolls = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement!;
    return root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth;
  });

test('an overlay lies over the screen dimmed, not blanked: the half-filled form stays in view behind it', async ({
  page,
}) => {
  await startKiosk(page);
  await halfFilledComplaint(page);
  const help = page.getByRole('button', { name: '帮助' });
  await help.click();
  const dialog = page.getByRole('dialog', { name: '帮助' });
  await expect(dialog.getByRole('heading', { name: '帮助' })).toBeFocused();
  const seen = await page.evaluate(() => {
    const field = document.querySelector('textarea')!;
    const box = field.getBoundingClientRect();
    const scrim = document.querySelector('[data-scrim]')!;
    const alpha = getComputedStyle(scrim)
      .backgroundColor.match(/rgba?\(([^)]+)\)/)![1]!
      .split(',')[3];
    return {
      fieldShown: box.width > 0 && box.bottom <= innerHeight && getComputedStyle(field).visibility === 'visible',
      // The text field is under the scrim (a touch there reaches no control), and the scrim lets it show through.
      underScrim: scrim.contains(document.elementFromPoint(box.x + 4, box.y + 4)),
      scrimAlpha: alpha === undefined ? 1 : Number(alpha),
      dialogSmallerThanScreen: document.querySelector('[data-overlay]')!.getBoundingClientRect().height < innerHeight,
    };
  });
  expect(seen).toEqual({
    fieldShown: true,
    underScrim: true,
    scrimAlpha: seen.scrimAlpha,
    dialogSmallerThanScreen: true,
  });
  expect(seen.scrimAlpha).toBeGreaterThan(0.3);
  expect(seen.scrimAlpha).toBeLessThan(0.8);
  await expect(page.getByLabel(DESCRIPTION)).toHaveValue('楼上每天晚上漏水');

  // Tab stays in the dialog; closing it gives focus back to the button that opened it.
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-overlay]') !== null)).toBe(true);
  }
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();
  await expect(help).toBeFocused();
});

test('calling staff says what happens next, over the screen', async ({ page }) => {
  await startKiosk(page);
  await halfFilledComplaint(page);
  await page.getByRole('button', { name: '呼叫工作人员' }).click();
  const dialog = page.getByRole('dialog', { name: '呼叫工作人员' });
  await expect(dialog).toContainText('工作人员会到这台机器旁边来找您');
  await expect(page.locator('[data-scrim]')).toBeVisible();
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByLabel(DESCRIPTION)).toHaveValue('楼上每天晚上漏水');
});

test('the idle warning counts down in large digits with a draining bar, on the kiosk’s clock', async ({ page }) => {
  await page.clock.install();
  await startKiosk(page);
  const { idleMs, warningMs } = (await (await page.request.post('/api/getKioskConfig', { data: {} })).json()).timing;
  await halfFilledComplaint(page);
  await page.clock.fastForward(idleMs + 500);
  const warning = page.getByRole('alertdialog', { name: '您还在吗？' });
  await expect(warning).toBeVisible();
  const countdown = warning.getByTestId('countdown');
  await expect(countdown).toHaveAttribute('data-seconds', String(warningMs / 1000));
  await page.clock.runFor(5000);
  await expect(countdown).toHaveAttribute('data-seconds', String(warningMs / 1000 - 5));
  const look = await countdown.evaluate((el) => ({
    numberPx: Number.parseFloat(getComputedStyle(el.querySelector('.countdown-number')!).fontSize),
    bodyPx: Number.parseFloat(getComputedStyle(document.documentElement).fontSize),
    fill: (el.querySelector('.countdown-fill') as HTMLElement).style.inlineSize,
  }));
  expect(look.numberPx).toBeGreaterThanOrEqual(2.5 * look.bodyPx);
  expect(Number.parseFloat(look.fill)).toBeCloseTo((100 * (warningMs - 5000)) / warningMs, 0);
  await expect(page.getByLabel(DESCRIPTION)).toHaveValue('楼上每天晚上漏水');
});

const LARGEST = [
  { language: 'zh-CN', pick: null, settings: '设置', largest: '特大', close: '关闭' },
  { language: 'en', pick: 'English', settings: 'Settings', largest: 'Largest', close: 'Close' },
  { language: 'zh-HK', pick: '粵語', settings: '設定', largest: '特大', close: '關閉' },
] as const;

for (const [width, height] of [
  [1920, 1080],
  [1080, 1920],
] as const) {
  for (const { language, pick, settings, largest, close } of LARGEST) {
    test(`at the largest text size the whole settings panel is on screen and uncovered: ${language}, ${width}×${height}`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await startKiosk(page);
      if (pick) await page.getByRole('button', { name: pick }).click();
      await page.getByRole('button', { name: settings }).click();
      const panel = page.getByRole('dialog', { name: settings });
      await panel.getByRole('button', { name: largest, exact: true }).click();
      await expect(page.locator('html')).toHaveAttribute('data-text-size', '3');
      const controls = panel.getByRole('button');
      expect(await controls.count()).toBe(16);
      const placed = await placement(controls);
      expect(placed.filter((c) => !c.inViewport || !c.onTop)).toEqual([]);
      expect(await pageScrolls(page)).toBe(false);
      const groups = panel.getByTestId('settings-groups');
      expect(await groups.evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true);
      await panel.getByRole('button', { name: close }).click();
      await expect(panel).toBeHidden();
    });
  }
}

test('the receipt counts down from at least a minute, and "more time" gives another full time', async ({ page }) => {
  await page.clock.install();
  await startKiosk(page);
  await toReceipt(page);
  const countdown = page.getByTestId('countdown');
  await expect(countdown).toHaveAttribute('data-seconds', '60');
  await expect(page.getByText('60 秒后会自动回到首页')).toBeVisible();
  await page.clock.runFor(50_000);
  await expect(countdown).toHaveAttribute('data-seconds', '10');
  // By the keypad: the arrows to the button, then Enter, as a resident without touch would.
  for (let i = 0; i < 20; i++) {
    if ((await page.evaluate(() => document.activeElement?.textContent)) === '需要更多时间') break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(page.getByRole('button', { name: '需要更多时间' })).toBeFocused();
  await page.keyboard.press('Enter');
  // A key is a sign of life (the full minute again), and more time adds another minute to it.
  await expect(countdown).toHaveAttribute('data-seconds', '120');
  await page.clock.runFor(110_000);
  await expect(page.getByTestId('reference-number')).toBeVisible();
  await page.clock.runFor(10_500);
  await expect(page.getByRole('button', { name: START })).toBeVisible();
  await expect(page.getByTestId('reference-number')).toHaveCount(0);
});

test('the printed slip’s QR code reads back as the reference number', async ({ page }) => {
  await startKiosk(page);
  await toReceipt(page);
  const ref = digitsOf((await page.getByTestId('reference-number').textContent()) ?? '');
  // Drawn as a printer would get it: the SVG rendered to pixels, then read by a QR decoder.
  const image = await page.evaluate(async () => {
    const svg = document.querySelector('svg.print-qr')!;
    const size = 400;
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0, size, size);
    return { size, data: [...context.getImageData(0, 0, size, size).data] };
  });
  const code = jsQR(Uint8ClampedArray.from(image.data), image.size, image.size);
  expect(code?.data).toBe(ref);
});
