import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './test/e2e/chromiumArgs';

const testDir = 'test/e2e';

// Each worker starts a host of its own (test/e2e/support.ts); a spec that takes `test` from
// '@playwright/test' would get none. Refuse to start rather than let it fail test by test.
const IMPORTS_TEST = /import\s*\{[^}]*\btest\b[^}]*\}\s*from\s*'@playwright\/test'/;
const oldStyle = readdirSync(testDir).filter(
  (file) => file.endsWith('.spec.ts') && IMPORTS_TEST.test(readFileSync(`${testDir}/${file}`, 'utf8')),
);
if (oldStyle.length > 0) {
  throw new Error(
    `${oldStyle.join(', ')} import test from '@playwright/test', which starts no host: ` +
      `import { expect, test } from './support' instead (see the note at the top of test/e2e/support.ts)`,
  );
}

/** One worker per core by default (each drives one Chromium and its own host); LINLI_E2E_WORKERS overrides it. */
const workers = Number(process.env.LINLI_E2E_WORKERS ?? Math.max(2, availableParallelism()));

export default defineConfig({
  testDir,
  outputDir: 'test-results/e2e',
  // Tests of one file may run in different workers: each test stands on its own.
  fullyParallel: true,
  workers,
  retries: 0,
  // Ceilings, not timings: a test waits for a state the page shows, and these only bound how long it may
  // wait before it is called failed. They are generous because the suite must pass on a loaded machine (the
  // stress proof ran it at load 25–30 on 2 cores, where a staff list took over 5 s and a 60 s test 2 min).
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: {
    // No baseURL here: it comes from each worker's own host (test/e2e/support.ts).
    viewport: { width: 1920, height: 1080 },
    // What a failing test's page showed at the end, beside the page's errors (support.ts).
    screenshot: 'only-on-failure',
    launchOptions: {
      // Playwright cannot download its own browsers here: Debian's (test/e2e/chromiumArgs.ts).
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
});
