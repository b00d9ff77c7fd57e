import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const PIN = '246810';

/** WCAG 2.2 A/AA, plus target size and enhanced (7:1) contrast, as the foundation issue asks. */
export async function expectNoAxeViolations(page: Page, label: string) {
  // One run: the A/AA tags, with the two extra rules switched on (checked to fire on a 5:1 text and 10 px targets).
  const result = await new AxeBuilder({ page })
    .options({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: { 'target-size': { enabled: true }, 'color-contrast-enhanced': { enabled: true } },
    })
    .analyze();
  const violations = result.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(violations, `axe on ${label}`).toEqual([]);
}

/**
 * The foundation issue's bars, measured in the page: every visible text at
 * least 28 CSS px, every control at least 64 × 64 with 8 px between
 * neighbours, and no scrolling at the default size.
 */
export async function measureScreen(page: Page, label: string) {
  const report = await page.evaluate(() => {
    const problems: string[] = [];
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Under an open overlay the screen is inert and covered: only the overlay is measured.
      return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && !el.closest('.sr-only, [inert]');
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || !visible(parent)) continue;
      const size = Number.parseFloat(getComputedStyle(parent).fontSize);
      if (size < 28) problems.push(`text "${node.textContent.trim().slice(0, 20)}" is ${size}px`);
    }
    const controls = [...document.querySelectorAll('button, input, textarea')].filter(visible);
    const rects = controls.map((c) => c.getBoundingClientRect());
    rects.forEach((r, i) => {
      if (r.width < 64 || r.height < 64) {
        problems.push(`control "${controls[i]!.textContent?.trim().slice(0, 20)}" is ${r.width}×${r.height}`);
      }
      rects.forEach((o, j) => {
        if (j <= i) return;
        const gapX = Math.max(o.left - r.right, r.left - o.right);
        const gapY = Math.max(o.top - r.bottom, r.top - o.bottom);
        if (Math.max(gapX, gapY) < 8) {
          problems.push(
            `controls "${controls[i]!.textContent?.trim().slice(0, 12)}" and "${controls[j]!.textContent?.trim().slice(0, 12)}" are ${Math.max(gapX, gapY)}px apart`,
          );
        }
      });
    });
    const main = document.querySelector('.kiosk-main');
    if (main && main.scrollHeight > main.clientHeight + 1)
      problems.push(`the screen scrolls (${main.scrollHeight} > ${main.clientHeight})`);
    if (document.documentElement.scrollWidth > window.innerWidth) problems.push('the page overflows sideways');
    return problems;
  });
  expect(report, `measurements on ${label}`).toEqual([]);
}

export async function startKiosk(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
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
