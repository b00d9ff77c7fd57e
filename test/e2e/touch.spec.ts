import { digitsOf, expect, exportCsv, startKiosk, test } from './support';

test.describe('a resident at the touchscreen, in 简体中文', () => {
  test('completes a service request and gets a reference number that staff can see', async ({ page }) => {
    await startKiosk(page);
    await page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' }).click();
    await page.getByRole('button', { name: /^办事/ }).click();
    await page.getByRole('button', { name: '医疗卫生' }).click();
    await page.getByRole('button', { name: '预约体检' }).click();
    await page.getByLabel('补充说明').fill('想给母亲预约下个月的体检');
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByRole('heading', { name: '怎么称呼您？' })).toBeVisible();
    await page.getByLabel('称呼（可以不填）').fill('王阿姨');
    await page.getByRole('button', { name: '下一步' }).click();
    for (const digit of '13812345678') await page.getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '不用短信' }).click();
    await expect(page.getByRole('heading', { name: '请核对您填写的内容' })).toBeVisible();
    await expect(page.getByText('预约体检；想给母亲预约下个月的体检')).toBeVisible();
    await page.getByRole('button', { name: '确认提交' }).click();
    const ref = digitsOf((await page.getByTestId('reference-number').textContent()) ?? '');
    expect(ref).toMatch(/^\d{7}$/);
    const csv = await exportCsv(page);
    expect(csv).toContain(ref);
    expect(csv).toContain('王阿姨');
    await page.getByRole('button', { name: '完成' }).click();
    await expect(page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' })).toBeVisible();
  });

  test('completes an anonymous complaint with a location', async ({ page }) => {
    await startKiosk(page);
    await page.getByRole('main').click({ position: { x: 900, y: 500 } });
    await page.getByRole('button', { name: /^投诉/ }).click();
    await page.getByRole('button', { name: '噪音扰民' }).click();
    await page.getByRole('button', { name: '夜间噪音' }).click();
    await page.getByRole('button', { name: '装修噪音' }).click();
    await expect(page.getByRole('button', { name: '夜间噪音' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByRole('heading', { name: '发生在哪里？' })).toBeVisible();
    await page.getByLabel('楼栋、单元或附近地标（可以不填）').fill('3号楼2单元');
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByText('您的姓名和电话只有社区工作人员能看到', { exact: false })).toBeVisible();
    await page.getByRole('button', { name: '匿名提交' }).click();
    await expect(page.getByText('3号楼2单元')).toBeVisible();
    await page.getByRole('button', { name: '确认提交' }).click();
    const ref = digitsOf((await page.getByTestId('reference-number').textContent()) ?? '');
    const csv = await exportCsv(page);
    const row = csv.split('\r\n').find((line) => line.includes(ref));
    expect(row).toContain('cmp.noise');
    expect(row).toContain('夜间噪音；装修噪音');
    expect(row).toContain('3号楼2单元');
  });

  test('completes a suggestion, changing a part from the review screen', async ({ page }) => {
    await startKiosk(page);
    await page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' }).click();
    await page.getByRole('button', { name: /^建议/ }).click();
    await page.getByRole('button', { name: '为老服务' }).click();
    await page.getByRole('button', { name: '老年食堂' }).click();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '留下联系方式' }).click();
    await page.getByRole('button', { name: '跳过' }).click();
    for (const digit of '02112345678') await page.getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '不用短信' }).click();
    await page.getByRole('button', { name: '修改说明' }).click();
    await page.getByRole('button', { name: '智能手机教学' }).click();
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByRole('heading', { name: '请核对您填写的内容' })).toBeVisible();
    await expect(page.getByText('老年食堂；智能手机教学')).toBeVisible();
    await page.getByRole('button', { name: '确认提交' }).click();
    const ref = digitsOf((await page.getByTestId('reference-number').textContent()) ?? '');
    expect(await exportCsv(page)).toContain(ref);
  });

  // Widgets alone are tested under jsdom: a refused phone number and an over-long description, each
  // shown as the dialog refuses it (test/unit/renderer/screens/Contact, Describe), and the refusals
  // themselves in test/unit/app/dialog/dialogMachine.test.ts; the category pages in ChooseCategory.
});
