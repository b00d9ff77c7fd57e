import { digitsOf, expect, expectNoAxeViolations, exportCsv, PIN, test } from './support';

test('staff enter a case for a caller (代办), read the reference, see it in the queue and the audit log, and export it', async ({
  page,
}) => {
  // A mark of this run's own: other tests share this host's queue.
  const mark = `代办${Date.now().toString(36).slice(-5)}`;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/staff');
  await page.getByLabel('PIN 码').fill(PIN);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('button', { name: '代办登记' }).click();
  await expect(page.getByRole('heading', { name: '代办登记' })).toBeVisible();

  // Nothing filled in: each missing field says what it needs, next to it.
  await page.getByRole('button', { name: '保存登记' }).click();
  await expect(page.getByLabel('类型')).toHaveAccessibleDescription('请选择类型。');
  await expect(page.getByLabel('类别')).toHaveAccessibleDescription('请选择类别。');
  await expect(page.getByLabel('居民反映的问题')).toHaveAccessibleDescription(/请写下居民反映的问题/);
  await expectNoAxeViolations(page, 'on-behalf form with errors');

  await page.getByLabel('打电话来').check();
  await page.getByLabel('类型').selectOption({ label: '投诉' });
  await page.getByLabel('类别').selectOption({ label: '噪音扰民' });
  await page.getByLabel('居民反映的问题').fill(`楼上半夜装修 ${mark}`);
  await page.getByLabel('地点（可不填）').fill('5 号楼 301');
  await page.getByLabel('居民姓名（可不填）').fill('李阿姨');
  // A name without a phone is refused by the same checks as the kiosk's, and said at the phone field.
  await page.getByLabel('居民电话（可不填；办事必须留）').press('Enter');
  await expect(page.getByLabel('居民电话（可不填；办事必须留）')).toHaveAccessibleDescription(/请填写有效的电话号码/);
  // The keyboard alone finishes it: type the phone, press Enter.
  await page.getByLabel('居民电话（可不填；办事必须留）').fill('13912345678');
  await page.getByLabel('居民电话（可不填；办事必须留）').press('Enter');

  const saved = page.getByRole('status').filter({ hasText: '已登记。请把编号读给居民' });
  await expect(saved).toBeVisible();
  const ref = digitsOf((await saved.textContent())!.split('：')[1]!);
  expect(ref).toMatch(/^\d{7,}$/);
  const shown = `${ref.slice(0, 3)} ${ref.slice(3)}`;
  await expectNoAxeViolations(page, 'on-behalf saved');
  await page.setViewportSize({ width: 1080, height: 1920 });
  await expect(page.getByRole('button', { name: '再登记一件' })).toBeInViewport();
  await page.screenshot({ path: 'test-results/on-behalf-1080x1920.png' });
  await page.setViewportSize({ width: 1366, height: 768 });

  await page.getByRole('button', { name: '队列' }).click();
  const row = page.getByRole('row').filter({ hasText: shown });
  await expect(row).toContainText('代办');
  await expect(row).toContainText(mark);
  await row.getByRole('button', { name: shown }).click();
  await expect(page.getByText('工作人员代办')).toBeVisible();

  await page.getByRole('button', { name: '操作日志' }).click();
  await expect(page.getByText(`代来电居民登记 ${shown}`)).toBeVisible();

  const csv = await exportCsv(page);
  const [header, ...lines] = csv.slice(1).split('\r\n');
  const columns = header!.split(',');
  expect(columns).toEqual(
    expect.arrayContaining(['assignee', 'respond_by', 'resolve_by', 'overdue', 'entered_by', 'rating']),
  );
  const line = lines.find((l) => l.startsWith(`${ref},`))!;
  const cells = line.split(',');
  const cell = (name: string) => cells[columns.indexOf(name)];
  expect(cell('input_modes')).toBe('staff');
  expect(cell('entered_by')).toBe('管理员');
  expect(cell('status')).toBe('queued');
  expect(cell('respond_by')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(cell('overdue')).toBe('false');
});
