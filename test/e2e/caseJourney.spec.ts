import type { Page } from '@playwright/test';
import { admin } from './adminCli';
import { type OwnHost, startOwnHost } from './ownHost';
import { say } from './scriptedVoice';
import { openCase, queueRow, ratesShown, resolveCase, shownRef, signIn, signOut } from './staffConsole';
import { digitsOf, expect, PIN, test } from './support';

/*
 * 接诉即办 from end to end, the whole loop a case makes, in one run: a complaint left at the kiosk,
 * assigned in the console to a named member of staff, resolved with a note for the resident; the resident
 * looks it up BY VOICE and says 不满意 and why; the case is reopened and staff are told; resolved again, and
 * rated 满意 on the keypad.
 * The console's 响应率 / 解决率 / 满意率 are read before and after each verdict.
 *
 * A host of its own: the rates count every case a host holds, so this case must be the only one.
 */

let host: OwnHost;
test.beforeAll(async () => {
  host = await startOwnHost();
});
test.afterAll(async () => {
  await host?.close();
});

const WORKER = { name: '王小明', pin: '135790' };

/** A resident at the kiosk by touch: a noise complaint with a name and phone; returns its reference. */
async function complainAtTheKiosk(page: Page): Promise<string> {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByRole('button', { name: '轻触屏幕任意位置，或按任意键开始' }).click();
  await page.getByRole('button', { name: /^投诉/ }).click();
  await page.getByRole('button', { name: '噪音扰民' }).click();
  await page.getByRole('button', { name: '夜间噪音' }).click();
  await page.getByLabel('补充说明').fill('楼上每天半夜装修');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('楼栋、单元或附近地标（可以不填）').fill('5号楼3单元');
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '留下联系方式' }).click();
  await page.getByLabel('称呼（可以不填）').fill('钱奶奶');
  await page.getByRole('button', { name: '下一步' }).click();
  for (const digit of '13912347000') await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '不用短信' }).click();
  await page.getByRole('button', { name: '确认提交' }).click();
  return digitsOf((await page.getByTestId('reference-number').textContent()) ?? '');
}

/** Everything the kiosk has said so far, in order. */
const spokenTexts = (page: Page) => page.evaluate(() => window.linliSpeech!.spoken.map((s) => s.text));

async function waitUntilSaid(page: Page, pattern: RegExp) {
  await page.waitForFunction(
    (source) => window.linliSpeech!.spoken.some((s) => new RegExp(source).test(s.text)),
    pattern.source,
  );
}

test('接诉即办: assigned, resolved, rated 不满意 by voice and reopened, resolved again and rated 满意 — the console’s rates follow', async ({
  page,
}) => {
  const added = admin(host.dataDir, ['add-staff', '--name', WORKER.name, '--role', 'staff'], `${WORKER.pin}\n`);
  expect(added.stderr).toContain(`Added ${WORKER.name} (staff)`);

  const ref = await complainAtTheKiosk(page);
  expect(ref).toMatch(/^\d{7}$/);

  // The admin (the shared PIN) sees a new case: counted, nothing yet to judge.
  await signIn(page, host.url, PIN, '管理员');
  expect(await ratesShown(page)).toEqual({ 案件数: '1', 响应率: '暂无', 解决率: '暂无', 满意率: '暂无' });
  await expect(await queueRow(page, ref)).toContainText('未分派');
  const detail = await openCase(page, ref);
  await detail.getByLabel('分配给').selectOption({ label: WORKER.name });
  await detail.getByRole('button', { name: '分配', exact: true }).click();
  await expect(await queueRow(page, ref)).toContainText(WORKER.name);
  await signOut(page);

  // 王小明 signs in with his own PIN and resolves it with a note the resident will hear.
  await signIn(page, host.url, WORKER.pin, WORKER.name);
  await resolveCase(page, ref, '已和楼上沟通，装修改到白天');
  // Answered in time: 响应率 counts it; nothing is closed or rated yet.
  expect(await ratesShown(page)).toEqual({ 案件数: '1', 响应率: '100%（1/1）', 解决率: '暂无', 满意率: '暂无' });
  await signOut(page);

  // The resident, by voice from the start: the reference and the phone's last four said, each read back.
  await page.goto(new URL('/?speech=scripted', host.url).href);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.waitForFunction(() => window.linliSpeech !== undefined);
  await say(page, '你好');
  await expect(page.getByRole('heading', { name: '您想做什么？' })).toBeVisible();
  // How to check progress by voice is said with the question, and saying the button's name presses it.
  await waitUntilSaid(page, /说“查询进度”/);
  await say(page, '查询进度');
  await expect(page.getByRole('heading', { name: '查询进度' })).toBeVisible();
  await say(page, ref.split('').join(' '));
  await say(page, '对');
  await expect(page.getByText('已经处理完毕，等待您的评价。')).toBeVisible();
  await say(page, '对');
  await expect(page.getByRole('heading', { name: '请输入电话后四位' })).toBeVisible();
  await say(page, '七零零零');
  await say(page, '对');
  await expect(page.getByText('您对处理结果满意吗？')).toBeVisible();
  // What was done is said before the question, and the question is said with how to answer it by voice.
  await waitUntilSaid(page, /已和楼上沟通，装修改到白天/);
  await waitUntilSaid(page, /请说“满意”“基本满意”或者“不满意”/);
  const beforeVerdict = await spokenTexts(page);
  const note = beforeVerdict.findIndex((s) => s.includes('已和楼上沟通'));
  const question = beforeVerdict.findIndex((s) => s.includes('您对处理结果满意吗'));
  expect(note, beforeVerdict.join(' | ')).toBeGreaterThanOrEqual(0);
  expect(question, beforeVerdict.join(' | ')).toBeGreaterThan(note);

  await say(page, '不满意');
  await expect(page.getByRole('heading', { name: '哪里不满意？' })).toBeVisible();
  await waitUntilSaid(page, /请直接说哪里不满意/);
  await say(page, '晚上还是在敲');
  await say(page, '对');
  await expect(page.getByText('谢谢您告诉我们。这件事已经重新打开，工作人员会尽快再处理。')).toBeVisible();
  await waitUntilSaid(page, /重新打开/);

  // Staff are told, in the resident's words; the case is back at work; 满意率 now counts a 不满意.
  await signIn(page, host.url, WORKER.pin, WORKER.name);
  await expect(
    page.getByText(`编号 ${shownRef(ref)} 的居民不满意，案件已重新打开。居民说：“晚上还是在敲”`),
  ).toBeVisible();
  await expect(await queueRow(page, ref)).toContainText('重新办理');
  expect(await ratesShown(page)).toEqual({ 案件数: '1', 响应率: '100%（1/1）', 解决率: '暂无', 满意率: '0%（0/1）' });
  const reopened = await openCase(page, ref);
  // Said at a browser-host kiosk, so it is recorded as given on the web (在网页上评价).
  await expect(reopened.getByText(/在网页上评价：不满意 · 居民说：“晚上还是在敲”/)).toBeVisible();
  await resolveCase(page, ref, '已联系物业，晚上禁止施工');
  await signOut(page);

  // The resident again, on the keypad this time: digits type the numbers and choose the nth answer.
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /^查询进度/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '查询进度' })).toBeVisible();
  for (const digit of ref) await page.keyboard.press(digit);
  await page.getByRole('button', { name: '查询', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '输入电话后四位，看工作人员留言' }).focus();
  await page.keyboard.press('Enter');
  for (const digit of '7000') await page.keyboard.press(digit);
  await page.getByRole('button', { name: '查询', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('您对处理结果满意吗？')).toBeVisible();
  await expect(page.getByText(/已联系物业，晚上禁止施工/)).toBeVisible();
  await page.keyboard.press('1');
  await expect(page.getByText('谢谢您的评价。这件事已经办结。')).toBeVisible();

  // Closed and satisfied; but it was reopened once, so it is not counted as solved the first time (解决率).
  await signIn(page, host.url, WORKER.pin, WORKER.name);
  await expect(await queueRow(page, ref)).toContainText('已办结');
  expect(await ratesShown(page)).toEqual({
    案件数: '1',
    响应率: '100%（1/1）',
    解决率: '0%（0/1）',
    满意率: '100%（1/1）',
  });
  expect(await ratesShown(page, '噪音扰民')).toEqual({
    案件数: '1',
    响应率: '100%（1/1）',
    解决率: '0%（0/1）',
    满意率: '100%（1/1）',
  });
});
