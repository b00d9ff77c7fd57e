import { readFileSync } from 'node:fs';
import { digitsOf, expect, expectNoAxeViolations, PIN, startKiosk, test } from './support';

test('staff sign in, see the new submission and export it as CSV that Excel reads as UTF-8', async ({ page }) => {
  await startKiosk(page);
  await page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' }).click();
  await page.getByRole('button', { name: /^投诉/ }).click();
  await page.getByRole('button', { name: '环境卫生' }).click();
  await page.getByLabel('补充说明').fill('=HYPERLINK("x") 垃圾三天没人收');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '跳过' }).click();
  await page.getByRole('button', { name: '匿名提交' }).click();
  await page.getByRole('button', { name: '确认提交' }).click();
  const ref = digitsOf((await page.getByTestId('reference-number').textContent()) ?? '');

  await page.goto('/staff');
  await page.getByLabel('PIN 码').fill('000000');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toHaveText('PIN 码不对。');
  await page.getByLabel('PIN 码').fill(PIN);
  await page.getByRole('button', { name: '登录' }).click();
  const row = page.getByRole('row').filter({ hasText: `${ref.slice(0, 3)} ${ref.slice(3)}` });
  await expect(row).toContainText('垃圾三天没人收');
  await expect(row).toContainText('待领取');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 CSV' }).click();
  const file = readFileSync((await (await downloading).path())!);
  expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = file.toString('utf8');
  expect(csv).toContain(ref);
  expect(csv).toContain(`"'=HYPERLINK(""x"") 垃圾三天没人收"`);

  await page.getByRole('button', { name: '退出' }).click();
  await expect(page.getByRole('heading', { name: '工作人员登录' })).toBeVisible();
  expect((await page.request.post('/api/listSubmissions', { data: {} })).status()).toBe(401);
});

test('staff follow up: filter, open, change status with a note, collect several, see calls, stats and the audit log', async ({
  page,
  context,
}) => {
  const submit = (description: string, kind = 'complaint', category = 'cmp.facilities') =>
    page.request.post('/api/submit', {
      data: {
        kind,
        category,
        description,
        contact: { anonymous: true },
        language: 'zh-CN',
        inputModes: ['touch'],
      },
    });
  // Other tests share this host's queue: a mark of this run's own finds exactly its submission.
  const mark = `#${Date.now().toString(36)}`;
  const refs: string[] = [];
  for (const text of ['三号楼电梯停了', `路灯坏了一个星期 ${mark}`, '健身器材松动'])
    refs.push((await (await submit(text)).json()).ref);
  await submit('希望多办健康讲座', 'suggestion', 'sug.activities');

  await page.goto('/staff');
  await page.getByLabel('PIN 码').fill(PIN);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByLabel('事项').selectOption('complaint');
  await page.getByLabel('搜索说明、地点或编号').fill(mark);
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page.getByRole('row')).toHaveCount(2);
  await page.getByRole('button', { name: `${refs[1]!.slice(0, 3)} ${refs[1]!.slice(3)}` }).click();
  await expect(page.getByRole('heading', { name: /^编号/ })).toBeFocused();
  await page.getByLabel('改为').selectOption('forwarded');
  await page.getByLabel('内部备注').fill('已转交市政');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: '已转交市政' })).toContainText('已转交');

  await page.getByLabel('搜索说明、地点或编号').fill('');
  await page.getByRole('button', { name: '筛选' }).click();
  await page.getByLabel(`选中 ${refs[0]!.slice(0, 3)} ${refs[0]!.slice(3)}`).check();
  await page.getByLabel(`选中 ${refs[2]!.slice(0, 3)} ${refs[2]!.slice(3)}`).check();
  await page.getByRole('button', { name: '把选中的 2 条标记为已领取' }).click();
  for (const ref of [refs[0]!, refs[2]!]) {
    await expect(page.getByRole('row').filter({ hasText: `${ref.slice(0, 3)} ${ref.slice(3)}` })).toContainText(
      '已领取',
    );
  }

  // Earlier tests on this shared host may have left calls: answer them first, so this one is the only one.
  const pending = (await (await page.request.post('/api/pendingStaffCalls', { data: {} })).json()) as {
    items: { id: number }[];
  };
  for (const { id } of pending.items) {
    expect((await page.request.post('/api/acknowledgeStaffCall', { data: { id } })).status()).toBe(200);
  }
  // A resident presses "call staff" at the kiosk, in another tab.
  const kiosk = await context.newPage();
  await kiosk.goto('/');
  await kiosk.getByRole('button', { name: '呼叫工作人员' }).click();
  await expect(kiosk.getByText('已经通知工作人员，请在这里稍候。')).toBeVisible();
  const call = page.getByRole('alert', { name: '居民呼叫' });
  await expect(call).toContainText('有居民在自助机前呼叫工作人员');
  // The console polls every 3 s: until its next poll it may still list the calls answered above.
  const answer = call.getByRole('button', { name: '我去处理' });
  await expect(answer).toHaveCount(1, { timeout: 10_000 });
  await answer.click();
  await expect(call).toBeHidden();

  await page.getByRole('button', { name: '统计' }).click();
  await expect(page.getByRole('table', { name: '最近 7 天' }).getByRole('row', { name: /公共设施/ })).toContainText(
    /\d/,
  );
  await page.getByRole('button', { name: '操作日志' }).click();
  await expect(page.getByRole('table')).toContainText('把 2 条提交改为“已领取”');
  await expect(page.getByRole('table')).toContainText('去处理了居民的呼叫');
  await expectNoAxeViolations(page, 'staff audit log');
});

test('staff mode opens only after holding the hidden corner for five seconds, then the PIN; leaving it starts a fresh kiosk', async ({
  page,
}) => {
  await page.clock.install();
  await startKiosk(page);
  const corner = (await page.getByTestId('staff-corner').boundingBox())!;
  await page.mouse.move(corner.x + 20, corner.y + 20);
  await page.mouse.down();
  await page.clock.fastForward(2000);
  await page.mouse.up();
  await expect(page.getByRole('dialog', { name: '工作人员登录' })).toHaveCount(0);

  await page.mouse.down();
  await page.clock.fastForward(5100);
  await page.mouse.up();
  const pinPad = page.getByRole('dialog', { name: '工作人员登录' });
  await expect(pinPad).toBeVisible();
  await expectNoAxeViolations(page, 'staff mode PIN pad');
  for (const digit of PIN) await pinPad.getByRole('button', { name: digit, exact: true }).click();
  await pinPad.getByRole('button', { name: '进入后台' }).click();
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByRole('heading', { name: '待处理队列' })).toBeVisible();

  await page.getByRole('link', { name: '回到自助机首页' }).click();
  await expect(page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' })).toBeVisible();
  expect(await page.evaluate(() => document.body.textContent)).not.toContain('待处理队列');
  // Leaving ended the session on the host: the cookie opens nothing, and the console asks for the PIN again.
  expect((await page.request.post('/api/listSubmissions', { data: {} })).status()).toBe(401);
  await page.goto('/staff');
  await expect(page.getByRole('heading', { name: '工作人员登录' })).toBeVisible();
});

test('the console works by keyboard alone, including retention', async ({ page }) => {
  const submitted = await page.request.post('/api/submit', {
    data: {
      kind: 'suggestion',
      category: 'sug.environment',
      description: '小区里多种些树',
      contact: { anonymous: true },
      language: 'zh-CN',
      inputModes: ['keypad'],
    },
  });
  const { ref } = (await submitted.json()) as { ref: string };
  const shown = `${ref.slice(0, 3)} ${ref.slice(3)}`;
  await page.goto('/staff');
  /** Tabs (forward, or back with Shift) until the focused element has this accessible label or text. */
  const tabTo = async (name: string, key: 'Tab' | 'Shift+Tab' = 'Tab') => {
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press(key);
      const here = await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return el?.getAttribute('aria-label') ?? el?.labels?.[0]?.textContent?.trim() ?? el?.textContent?.trim() ?? '';
      });
      if (here === name) return;
    }
    throw new Error(`never reached "${name}" with ${key}`);
  };
  await page.getByLabel('PIN 码').focus();
  await page.keyboard.type(PIN);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '待处理队列' })).toBeVisible();
  // Other tests share this host's queue: search for this submission by its reference first.
  await tabTo('搜索说明、地点或编号');
  await page.keyboard.type(ref);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('row')).toHaveCount(2);
  await tabTo(`选中 ${shown}`);
  await page.keyboard.press('Space');
  await tabTo('把选中的 1 条标记为已领取', 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('row').filter({ hasText: shown })).toContainText('已领取');

  await tabTo('保留期限');
  await page.keyboard.press('Enter');
  await tabTo('清除个人信息');
  await page.keyboard.press('Enter');
  await tabTo('确认清除，不能恢复');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(/已清除 \d+ 条提交的个人信息。/);
  await expectNoAxeViolations(page, 'staff retention');
});
