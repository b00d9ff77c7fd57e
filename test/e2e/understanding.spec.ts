import type { Page } from '@playwright/test';
import { openByVoice, say } from './scriptedVoice';
import { digitsOf, expect, test } from './support';

/**
 * Understanding residents as they speak, end to end through the scripted
 * speech provider (DESIGN.md, "Scripted speech"): a kind denied and another
 * given, thinking aloud on the review screen, a phone number corrected
 * mid-breath.
 */
const spokenCount = (page: Page) => page.evaluate(() => window.linliSpeech!.spoken.length);

test('a kind denied at the first question is not taken: "not a suggestion, a complaint" starts a complaint', async ({
  page,
}) => {
  await openByVoice(page);
  await say(page, '我不是要提建议，我是来投诉的');
  await expect(page.getByRole('heading', { name: '请选择类别' })).toBeVisible();
  // The complaint's categories are offered, not the suggestion's.
  await expect(page.getByRole('button', { name: /噪音扰民/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /平安建设/ })).toHaveCount(0);
});

test('thinking aloud on the review screen is no answer: the kiosk asks again and submits nothing', async ({ page }) => {
  await openByVoice(page);
  await say(page, '我要投诉楼上邻居半夜噪音');
  await expect(page.getByRole('heading', { name: '发生在哪里？' })).toBeVisible();
  await say(page, '跳过');
  await expect(page.getByRole('heading', { name: '要留下联系方式吗？' })).toBeVisible();
  await say(page, '不要');
  await expect(page.getByRole('heading', { name: '请核对您填写的内容' })).toBeVisible();
  await page.waitForFunction(() => window.linliSpeech?.listening === true);
  const before = await spokenCount(page);
  await say(page, '嗯……让我想一下，也许是吧');
  // Asked again: something is said, the kiosk listens again, and it is still the review.
  await page.waitForFunction((n) => window.linliSpeech!.spoken.length > n, before);
  await page.waitForFunction(() => window.linliSpeech?.listening === true);
  await expect(page.getByRole('heading', { name: '请核对您填写的内容' })).toBeVisible();
  await expect(page.getByTestId('reference-number')).toHaveCount(0);
  await say(page, '对');
  await expect(page.getByTestId('reference-number')).toBeVisible();
});

test('a phone number corrected mid-breath keeps only the corrected digits', async ({ page }) => {
  await openByVoice(page);
  await say(page, '开始');
  await expect(page.getByRole('heading', { name: '您想做什么？' })).toBeVisible();
  await say(page, '办事');
  await expect(page.getByRole('heading', { name: '请选择类别' })).toBeVisible();
  await say(page, '医疗卫生');
  await expect(page.getByRole('heading', { name: '请说明情况' })).toBeVisible();
  await say(page, '想预约体检');
  await say(page, '对');
  await expect(page.getByRole('heading', { name: '怎么称呼您？' })).toBeVisible();
  await say(page, '王阿姨');
  await say(page, '对');
  await expect(page.getByRole('heading', { name: '请输入电话号码' })).toBeVisible();
  await say(page, '幺三九，不对，幺三八，幺二三四，五六七八');
  await expect(page.getByTestId('voice-heard')).toHaveText('13812345678');
  await say(page, '对');
  await expect(page.getByRole('heading', { name: '请核对您填写的内容' })).toBeVisible();
  await say(page, '确认');
  const ref = digitsOf((await page.getByTestId('reference-number').textContent()) ?? '');
  expect(ref).toMatch(/^\d{7}$/);
});
