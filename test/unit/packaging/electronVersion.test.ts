// "A current Electron" (Electron's security checklist, item 16). Electron ships
// a new major version every 8 weeks and supports the latest three
// (https://www.electronjs.org/docs/latest/tutorial/electron-timelines). Without
// the network a test cannot ask which is the latest, so it reckons it from the
// calendar: this fails once the installed Electron has dropped out of support.
// When it does: `npm install --save-dev electron@latest`, then run the tests.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
/** A stable release the reckoning starts from: Electron 45.0.0, 2026-10-21. */
const ANCHOR = { major: 45, date: Date.parse('2026-10-21T00:00:00Z') };
const CADENCE_MS = 8 * 7 * 86_400_000;
const SUPPORTED_MAJORS = 3;

/** The latest stable major on `date`, by the 8-week cadence. */
function latestMajorOn(date: number): number {
  return ANCHOR.major + Math.floor((date - ANCHOR.date) / CADENCE_MS);
}

const installedMajor = Number(require('electron/package.json').version.split('.')[0]);
const declared = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).devDependencies
  .electron as string;

describe('the Electron the kiosk is built with', () => {
  it('is one of the three supported major versions today', () => {
    const oldestSupported = latestMajorOn(Date.now()) - (SUPPORTED_MAJORS - 1);
    expect(installedMajor, `Electron ${installedMajor} is out of support: upgrade it`).toBeGreaterThanOrEqual(
      oldestSupported,
    );
  });

  it('is what package.json asks for, so a fresh install gets a supported one too', () => {
    expect(declared).toMatch(new RegExp(`^\\^${installedMajor}\\.`));
  });

  it('reckons the supported versions from the calendar (so the check above can fail)', () => {
    expect(latestMajorOn(Date.parse('2026-11-26'))).toBe(45);
    expect(latestMajorOn(Date.parse('2027-06-01'))).toBe(48);
    expect(41).toBeLessThan(latestMajorOn(Date.parse('2026-11-26')) - (SUPPORTED_MAJORS - 1));
  });
});
