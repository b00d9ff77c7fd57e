/**
 * Telling the resident by SMS, end to end: a resident agrees at the kiosk by
 * touch, staff change the case in the console, and the loopback gateway
 * (test/fixtures/smsDouble.ts, behind the webhook provider) gets one message
 * with the reference and nothing the resident wrote; a gateway that is down
 * is tried again and the message goes through. A "me too" supporter who asked
 * for texts gets one of their own, with their own reference.
 */
import { type SmsDouble, startSmsDouble } from '../fixtures/smsDouble';
import { type OwnHost, PIN, startOwnHost } from './ownHost';
import { digitsOf, expect, test } from './support';

const SECRET = 'e2e-sms-secret-4d1';
const DESCRIPTION = '楼道灯坏了三天';
const LOCATION = '5号楼2单元';
const NAME = '孙奶奶';
const PHONE = '13912346000';

test.describe('SMS to a resident who asked for it', () => {
  let double: SmsDouble;
  let host: OwnHost;
  // The host's clock runs with the real one, plus what the test moves it on by (the retry's backoff).
  let ahead = 0;

  test.beforeEach(async () => {
    double = await startSmsDouble(SECRET);
    host = await startOwnHost(undefined, {
      config: { sms: { provider: 'webhook', url: double.url } },
      env: { LINLI_SMS_SECRET: SECRET },
      now: () => new Date(Date.now() + ahead),
    });
  });
  test.afterEach(async () => {
    await host.close();
    await double.close();
  });

  test('consents by touch, staff move the case, one SMS with the reference and no description; a refused one is retried', async ({
    page,
  }) => {
    await page.goto(host.url);
    await page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' }).click();
    await page.getByRole('button', { name: /^投诉/ }).click();
    await page.getByRole('button', { name: '公共设施' }).click();
    await page.getByLabel('补充说明').fill(DESCRIPTION);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('textbox').fill(LOCATION);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '留下联系方式' }).click();
    await page.getByLabel('称呼（可以不填）').fill(NAME);
    await page.getByRole('button', { name: '下一步' }).click();
    for (const digit of PHONE) await page.getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByRole('heading', { name: '案件有进展时，用短信告诉您吗？' })).toBeVisible();
    await page.getByRole('button', { name: '要，发短信告诉我' }).click();
    await expect(page.getByRole('heading', { name: '请核对您填写的内容' })).toBeVisible();
    await expect(page.getByText('有进展时发短信告诉我')).toBeVisible();
    await page.getByRole('button', { name: '确认提交' }).click();
    const ref = digitsOf((await page.getByTestId('reference-number').textContent()) ?? '');
    expect(double.received).toEqual([]); // the receipt is news enough

    await page.goto(`${host.url}staff`);
    await page.getByLabel('PIN 码').fill(PIN);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('button', { name: `${ref.slice(0, 3)} ${ref.slice(3)}` }).click();
    await expect(page.getByText('居民同意有进展时收到短信')).toBeVisible();
    await page.getByLabel('改为').selectOption('collected');
    await page.getByRole('button', { name: '保存', exact: true }).click();

    await expect.poll(() => double.delivered.length).toBe(1);
    const [sms] = double.delivered;
    expect(sms!.body).toMatchObject({ to: PHONE, ref, template: 'received', language: 'zh-CN' });
    expect(sms!.body.text).toContain(ref);
    for (const written of [DESCRIPTION, LOCATION, NAME]) expect(JSON.stringify(double.received)).not.toContain(written);
    const section = page.getByRole('region', { name: '短信通知' });
    await expect(section.getByRole('row').filter({ hasText: '已收到' })).toContainText('已发出');
    await expect(section).toContainText('•••6000');
    await expect(section).not.toContainText(PHONE);

    // The gateway is down when staff take the case: refused, kept, tried again after the backoff.
    double.answerNext('error503');
    await page.getByRole('button', { name: '我来处理' }).click();
    await expect.poll(() => double.received.length).toBe(2);
    await expect(section.getByRole('row').filter({ hasText: '已受理' })).toContainText('等待发送');
    expect(double.delivered).toHaveLength(1);
    ahead += 61_000;
    await host.kiosk.sms!.tick();
    expect(double.delivered).toHaveLength(2);
    expect(double.delivered[1]!.body).toMatchObject({ ref, template: 'accepted' });
    expect(double.received).toHaveLength(3);
  });
});

test.describe('SMS to a "me too" supporter who asked for it', () => {
  let double: SmsDouble;
  let host: OwnHost;

  test.beforeEach(async () => {
    double = await startSmsDouble(SECRET);
    host = await startOwnHost(undefined, {
      config: { sms: { provider: 'webhook', url: double.url }, meToo: { days: 14 } },
      env: { LINLI_SMS_SECRET: SECRET },
    });
  });
  test.afterEach(async () => {
    await host.close();
    await double.close();
  });

  test('consents by touch, adds support, and gets their own reference when staff move the case', async ({ page }) => {
    // The first resident's case, through the API: they did not ask for texts.
    const answer = await page.request.post(new URL('/api/submit', host.url).href, {
      data: {
        kind: 'complaint',
        category: 'cmp.facilities',
        description: '电梯坏了，老人上不了楼',
        location: '3号楼',
        contact: { anonymous: false, name: '孙阿姨', phone: '13800005555' },
        language: 'zh-CN',
        inputModes: ['touch'],
      },
    });
    expect(answer.status()).toBe(200);
    const first = (await answer.json()) as { ref: string };

    await page.goto(host.url);
    await page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' }).click();
    await page.getByRole('button', { name: /^投诉/ }).click();
    await page.getByRole('button', { name: '公共设施' }).click();
    await page.getByLabel('补充说明').fill('电梯坏了，上不了楼');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('textbox').fill('3号楼');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '留下联系方式' }).click();
    await page.getByRole('button', { name: '下一步' }).click(); // no name
    for (const digit of PHONE) await page.getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '要，发短信告诉我' }).click();
    await page.getByRole('button', { name: '确认提交' }).click();
    await expect(page.getByRole('heading', { name: '已经有人反映过这个问题，是否加上您的一票？' })).toBeVisible();
    await page.getByRole('button', { name: '加上我的一票' }).click();
    const mine = digitsOf((await page.getByTestId('reference-number').textContent()) ?? '');
    expect(mine).not.toBe(first.ref);

    await page.goto(`${host.url}staff`);
    await page.getByLabel('PIN 码').fill(PIN);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('button', { name: `${first.ref.slice(0, 3)} ${first.ref.slice(3)}` }).click();
    await page.getByLabel('改为').selectOption('collected');
    await page.getByRole('button', { name: '保存', exact: true }).click();

    await expect.poll(() => double.delivered.length).toBe(1);
    expect(double.delivered[0]!.body).toMatchObject({ to: PHONE, ref: mine, template: 'received' });
    expect(JSON.stringify(double.received)).not.toContain(first.ref);
    const section = page.getByRole('region', { name: '短信通知' });
    await expect(section.getByRole('row').filter({ hasText: '也反映此事的居民' })).toContainText('•••6000');
    await expect(section).not.toContainText(PHONE);
  });
});
