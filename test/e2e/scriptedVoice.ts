import type { Page } from '@playwright/test';
import { expect } from './support';

/** Opens the kiosk with the scripted provider (DESIGN.md, "Scripted speech"): what it says is recorded, the resident's words are given. */
export async function openByVoice(page: Page) {
  await page.goto('/?speech=scripted');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForFunction(() => window.linliSpeech !== undefined);
}

/** Waits until the kiosk listens, then the resident speaks. */
export async function say(page: Page, text: string, confidence?: number) {
  await page.waitForFunction(() => window.linliSpeech?.listening === true);
  await page.evaluate(([t, c]) => window.linliSpeech!.say(t as string, c as number | undefined), [text, confidence]);
}
