import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { type OwnHost, startOwnHost } from './ownHost';
import { expect, PIN, test } from './support';

// Limits low enough to reach by hand, on a host of this test's own: the shared host keeps the defaults.
const LOW_LIMITS = { residentLimits: { submitsPerMinute: 1, submitsPerHour: 1, staffCallsPerMinute: 1 } };
const START = '轻触屏幕任意位置，或按任意键开始';
const REFUSED = '这台机器刚刚提交得太多，需要暂停几分钟。';
const ALREADY_CALLED = '这台机器已经通知过工作人员了';
const DRAFT = {
  kind: 'suggestion',
  category: 'sug.services',
  description: '早上的脚本',
  contact: { anonymous: true },
  language: 'zh-CN',
  inputModes: ['touch'],
};

async function fillComplaint(page: Page) {
  await page.getByRole('button', { name: START }).click();
  await page.getByRole('button', { name: /^投诉/ }).click();
  await page.getByRole('button', { name: '邻里纠纷' }).click();
  await page.getByLabel('补充说明').fill('楼上卫生间漏水到我家');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('楼栋、单元或附近地标（可以不填）').fill('7号楼3单元');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '匿名提交' }).click();
  await expect(page.getByRole('heading', { name: '请核对您填写的内容' })).toBeVisible();
}

test.describe('a kiosk whose address has used up its limits', () => {
  let host: OwnHost;
  test.beforeEach(async () => {
    host = await startOwnHost(undefined, { config: LOW_LIMITS });
  });
  test.afterEach(async () => host.close());

  test('tells the resident in plain words, on screen and aloud, keeps the draft, and stores nothing more', async ({
    page,
  }) => {
    // Another caller from the same address (this browser's) has just used the minute's one submission.
    expect((await page.request.post(`${host.url}api/submit`, { data: DRAFT })).status()).toBe(200);
    const flood = await page.request.post(`${host.url}api/submit`, { data: DRAFT });
    expect([flood.status(), flood.headers()['retry-after']]).toEqual([429, expect.stringMatching(/^\d+$/)]);

    await page.goto(`${host.url}?speech=scripted`);
    await page.waitForFunction(() => window.linliSpeech !== undefined);
    await page.evaluate(() => {
      window.linliSpeech!.msPerChar = 1;
    });
    await fillComplaint(page);
    await page.getByRole('button', { name: '确认提交' }).click();

    await expect(page.getByRole('heading', { name: '没能保存' })).toBeVisible();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(REFUSED);
    await expect(alert).toContainText('您填写的内容都还在');
    await page.waitForFunction((text) => window.linliSpeech!.spoken.some((s) => s.text.includes(text)), REFUSED);
    await page.getByRole('button', { name: '返回核对' }).click();
    await expect(page.getByText('楼上卫生间漏水到我家')).toBeVisible();
    expect(host.kiosk.store.submissions.listFull({}).map((s) => s.description)).toEqual(['早上的脚本']);
  });

  test('says staff already have the call when one call too many is refused', async ({ page }) => {
    await page.goto(host.url);
    await page.getByRole('button', { name: START }).click();
    const callStaff = page.getByRole('button', { name: '呼叫工作人员' }).first();
    await callStaff.click();
    const overlay = page.getByRole('dialog', { name: '呼叫工作人员' });
    await expect(overlay).toContainText('已经通知工作人员');
    await overlay.getByRole('button', { name: '关闭' }).click();
    await callStaff.click();
    await expect(overlay).toContainText(ALREADY_CALLED);
    expect(host.kiosk.store.staffCalls.pending()).toMatchObject([{ count: 1 }]);
  });
});

test.describe('the staff console of a busy kiosk', () => {
  let host: OwnHost;
  test.beforeEach(async () => {
    // A threshold no disk meets, so the warning shows on any machine; the watch itself has unit tests with exact figures.
    host = await startOwnHost(undefined, { config: { queueWatch: { minFreeMegabytes: 10_000_000 } } });
  });
  test.afterEach(async () => host.close());

  test('shows repeated calls from one kiosk as one line with its count, and warns on the queue of a filling disk', async ({
    page,
  }) => {
    for (let i = 0; i < 3; i++) {
      expect((await page.request.post(`${host.url}api/callStaff`, { data: { language: 'zh-CN' } })).status()).toBe(200);
    }
    await page.goto(`${host.url}staff`);
    await page.getByLabel('PIN 码').fill(PIN);
    await page.getByRole('button', { name: '登录' }).click();

    const calls = page.getByRole('alert', { name: '居民呼叫' });
    await expect(calls).toContainText('有居民在自助机前呼叫工作人员');
    await expect(calls).toContainText('网页终端 127.0.0.1');
    await expect(calls).toContainText('呼叫 3 次');
    await expect(calls.getByRole('button', { name: '我去处理' })).toHaveCount(1);
    await expect(page.getByRole('alert').filter({ hasText: '存放队列的磁盘空间快用完了' })).toBeVisible();
    await expectNoAxeViolations(page, 'staff console with a call and the space warning');

    await calls.getByRole('button', { name: '我去处理' }).click();
    await expect(calls).toBeHidden();
    expect(host.kiosk.store.staffCalls.pending()).toEqual([]);
    expect(host.kiosk.store.audit.list(100).filter((e) => e.action === 'queue.space-low')).toHaveLength(1);
  });
});
