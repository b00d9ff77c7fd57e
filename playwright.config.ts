import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './test/e2e/chromiumArgs';

// Playwright cannot download its own browsers here; Debian's Chromium is used
// when no Playwright browser is installed (`.ci/run` installs it).
const debianChromium = '/usr/bin/chromium';
const port = Number(process.env.LINLI_E2E_PORT ?? 4870);
export const E2E_DATA_DIR = `test-results/e2e-data-${port}`;
export const E2E_PIN = '246810';

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1920, height: 1080 },
    launchOptions: {
      executablePath: existsSync(debianChromium) ? debianChromium : undefined,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `node test/e2e/serve-fresh.mjs --port ${port} --data-dir ${E2E_DATA_DIR} --pin ${E2E_PIN}`,
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
  },
});
