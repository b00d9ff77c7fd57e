import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

// The axe-core that @axe-core/playwright itself runs.
const fromAxePlaywright = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const AXE_SOURCE = readFileSync(fromAxePlaywright.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 A/AA, plus target size and enhanced (7:1) contrast, for residents with low vision or unsteady hands. */
export const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  rules: { 'target-size': { enabled: true }, 'color-contrast-enhanced': { enabled: true } },
} as const;

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

/**
 * Runs axe-core in the page as it is now. AxeBuilder.analyze() injects axe
 * and finishes each run in a fresh page, about 4 s a run on the CI machine;
 * injected once per document and run directly it takes a tenth of that, which
 * is what lets every screen be checked at every display setting. The kiosk
 * has no frames, which is all AxeBuilder would add.
 */
export async function expectNoAxeViolations(page: Page, label: string) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    (options) =>
      (window as unknown as { axe: { run(c: Document, o: unknown): Promise<AxeResult> } }).axe.run(document, options),
    AXE_OPTIONS,
  );
  const violations = result.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(violations, `axe on ${label}`).toEqual([]);
}
