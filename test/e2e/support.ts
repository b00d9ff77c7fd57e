/**
 * How to write an end-to-end spec
 * -------------------------------
 * Import `test` and `expect` from here, never `test` from '@playwright/test':
 *
 *     import { expect, test } from './support';
 *     test('a resident …', async ({ page }) => {
 *       await startKiosk(page);              // page.goto('/') on this worker's own host
 *     });
 *
 * Each Playwright worker starts a browser host of its own (`kioskHost`: a
 * fresh data folder, the staff PIN below, its own port) and hands its address
 * to the tests as `baseURL`, so `page.goto('/')`, `page.request.post('/api/…')`
 * and `request` all reach it. Tests in one worker run one after another and
 * share that host (its queue, its staff calls), so a test finds its own
 * submissions by their reference or a mark of its own, never by position.
 * A test that needs a host to itself (a full disk, a damaged file, a config)
 * starts one with `startOwnHost` (./ownHost.ts) and closes it.
 *
 * There is no webServer and no `baseURL` in playwright.config.ts: a spec that
 * imports `test` from '@playwright/test' gets no host, its `page.goto('/')`
 * fails with "invalid URL", and playwright.config.ts refuses to load while
 * any spec does so. To convert one: change its import as above; nothing else.
 *
 * Keep each test one journey, or one group of settings, rather than one walk
 * over everything: the workers can only share out tests, not parts of one.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { type OwnHost, PIN, startOwnHost } from './ownHost';

// One axe runner for every spec: test/e2e/axe.ts.
export { expectNoAxeViolations } from './axe';
export { expect, PIN };

/** The port of worker `n`: LINLI_E2E_PORT + n when set (so parallel checkouts can keep apart), else any free one. */
function workerPort(parallelIndex: number): number {
  const base = process.env.LINLI_E2E_PORT;
  return base ? Number(base) + parallelIndex : 0;
}

export const test = base.extend<object, { kioskHost: OwnHost }>({
  kioskHost: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from its first parameter
    async ({}, use, workerInfo) => {
      const host = await startOwnHost(undefined, { port: workerPort(workerInfo.parallelIndex) });
      await use(host);
      await host.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  baseURL: async ({ kioskHost }, use) => {
    await use(kioskHost.url);
  },
  // What the page threw or logged as an error, attached to a failing test: a kiosk that stopped answering
  // says why there, instead of only which button never came.
  page: async ({ page }, use, testInfo) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.stack ?? error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
    });
    page.on('crash', () => errors.push('the page crashed'));
    await use(page);
    if (testInfo.status !== testInfo.expectedStatus && errors.length > 0) {
      await testInfo.attach('page-errors.txt', { body: errors.join('\n'), contentType: 'text/plain' });
      console.log(`page errors in "${testInfo.title}":\n${errors.join('\n')}`);
    }
  },
});

/**
 * Opens the kiosk and waits until it is ready for a resident: the welcome
 * screen's heading has focus, which the kiosk gives it in the same update
 * that starts listening for keys. (Visible alone is too early: a key pressed
 * between the first paint and that update would go unheard.)
 */
export async function startKiosk(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
}

/** Signs in to the staff API in this page's context and returns the CSV export's text. */
export async function exportCsv(page: Page): Promise<string> {
  const login = await page.request.post('/api/staffLogin', { data: { pin: PIN } });
  expect(login.status()).toBe(200);
  const response = await page.request.post('/api/exportSubmissions', { data: { format: 'csv' } });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { body: string }).body;
}

export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}
