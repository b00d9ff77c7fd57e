import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startOwnHost } from './ownHost';
import { expect, startKiosk, test } from './support';
import { SPEECH_SDK, ZOD } from './support/welcomeScripts';

// What the welcome screen loads is what every start waits for. The benchmark measures its size and
// time (`npm run bench`); this keeps out what has no business there, whichever import brings it.
test('the welcome screen loads neither the Speech SDK nor zod', async ({ page }) => {
  const scripts: Promise<{ url: string; body: string }>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(response.text().then((body) => ({ url: response.url(), body })));
  });
  await startKiosk(page);
  const loaded = await Promise.all(scripts);
  expect(loaded.length).toBeGreaterThan(0);
  expect(loaded.filter((s) => SPEECH_SDK.test(s.body)).map((s) => s.url)).toEqual([]);
  expect(loaded.filter((s) => ZOD.test(s.body)).map((s) => s.url)).toEqual([]);
});

// The page sets up its strings before the config arrives (cold start); a centre's own default
// language must still be the one the welcome screen shows and says.
test('a centre whose default language is English starts in English', async ({ page }) => {
  const host = await startOwnHost((dataDir) =>
    writeFileSync(join(dataDir, 'config.json'), JSON.stringify({ defaultLanguage: 'en' })),
  );
  try {
    await page.goto(host.url);
    await expect(page.getByRole('button', { name: 'Touch anywhere or press any key to start' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  } finally {
    await host.close();
  }
});
