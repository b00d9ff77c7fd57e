import { NOISE_COMPLAINT_WITH_PHONE } from './drafts';
import { expect, expectNoAxeViolations, PIN, startKiosk, test } from './support';

/**
 * The resident's verdict at the kiosk: a complaint resolved with a public note is looked up with the
 * reference and the phone's last four digits, and the resident is asked 满意 / 基本满意 / 不满意 by touch.
 * 不满意 reopens the case; resolved again and rated 满意, it is closed.
 */
test('a resolved complaint is rated 不满意 at the kiosk and reopened, then resolved again and rated 满意', async ({
  page,
}, testInfo) => {
  const submitted = await page.request.post('/api/submit', { data: NOISE_COMPLAINT_WITH_PHONE });
  const { id, ref } = (await submitted.json()) as { id: number; ref: string };

  async function staff(method: string, data: unknown) {
    const answer = await page.evaluate(
      async ([m, body]) => {
        const response = await fetch(`api/${m}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
        return { status: response.status, body: await response.json() };
      },
      [method, data] as const,
    );
    expect(answer.status, `${method}: ${JSON.stringify(answer.body)}`).toBe(200);
    return answer.body;
  }
  async function resolve(publicNote: string) {
    await staff('staffLogin', { pin: PIN });
    await staff('assign', { ids: [id], note: '我来处理' });
    await staff('setStatus', { ids: [id], status: 'resolved', publicNote });
    await staff('staffLogout', {});
  }
  async function statusNow() {
    await staff('staffLogin', { pin: PIN });
    const detail = (await staff('getSubmission', { id })) as { status: string };
    await staff('staffLogout', {});
    return detail.status;
  }
  async function lookUp() {
    await page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' }).click();
    await page.getByRole('button', { name: /^查询进度/ }).click();
    for (const digit of ref) await page.getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await page.getByRole('button', { name: '输入电话后四位，看工作人员留言' }).click();
    for (const digit of '7000') await page.getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await expect(page.getByText('您对处理结果满意吗？')).toBeVisible();
  }

  await startKiosk(page);
  await resolve('已和楼上沟通，装修改到白天');
  await lookUp();
  await expect(page.getByText(/已和楼上沟通，装修改到白天/)).toBeVisible();
  await expectNoAxeViolations(page, 'lookup: verdict question');
  await page.screenshot({ path: testInfo.outputPath('verdict-question.png') });
  await page.getByRole('button', { name: '不满意', exact: true }).click();
  await page.getByRole('textbox').fill('晚上还是在敲');
  await page.getByRole('button', { name: '提交评价' }).click();
  await expect(page.getByText('谢谢您告诉我们。这件事已经重新打开，工作人员会尽快再处理。')).toBeVisible();
  expect(await statusNow()).toBe('reopened');

  await page.goto(page.url());
  await resolve('已联系物业，晚上禁止施工');
  await startKiosk(page);
  await lookUp();
  await page.getByRole('button', { name: '满意', exact: true }).click();
  await expect(page.getByText('谢谢您的评价。这件事已经办结。')).toBeVisible();
  expect(await statusNow()).toBe('closed');
});
