import type { Page } from '@playwright/test';
import { type OwnHost, startOwnHost } from './ownHost';
import { digitsOf, expect, expectNoAxeViolations, PIN, test } from './support';

// "Me too" (已经有人反映过这个问题): a second resident's complaint like an open case is offered that case
// at the kiosk; they add their support by touch or by voice and get a reference of their own that looks the
// case up. Staff see how many residents reported it and merge two cases; every reference still looks up.
// This spec's own host turns "me too" on (the shared hosts start with it off, see ownHost.ts).

let host: OwnHost;
test.beforeAll(async () => {
  host = await startOwnHost(undefined, { config: { meToo: { days: 14 } } });
});
test.afterAll(async () => {
  await host?.close();
});

const api = (page: Page, method: string, data: unknown) =>
  page.request.post(new URL(`/api/${method}`, host.url).href, { data });

async function submitLift(page: Page, location: string) {
  const answer = await api(page, 'submit', {
    kind: 'complaint',
    category: 'cmp.facilities',
    description: '电梯坏了，老人上不了楼',
    location,
    contact: { anonymous: false, name: '孙阿姨', phone: '13800005555' },
    language: 'zh-CN',
    inputModes: ['touch'],
  });
  expect(answer.status()).toBe(200);
  return (await answer.json()) as { id: number; ref: string };
}

/** A resident at the kiosk complains by touch that the lift of 3号楼 is broken, up to the "me too" offer. */
async function complainUpToOffer(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' }).click();
  await page.getByRole('button', { name: /^投诉/ }).click();
  await page.getByRole('button', { name: '公共设施' }).click();
  await page.getByRole('textbox').fill('电梯坏了，上不了楼');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('楼栋、单元或附近地标（可以不填）').fill('3号楼');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '匿名提交' }).click();
  await page.getByRole('button', { name: '确认提交' }).click();
  await expect(page.getByRole('heading', { name: '已经有人反映过这个问题，是否加上您的一票？' })).toBeVisible();
}

async function lookUp(page: Page, ref: string) {
  const answer = await api(page, 'lookupStatus', { ref });
  expect(answer.status()).toBe(200);
  return (await answer.json()) as { ref: string; status: string };
}

test('a second and a third resident add their support by touch and by voice; staff see the count and merge a case', async ({
  page,
}) => {
  const first = await submitLift(page, '3号楼');

  await complainUpToOffer(page, host.url);
  await expect(page.getByText('已有 1 位居民反映')).toBeVisible();
  await expect(page.getByText('3号楼', { exact: true })).toBeVisible();
  // Nothing of the first resident: not their name, phone or words.
  await expect(page.getByText(/孙阿姨|13800005555|老人上不了楼/)).toHaveCount(0);
  await expectNoAxeViolations(page, 'me too: the offer');
  await page.getByRole('button', { name: '加上我的一票' }).click();
  const byTouch = digitsOf((await page.getByTestId('reference-number').textContent()) ?? '');
  expect(byTouch).not.toBe(first.ref);
  await expect(page.getByText('您的一票已经加上，这件事现在有 2 位居民反映。凭编号可以查询进度。')).toBeVisible();
  expect(await lookUp(page, byTouch)).toMatchObject({ ref: byTouch, status: 'queued' });

  // By voice: the kiosk says the offer with its details, and "要" adds the support.
  await complainUpToOffer(page, new URL('/?speech=scripted', host.url).href);
  await page.waitForFunction(() =>
    (window.linliSpeech?.spoken ?? []).some((s) => JSON.stringify(s).includes('已有 2 位居民反映')),
  );
  await page.waitForFunction(() => window.linliSpeech?.listening === true);
  await page.evaluate(() => window.linliSpeech!.say('要'));
  const byVoice = digitsOf((await page.getByTestId('reference-number').textContent()) ?? '');
  expect(byVoice).not.toBe(byTouch);
  await expect(page.getByText(/这件事现在有 3 位居民反映/)).toBeVisible();

  // Another case of the same lift, reported without the offer (through the API); staff merge it into the first.
  const other = await submitLift(page, '3号楼 电梯间');
  await page.goto(new URL('/staff', host.url).href);
  await page.getByLabel('PIN 码').fill(PIN);
  await page.getByRole('button', { name: '登录' }).click();
  const shown = `${first.ref.slice(0, 3)} ${first.ref.slice(3)}`;
  // By its button: once merged, the other case's row names this reference too ("已并入编号 …").
  const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: shown }) });
  await expect(row).toContainText('另有 2 位居民反映');
  await row.getByRole('button', { name: shown }).click();
  await page.getByLabel('把另一件并入本件，它的编号').fill(other.ref);
  await page.getByRole('button', { name: '查找' }).click();
  await page.getByRole('button', { name: '确认合并' }).click();
  await expect(
    page.getByText(`已把编号 ${other.ref.slice(0, 3)} ${other.ref.slice(3)} 并入本件，现在共有 4 位居民反映。`),
  ).toBeVisible();
  await expect(row).toContainText('另有 3 位居民反映');
  const otherShown = `${other.ref.slice(0, 3)} ${other.ref.slice(3)}`;
  await expect(page.getByRole('row').filter({ has: page.getByRole('button', { name: otherShown }) })).toContainText(
    `已并入编号 ${shown}`,
  );

  // Every reference looks up the merged case (still queued: the merged one was closed as part of it).
  for (const ref of [first.ref, other.ref, byTouch, byVoice]) {
    expect(await lookUp(page, ref)).toMatchObject({ ref, status: 'queued' });
  }
});
