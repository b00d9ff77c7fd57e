import type { Page } from '@playwright/test';
import { CONTRASTS, TEXT_SIZES } from '../../app/dialog/settings';
import { expectNoAxeViolations } from './axe';
import { resolvedComplaint } from './drafts';
import { type Display, EVERY_DISPLAY, measureScreen, showWith } from './measure';
import { ALLOW_FLOODS, type OwnHost, startOwnHost } from './ownHost';
import { expect, PIN, test } from './support';

// Checking progress and the verdict are outside the walk of test/e2e/accessibility.spec.ts (they need a
// case resolved by staff): measured here the same way, at every text size and contrast, both orientations
// and three languages, and checked by axe at each text size and contrast mode once per orientation (the
// walk's diagonal pairing, for the reasons given there).

test.describe.configure({ timeout: 480_000 });

// A host of its own: lookups count against a per-source limit, which the worker's host shares with
// test/e2e/verdict.spec.ts and the other lookup journeys; here they are raised, as each test looks the
// case up six times.
let host: OwnHost;
test.beforeAll(async () => {
  host = await startOwnHost(undefined, { config: ALLOW_FLOODS });
});
test.afterAll(async () => {
  await host?.close();
});

/** What a resident presses, in each language (the welcome screen shows 简体中文; the others by their endonym). */
const WAY = {
  'zh-CN': {
    pick: null,
    kind: /^查询进度/,
    check: '查询',
    verify: '输入电话后四位，看工作人员留言',
    question: '您对处理结果满意吗？',
  },
  en: {
    pick: 'English',
    kind: /^Check progress/,
    check: 'Check',
    verify: "Type the last four digits of your phone to see the staff's note",
    question: 'Are you satisfied with how this was handled?',
  },
  'zh-HK': {
    pick: '粵語',
    kind: /^查詢進度/,
    check: '查詢',
    verify: '輸入電話最後四位，睇職員留言',
    question: '你對處理結果滿唔滿意？',
  },
} as const;

const axeDisplays = (shift: number): Display[] =>
  TEXT_SIZES.map((textSize, i) => ({ textSize, contrast: CONTRASTS[(i + shift) % CONTRASTS.length]! }));

async function measureAndAxe(page: Page, label: string, shift: number) {
  const figures = await measureScreen(page, label, EVERY_DISPLAY);
  for (const display of axeDisplays(shift)) {
    await showWith(page, display);
    await expectNoAxeViolations(page, `${label}, size ${display.textSize}, ${display.contrast}`);
  }
  await showWith(page, { textSize: 0, contrast: 'default' });
  return figures;
}

for (const viewport of [
  { name: 'landscape', width: 1920, height: 1080, shift: 0 },
  { name: 'portrait', width: 1080, height: 1920, shift: 2 },
] as const) {
  test(`checking progress and the verdict meet the bars at every text size and contrast in every language, ${viewport.name}`, async ({
    page,
  }) => {
    const ref = await resolvedComplaint(page, host.url, PIN);
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    for (const [language, way] of Object.entries(WAY)) {
      const at = `${language} ${viewport.name}`;
      await page.goto(host.url);
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      if (way.pick) await page.getByRole('button', { name: way.pick }).click();
      else await page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' }).click();
      await page.getByRole('button', { name: way.kind }).click();
      for (const digit of ref) await page.getByRole('button', { name: digit, exact: true }).click();
      await measureAndAxe(page, `check progress, ${at}`, viewport.shift);
      await page.getByRole('button', { name: way.check, exact: true }).click();
      await expect(page.getByRole('button', { name: way.verify })).toBeVisible();
      await measureAndAxe(page, `progress, ${at}`, viewport.shift);
      await page.getByRole('button', { name: way.verify }).click();
      for (const digit of '7000') await page.getByRole('button', { name: digit, exact: true }).click();
      await page.getByRole('button', { name: way.check, exact: true }).click();
      await expect(page.getByText(way.question)).toBeVisible();
      const figures = await measureAndAxe(page, `the verdict, ${at}`, viewport.shift);
      // The three answers are in sight at once at every size (nothing may scroll).
      for (const f of figures) {
        expect(f.optionsInView, `answers in view, ${at}, size ${f.display.textSize}, ${f.display.contrast}`).toBe(3);
      }
    }
  });
}
