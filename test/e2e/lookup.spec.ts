import { expect, expectNoAxeViolations, PIN, startKiosk, test } from './support';

test('a resident checks progress by reference number, and sees the staff note with the phone’s last four digits', async ({
  page,
}) => {
  const submitted = await page.request.post('/api/submit', {
    data: {
      kind: 'complaint',
      category: 'cmp.facilities',
      description: '电梯停了三天',
      contact: { anonymous: false, name: '赵大爷', phone: '13912348000' },
      language: 'zh-CN',
      inputModes: ['touch'],
    },
  });
  const { id, ref } = (await submitted.json()) as { id: number; ref: string };
  expect((await page.request.post('/api/staffLogin', { data: { pin: PIN } })).status()).toBe(200);
  const changed = await page.request.post('/api/setStatus', {
    data: { ids: [id], status: 'forwarded', note: '内部：已电话物业', publicNote: '已转交物业，预计周五修好' },
  });
  expect(changed.status()).toBe(200);
  await page.request.post('/api/staffLogout', { data: {} });

  await startKiosk(page);
  await page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' }).click();
  await page.getByRole('button', { name: /^查询进度/ }).click();
  await expect(page.getByRole('heading', { name: '查询进度' })).toBeVisible();
  await expectNoAxeViolations(page, 'lookup: reference');
  for (const digit of '1234567') await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: '查询', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(/编号不对|没有找到/);

  await page.getByRole('button', { name: '清空' }).click();
  for (const digit of ref) await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: '查询', exact: true }).click();
  await expect(page.getByText('已转交相关部门处理。')).toBeVisible();
  await expect(page.getByText('预计周五修好')).toHaveCount(0);
  await expectNoAxeViolations(page, 'lookup: result');

  await page.getByRole('button', { name: '输入电话后四位，看工作人员留言' }).click();
  for (const digit of '8000') await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: '查询', exact: true }).click();
  await expect(page.getByText('工作人员留言：已转交物业，预计周五修好')).toBeVisible();
  await expect(page.getByText('内部：已电话物业')).toHaveCount(0);

  await page.getByRole('button', { name: '完成' }).click();
  await expect(page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' })).toBeVisible();
});
