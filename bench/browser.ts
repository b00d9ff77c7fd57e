import { type Browser, chromium, type Page } from '@playwright/test';
import config from '../playwright.config';

/** Debian's Chromium with the same flags as the end-to-end tests (playwright.config.ts). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(config.use?.launchOptions ?? {});
}

export const VIEWPORT = config.use?.viewport ?? { width: 1920, height: 1080 };

/** The welcome screen's start button: what "interactive" waits for. */
export const START = '轻触屏幕任意位置，或按任意键开始';

/**
 * tsx compiles the benchmark with esbuild's keepNames, which wraps functions
 * in `__name(…)`; a function handed to the page carries that call along, so
 * the page gets a `__name` that does nothing.
 */
export async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.addInitScript('globalThis.__name = (target) => target;');
  return page;
}
