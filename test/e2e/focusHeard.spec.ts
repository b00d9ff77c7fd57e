import type { Page } from '@playwright/test';
import { spokenDigits } from '../../app/speech/spokenDigits';
import {
  centreName,
  ENDONYM,
  focusItem,
  type Language,
  openScripted,
  screenReady,
  text,
  walkFocusRing,
} from './hearing';
import { expect, test } from './support';

// Audio-first mode, screen by screen, in every language: Down goes round
// every focusable item, each has an accessible name, and each is spoken as it
// is reached (moveFocus checks both). Screens are reached by keys and touches;
// the check itself is the keypad's.

// A walk of a hundred key presses, each heard: minutes on a loaded 2-core machine.
test.describe.configure({ timeout: 180_000 });

const LOOKUP_PHONE = '13812345678';

/** A stored complaint with a phone, for the lookup screens. */
async function storedReference(page: Page): Promise<string> {
  const response = await page.request.post('/api/submit', {
    data: {
      kind: 'complaint',
      category: 'cmp.noise',
      description: '楼上夜间噪音',
      contact: { anonymous: false, name: '王阿姨', phone: LOOKUP_PHONE },
      language: 'zh-CN',
      inputModes: ['touch'],
    },
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { ref: string }).ref;
}

/** Help on the welcome screen starts audio-first mode; going back keeps it, for the welcome screen in this language. */
async function audioFirstWelcome(page: Page, language: Language): Promise<number> {
  await openScripted(page);
  await page.keyboard.press('F1');
  let at = await screenReady(page, 'zh-CN', 'chooseKind', 0);
  if (language !== 'zh-CN') {
    await page.keyboard.press('Escape');
    at = await screenReady(page, 'zh-CN', 'welcome', at);
    await focusItem(page, ENDONYM[language]);
    await page.keyboard.press('Enter');
    at = await screenReady(page, language, 'chooseKind', at);
  }
  await page.keyboard.press('Escape');
  return screenReady(page, language, 'welcome', at, { centre: await centreName(page, language) });
}

async function walkOverlay(page: Page, where: string) {
  await expect(page.locator('#overlay-title')).toBeFocused();
  await walkFocusRing(page, where);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

for (const language of ['zh-CN', 'en', 'zh-HK'] as const) {
  test(`every item on every screen is named and heard in audio-first mode, in ${ENDONYM[language]}`, async ({
    page,
  }) => {
    const ref = await storedReference(page);
    const button = (key: string) => page.getByRole('button', { name: text(language, key), exact: true });
    let at = await audioFirstWelcome(page, language);
    await walkFocusRing(page, 'welcome');
    await page.keyboard.press('x');
    at = await screenReady(page, language, 'chooseKind', at);
    await walkFocusRing(page, 'chooseKind');
    await page.keyboard.press('F1');
    await walkOverlay(page, 'help');
    await button('settings.open').click();
    await walkOverlay(page, 'settings');

    await page.keyboard.press('4');
    at = await screenReady(page, language, 'lookup.ref', at);
    await walkFocusRing(page, 'lookup.ref');
    for (const digit of ref) await page.keyboard.press(digit);
    await button('lookup.check').click();
    // A new submission is queued: the result says so, with its reference digit by digit in words.
    const result = { ref: spokenDigits(ref, language, 'reference'), status: text(language, 'lookup.status.queued') };
    at = await screenReady(page, language, 'lookup.result', at, result);
    await walkFocusRing(page, 'lookup.result');
    await button('lookup.verify').click();
    at = await screenReady(page, language, 'lookup.phone', at);
    await walkFocusRing(page, 'lookup.phone');
    for (const digit of LOOKUP_PHONE.slice(-4)) await page.keyboard.press(digit);
    await button('lookup.check').click();
    at = await screenReady(page, language, 'lookup.result', at, result);
    await walkFocusRing(page, 'lookup.result, with the note');
    await page.keyboard.press('Escape');
    at = await screenReady(page, language, 'lookup.ref', at);
    await page.keyboard.press('Escape');
    at = await screenReady(page, language, 'chooseKind', at);

    await page.keyboard.press('2');
    at = await screenReady(page, language, 'chooseCategory', at);
    await walkFocusRing(page, 'chooseCategory');
    await page.keyboard.press('4');
    at = await screenReady(page, language, 'describe', at);
    await page.keyboard.press('1');
    await walkFocusRing(page, 'describe');
    await button('common.next').click();
    at = await screenReady(page, language, 'location', at);
    await walkFocusRing(page, 'location');
    await button('common.skip').click();
    at = await screenReady(page, language, 'contact.anonymity', at);
    await walkFocusRing(page, 'contact.anonymity');
    await page.keyboard.press('1');
    at = await screenReady(page, language, 'contact.name', at);
    await walkFocusRing(page, 'contact.name');
    await button('common.skip').click();
    at = await screenReady(page, language, 'contact.phone', at);
    await walkFocusRing(page, 'contact.phone');
    for (const digit of LOOKUP_PHONE) await page.keyboard.press(digit);
    await button('common.next').click();
    at = await screenReady(page, language, 'contact.sms', at);
    await walkFocusRing(page, 'contact.sms');
    await button('contact.sms.no').click();
    at = await screenReady(page, language, 'review', at);
    await walkFocusRing(page, 'review');
    await button('review.submit').click();
    await screenReady(page, language, 'receipt', at);
    await walkFocusRing(page, 'receipt');
  });
}
