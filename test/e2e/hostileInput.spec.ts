import type { Page } from '@playwright/test';
import { HOSTILE_STRINGS } from '../fixtures/hostileInputs';
import { ALLOW_FLOODS, type OwnHost, startOwnHost } from './ownHost';
import { digitsOf, expect, PIN, test } from './support';

const START = '轻触屏幕任意位置，或按任意键开始';
const PWNED = '__linliPwned';

/**
 * What a field holds after typing: the browser's own value sanitising (HTML,
 * "value sanitization algorithm"), and, through `fill`, U+FFFD for a lone
 * surrogate, which DevTools carries as UTF-8 and so cannot send (nor can a
 * keyboard type one; typed in the page it stays as it is, and the API's
 * refusal of them is tested in test/faults).
 */
const typed = (s: string, overDevTools: boolean) => (overDevTools ? s.replace(/\p{Surrogate}/gu, '\ufffd') : s);
const asTextarea = (s: string, overDevTools: boolean) => typed(s, overDevTools).replace(/\r\n?/g, '\n');
// Chromium puts a space where a line break is typed into a one-line field, and nothing for line breaks alone.
const asInput = (s: string, overDevTools: boolean) =>
  /^[\r\n]+$/.test(s) ? '' : typed(s, overDevTools).replace(/\r\n|[\r\n]/g, ' ');

/** No script from the inputs ran, no page error, no dialog, no element the inputs carried. */
function watchForHarm(page: Page): () => Promise<void> {
  const harm: string[] = [];
  page.on('pageerror', (error) => harm.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    harm.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return async () => {
    const injected = await page.evaluate((flag) => {
      const found = document.querySelectorAll(
        'main script, main img, main svg[onload], main iframe, main style, main a',
      );
      return { ran: flag in window, elements: found.length };
    }, PWNED);
    expect(harm).toEqual([]);
    expect(injected).toEqual({ ran: false, elements: 0 });
  };
}

/** How many of the strings go through Playwright's `fill` (one round trip each way); the rest are typed in the page. */
const FILLED = 12;

/**
 * Each hostile string typed into the field, and what the field then holds. The first few through
 * Playwright's `fill` (the browser's own insertion of typed text, then the value read back); every
 * string, those too, typed in the page by the same editing command (`insertText` over the selected
 * text, as a keyboard or an input method gives it: React's change handler runs, and renders in a
 * microtask, before the value is read), one page call for them all instead of two round trips a string.
 */
async function typeEach(page: Page, label: string, sanitise: (s: string, overDevTools: boolean) => string) {
  const field = page.getByLabel(label);
  const differ: string[] = [];
  const note = (value: string, held: string, how: 'fill' | 'typed') => {
    if (held !== sanitise(value, how === 'fill'))
      differ.push(`${how}: ${JSON.stringify(value).slice(0, 40)} → ${JSON.stringify(held).slice(0, 40)}`);
  };
  for (const value of HOSTILE_STRINGS.slice(0, FILLED)) {
    await field.fill(value);
    note(value, await field.inputValue(), 'fill');
  }
  const held = await field.evaluate(
    async (el: HTMLInputElement | HTMLTextAreaElement, values: string[]) => {
      const out: string[] = [];
      // A task of its own after each string: every microtask before it has run, React's render among them.
      const channel = new MessageChannel();
      const nextTask = () =>
        new Promise((done) => {
          channel.port1.onmessage = done;
          channel.port2.postMessage(null);
        });
      for (const value of values) {
        el.focus();
        el.select();
        if (value === '') document.execCommand('delete');
        else document.execCommand('insertText', false, value);
        await nextTask();
        out.push(el.value);
      }
      return out;
    },
    [...HOSTILE_STRINGS],
  );
  HOSTILE_STRINGS.forEach((value, i) => {
    note(value, held[i]!, 'typed');
  });
  expect(differ, `what ${label} held`).toEqual([]);
  await field.fill('');
}

test.describe('hostile text in every field', () => {
  let host: OwnHost;
  test.beforeEach(async () => {
    // The console test submits every hostile string from this one address, faster than any kiosk would.
    host = await startOwnHost(undefined, { config: ALLOW_FLOODS });
  });
  test.afterEach(async () => host.close());

  test('each field of the kiosk holds whatever is typed into it, whole, and nothing breaks', async ({ page }) => {
    test.setTimeout(240_000);
    const checkHarm = watchForHarm(page);
    await page.goto(host.url);
    await page.getByRole('button', { name: START }).click();
    await page.getByRole('button', { name: /^投诉/ }).click();
    await page.getByRole('button', { name: '邻里纠纷' }).click();
    await typeEach(page, '补充说明', asTextarea);
    await page.getByLabel('补充说明').fill('楼上漏水');
    await page.getByRole('button', { name: '下一步' }).click();
    await typeEach(page, '楼栋、单元或附近地标（可以不填）', asInput);
    await page.getByRole('button', { name: '跳过' }).click();
    await page.getByRole('button', { name: '留下联系方式' }).click();
    await typeEach(page, '称呼（可以不填）', asInput);
    await page.getByRole('button', { name: '跳过' }).click();
    // The phone screen takes digits only, from the keypad or the keyboard: anything else typed is ignored.
    await page.keyboard.type('<script>１３8a0-0\u202e13800138000;DROP');
    await expect(page.locator('output.phone-display')).toHaveText(/^[\d\s]+$/);
    await checkHarm();
  });

  test('text the kiosk cannot store, or with nothing visible, is refused on its own screen in plain words', async ({
    page,
  }) => {
    await page.goto(host.url);
    await page.getByRole('button', { name: START }).click();
    await page.getByRole('button', { name: /^投诉/ }).click();
    await page.getByRole('button', { name: '邻里纠纷' }).click();
    const text = page.getByLabel('补充说明');
    await text.fill('楼上\u0085漏水');
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByRole('alert')).toHaveText('这段文字里有看不见的特殊字符，无法保存。请清除后重新输入。');
    await expect(text).toHaveAttribute('aria-invalid', 'true');
    await text.fill('\u200b\u2060\ufeff');
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByRole('alert')).toHaveText('请点选一个常用说法，或者写几句说明。');
    await text.fill('楼上漏水');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('楼栋、单元或附近地标（可以不填）').fill('3 号楼\u009b');
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByRole('alert')).toHaveText('地点里有看不见的特殊字符，无法保存。请清除后重新输入。');
    expect(host.kiosk.store.submissions.list({}, { limit: 1, offset: 0 }).total).toBe(0);
  });

  test('a resident submits hostile text by touch; it is stored as typed and shown as text', async ({ page }) => {
    test.setTimeout(240_000);
    const checkHarm = watchForHarm(page);
    const samples = [
      '<img src=x onerror="window.__linliPwned=1">',
      "'; DROP TABLE submissions; --",
      '=HYPERLINK("http://127.0.0.1/","点我")',
      '\u202egnp.exe 电话',
      '👨‍👩‍👧‍👦 e\u0301 𠜎𠜱',
      '../../etc/passwd %s%n {{ref}}',
    ];
    await page.goto(host.url);
    for (const text of samples) {
      await page.getByRole('button', { name: START }).click();
      await page.getByRole('button', { name: /^投诉/ }).click();
      await page.getByRole('button', { name: '邻里纠纷' }).click();
      await page.getByLabel('补充说明').fill(text);
      await page.getByRole('button', { name: '下一步' }).click();
      await page.getByLabel('楼栋、单元或附近地标（可以不填）').fill(text);
      await page.getByRole('button', { name: '下一步' }).click();
      await page.getByRole('button', { name: '留下联系方式' }).click();
      await page.getByLabel('称呼（可以不填）').fill(text.slice(0, 50));
      await page.getByRole('button', { name: '下一步' }).click();
      for (const digit of '13800138000') await page.getByRole('button', { name: digit, exact: true }).click();
      await page.getByRole('button', { name: '下一步' }).click();
      await page.getByRole('button', { name: '不用短信' }).click();
      await expect(page.getByRole('heading', { name: '请核对您填写的内容' })).toBeVisible();
      await expect(page.getByRole('main')).toContainText(text.trim());
      await page.getByRole('button', { name: '确认提交' }).click();
      const ref = digitsOf((await page.getByTestId('reference-number').textContent()) ?? '');
      expect(host.kiosk.store.submissions.findByRef(ref), text).toMatchObject({
        description: expect.stringContaining(text.trim()),
        location: text.trim(),
        name: text.slice(0, 50).trim(),
      });
      await page.getByRole('button', { name: '完成' }).click();
    }
    await checkHarm();
  });

  test('staff see every hostile submission as plain text, and the console’s own fields take anything', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const checkHarm = watchForHarm(page);
    const base = host.url.replace(/\/$/, '');
    const accepted: string[] = [];
    for (const description of HOSTILE_STRINGS) {
      const draft = {
        kind: 'suggestion',
        category: 'sug.services',
        description,
        contact: { anonymous: true },
        language: 'zh-CN',
        inputModes: ['touch'],
      };
      const answer = await page.request.post(`${base}/api/submit`, { data: draft });
      expect([200, 400]).toContain(answer.status());
      if (answer.status() === 200) accepted.push(description.trim());
    }
    expect(accepted.length).toBeGreaterThan(150);

    await page.goto(`${base}/staff`);
    await page.getByLabel('PIN 码').fill(PIN);
    await page.getByRole('button', { name: '登录' }).click();
    const cells = page.locator('td.description');
    await expect(cells.first()).toBeVisible();
    const shown = await cells.evaluateAll((tds) => tds.map((td) => td.textContent ?? ''));
    const newestFirst = [...accepted].reverse().slice(0, shown.length);
    expect(shown).toEqual(newestFirst);

    const search = page.getByLabel('搜索说明、地点或编号');
    for (const text of HOSTILE_STRINGS.filter((_, i) => i % 9 === 0)) {
      await search.fill(text);
      await page.getByRole('button', { name: '筛选' }).click();
    }
    await search.fill('');
    await page.getByRole('button', { name: '筛选' }).click();
    await expect(cells.first()).toBeVisible();
    await checkHarm();
  });
});
