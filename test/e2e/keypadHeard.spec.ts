import type { Page } from '@playwright/test';
import { spokenDigits } from '../../app/speech/spokenDigits';
import { centreName, expectQuestionsSaid, focusItem, type Language, openScripted, screenReady } from './hearing';
import { digitsOf, expect, exportCsv, test } from './support';

// A resident who cannot see the screen, with only the keypad: every kind of
// submission completed without a touch, hearing each screen's question and
// every item that Up and Down reach (focusItem checks each one as it goes).

// A walk of a hundred key presses, each heard: minutes on a loaded 2-core machine.
test.describe.configure({ timeout: 180_000 });

/** Waits for the questions of saving and of the receipt (with its reference said in words) and checks the row was stored as keypad input only. */
async function finish(page: Page, language: Language, since: number, phone?: string) {
  await expect(page.getByTestId('reference-number')).toBeVisible();
  const ref = digitsOf((await page.getByTestId('reference-number').textContent()) ?? '');
  await expectQuestionsSaid(
    page,
    [
      { language, key: 'submitting' },
      // The reference digit by digit, in words and in its two groups, as the kiosk reads it.
      { language, key: 'receipt', values: { ref: spokenDigits(ref, language, 'reference') } },
    ],
    since,
  );
  const row = (await exportCsv(page)).split('\r\n').find((line) => line.includes(ref));
  expect(row).toMatch(/keypad/);
  expect(row).not.toMatch(/touch|voice/);
  if (phone) expect(row).toContain(phone);
}

/** Activates the focused item with the Action key, then waits for the next screen's question. */
async function enterTo(page: Page, language: Language, key: string, since: number) {
  await page.keyboard.press('Enter');
  return screenReady(page, language, key, since);
}

test('a service request by keypad alone, in 简体中文: every question and every item heard', async ({ page }) => {
  await openScripted(page);
  let at = await screenReady(page, 'zh-CN', 'welcome', 0, { centre: await centreName(page, 'zh-CN') });
  await focusItem(page, '轻触屏幕任意位置，或按任意键开始');
  at = await enterTo(page, 'zh-CN', 'chooseKind', at);
  await focusItem(page, /^办事/);
  at = await enterTo(page, 'zh-CN', 'chooseCategory', at);
  await focusItem(page, '医疗卫生');
  at = await enterTo(page, 'zh-CN', 'describe', at);
  await focusItem(page, '预约体检');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: '预约体检' })).toHaveAttribute('aria-pressed', 'true');
  await focusItem(page, '补充说明');
  await page.keyboard.type('给母亲');
  await focusItem(page, '下一步');
  // A service request always leaves a contact: straight to the name.
  at = await enterTo(page, 'zh-CN', 'contact.name', at);
  await focusItem(page, '称呼（可以不填）');
  await page.keyboard.type('李伯伯');
  await focusItem(page, '下一步');
  at = await enterTo(page, 'zh-CN', 'contact.phone', at);
  for (const digit of '13822345678') await page.keyboard.press(digit);
  await expect(page.locator('output.phone-display')).toHaveText('138 2234 5678');
  await focusItem(page, '下一步');
  // 案件有进展时，用短信告诉您吗？ A digit chooses that option: 1 is yes.
  at = await enterTo(page, 'zh-CN', 'contact.sms', at);
  await page.keyboard.press('1');
  at = await enterTo(page, 'zh-CN', 'review', at);
  await focusItem(page, '确认提交');
  await page.keyboard.press('Enter');
  await finish(page, 'zh-CN', at, '13822345678');
});

test('a complaint by keypad alone, in English, with Up as well as Down', async ({ page }) => {
  await openScripted(page);
  let at = await screenReady(page, 'zh-CN', 'welcome', 0, { centre: await centreName(page, 'zh-CN') });
  await focusItem(page, 'English');
  at = await enterTo(page, 'en', 'chooseKind', at);
  await focusItem(page, /^Complaint/);
  at = await enterTo(page, 'en', 'chooseCategory', at);
  await focusItem(page, 'Noise');
  at = await enterTo(page, 'en', 'describe', at);
  await focusItem(page, 'Noise at night');
  await page.keyboard.press('Enter');
  await focusItem(page, 'Next');
  at = await enterTo(page, 'en', 'location', at);
  await focusItem(page, 'Building, unit or landmark (optional)');
  await page.keyboard.type('Block 3, entrance 2');
  await focusItem(page, 'Next');
  at = await enterTo(page, 'en', 'contact.anonymity', at);
  await focusItem(page, 'Stay anonymous', 'ArrowUp');
  at = await enterTo(page, 'en', 'review', at);
  await focusItem(page, 'Submit', 'ArrowUp');
  await page.keyboard.press('Enter');
  await finish(page, 'en', at);
});

test('a suggestion by keypad alone, in 粵語, digits on the phone screen', async ({ page }) => {
  await openScripted(page);
  let at = await screenReady(page, 'zh-CN', 'welcome', 0, { centre: await centreName(page, 'zh-CN') });
  await focusItem(page, '粵語');
  at = await enterTo(page, 'zh-HK', 'chooseKind', at);
  await focusItem(page, /^建議/, 'ArrowUp');
  at = await enterTo(page, 'zh-HK', 'chooseCategory', at);
  await focusItem(page, '文化活動');
  at = await enterTo(page, 'zh-HK', 'describe', at);
  await focusItem(page, '健康講座');
  await page.keyboard.press('Enter');
  await focusItem(page, '下一步');
  at = await enterTo(page, 'zh-HK', 'contact.anonymity', at);
  await focusItem(page, '留低聯絡方法');
  at = await enterTo(page, 'zh-HK', 'contact.name', at);
  await focusItem(page, '跳過');
  at = await enterTo(page, 'zh-HK', 'contact.phone', at);
  for (const digit of '91234567') await page.keyboard.press(digit);
  await focusItem(page, '下一步');
  at = await enterTo(page, 'zh-HK', 'contact.sms', at);
  await focusItem(page, '唔使短訊');
  at = await enterTo(page, 'zh-HK', 'review', at);
  await focusItem(page, '確認提交');
  await page.keyboard.press('Enter');
  await finish(page, 'zh-HK', at, '91234567');
});
