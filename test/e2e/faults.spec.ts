import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { fileKeyProvider } from '../../main/crypto/keyProvider';
import { type OwnHost, startOwnHost } from './ownHost';
import { digitsOf, expect, PIN, startKiosk, test } from './support';

const START = '轻触屏幕任意位置，或按任意键开始';

const filler = {
  kind: 'complaint' as const,
  category: 'cmp.noise',
  description: '',
  location: null,
  anonymous: true,
  name: null,
  phone: null,
  language: 'zh-CN' as const,
  inputModes: ['touch' as const],
  kioskId: 'kiosk-1',
};

/** Everything personal this test types, to look for after a reload. */
const PERSONAL = { description: '楼上卫生间漏水到我家', location: '7号楼3单元', name: '赵阿姨', phone: '13912345678' };

/** A complaint filled in up to the review screen, by touch. */
async function fillComplaint(page: Page) {
  await page.getByRole('button', { name: START }).click();
  await page.getByRole('button', { name: /^投诉/ }).click();
  await page.getByRole('button', { name: '邻里纠纷' }).click();
  await page.getByLabel('补充说明').fill(PERSONAL.description);
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('楼栋、单元或附近地标（可以不填）').fill(PERSONAL.location);
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '留下联系方式' }).click();
  await page.getByLabel('称呼（可以不填）').fill(PERSONAL.name);
  await page.getByRole('button', { name: '下一步' }).click();
  for (const digit of PERSONAL.phone) await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '不用短信' }).click();
  await expect(page.getByRole('heading', { name: '请核对您填写的内容' })).toBeVisible();
}

async function submissionCount(page: Page, base = ''): Promise<number> {
  expect((await page.request.post(`${base}/api/staffLogin`, { data: { pin: PIN } })).status()).toBe(200);
  const list = await page.request.post(`${base}/api/listSubmissions`, { data: { limit: 1 } });
  return ((await list.json()) as { total: number }).total;
}

/** Nothing the resident typed is anywhere in the page or in the browser's storage. */
async function expectNothingPersonalLeft(page: Page) {
  const left = await page.evaluate(async (personal) => {
    const text = `${document.documentElement.outerHTML}`;
    const stored = [
      ...Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k)}`),
      ...Object.keys(sessionStorage).map((k) => `${k}=${sessionStorage.getItem(k)}`),
    ].join('\n');
    const databases = (await indexedDB.databases()).map((d) => d.name);
    const caches = await window.caches.keys();
    return {
      inPage: Object.values(personal).filter((v) => text.includes(v)),
      stored,
      databases,
      caches,
      history: history.length,
    };
  }, PERSONAL);
  expect(left.inPage).toEqual([]);
  expect(left.stored).toBe('');
  expect(left.databases).toEqual([]);
  expect(left.caches).toEqual([]);
}

test.describe('the renderer reloaded mid-dialog', () => {
  test('comes back at the welcome screen with nothing the resident entered, and submits nothing', async ({ page }) => {
    const before = await submissionCount(page);
    await startKiosk(page);
    await fillComplaint(page);
    await page.reload();
    await expect(page.getByRole('button', { name: START })).toBeVisible();
    await expectNothingPersonalLeft(page);
    // The dialog starts from scratch: the next resident sees empty fields.
    await page.getByRole('button', { name: START }).click();
    await page.getByRole('button', { name: /^投诉/ }).click();
    await page.getByRole('button', { name: '邻里纠纷' }).click();
    await expect(page.getByLabel('补充说明')).toHaveValue('');
    expect(await submissionCount(page)).toBe(before);
  });

  test('reloaded the moment Submit is pressed: the submission is stored whole or not at all', async ({ page }) => {
    const before = await submissionCount(page);
    await startKiosk(page);
    await fillComplaint(page);
    await page.getByRole('button', { name: '确认提交' }).click();
    await page.reload();
    await expect(page.getByRole('button', { name: START })).toBeVisible();
    await expectNothingPersonalLeft(page);
    const after = await submissionCount(page);
    expect(after - before).toBeGreaterThanOrEqual(0);
    expect(after - before).toBeLessThanOrEqual(1);
    if (after === before) return;
    const list = await page.request.post('/api/listSubmissions', { data: { limit: 1 } });
    const [newest] = ((await list.json()) as { items: Record<string, unknown>[] }).items;
    expect(newest).toMatchObject({ ...PERSONAL, description: expect.stringContaining(PERSONAL.description) });
  });
});

test.describe('the disk is full', () => {
  let host: OwnHost;
  test.beforeEach(async () => {
    host = await startOwnHost();
  });
  test.afterEach(async () => host.close());

  test('the resident is told plainly, can call staff, keeps the draft, and submits once there is room', async ({
    page,
  }) => {
    await page.goto(host.url);
    await fillComplaint(page);
    const db = host.kiosk.store.db;
    // SQLite's max_page_count at the current size: the next page it needs is refused with SQLITE_FULL.
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true })}`);
    // Use up the free space left in the pages there are, as earlier submissions would have.
    let stored = 0;
    for (; stored < 2000; stored++) {
      try {
        host.kiosk.store.submissions.submit({ ...filler, description: `已有的第 ${stored} 条` });
      } catch {
        break;
      }
    }
    const before = host.kiosk.store.submissions.listFull({});

    await page.getByRole('button', { name: '确认提交' }).click();
    await expect(page.getByRole('heading', { name: '没能保存' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('保存的地方出了问题');
    await expect(page.getByRole('alert')).toContainText('您填写的内容都还在');
    await expect(page.getByRole('button', { name: '再试一次' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('button', { name: '呼叫工作人员' })).toBeVisible();
    expect(host.kiosk.store.submissions.listFull({})).toEqual(before);

    await page.getByRole('main').getByRole('button', { name: '呼叫工作人员' }).click();
    const overlay = page.getByRole('dialog', { name: '呼叫工作人员' });
    await expect(overlay).toContainText(/已经通知工作人员|请到服务台找工作人员/);
    await overlay.getByRole('button', { name: '关闭' }).click();

    db.pragma('max_page_count = 1073741823');
    await page.getByRole('button', { name: '再试一次' }).click();
    const ref = digitsOf((await page.getByTestId('reference-number').textContent()) ?? '');
    expect(host.kiosk.store.submissions.findByRef(ref)).toMatchObject({
      location: PERSONAL.location,
      name: PERSONAL.name,
      phone: PERSONAL.phone,
    });
    expect(host.kiosk.store.submissions.listFull({})).toHaveLength(before.length + 1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

test.describe('a damaged database at start', () => {
  let host: OwnHost;
  test.beforeEach(async () => {
    // The centre's key is there: only the file is damaged, cut off mid-page (a file the key does not open
    // is never moved aside, since there another key looks the same as damage: test/unit/main/store/setAside.test.ts).
    host = await startOwnHost((dir) => {
      fileKeyProvider(join(dir, 'linli.key')).create();
      writeFileSync(join(dir, 'linli.sqlite'), `${'not a database '.repeat(512)}!`);
    });
  });
  test.afterEach(async () => host.close());

  test('the kiosk still serves residents, and staff find the alert in the console', async ({ page }) => {
    await page.goto(host.url);
    await expect(page.getByRole('button', { name: START })).toBeVisible();
    await page.goto(`${host.url}staff`);
    await page.getByLabel('PIN 码').fill(PIN);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('button', { name: '操作日志' }).click();
    const row = page.getByRole('row').filter({ hasText: '数据库文件损坏' });
    await expect(row).toContainText('linli.sqlite.damaged-');
    await expect(row).toContainText('not a whole number of pages');
  });
});
