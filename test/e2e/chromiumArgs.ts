import { existsSync } from 'node:fs';

/**
 * How Debian's Chromium runs here: as root without a sandbox, and quiet on a
 * closed network (no background fetches, component updates, sync or QUIC).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The Chromium the end-to-end tests drive: Debian's headless shell when it is installed (`.ci/run`
 * installs it), else Debian's Chromium; `LINLI_CHROMIUM` names another. The headless shell is the
 * same Blink and V8 without the full browser's windowing and compositor work, the build Playwright
 * itself uses for headless runs: the whole suite costs about a quarter less CPU (README, "Two commands").
 * Playwright's own downloaded browsers cannot be fetched here; with neither binary present it
 * falls back to them.
 */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.LINLI_CHROMIUM, '/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];
  return candidates.find((path): path is string => path !== undefined && existsSync(path));
}
