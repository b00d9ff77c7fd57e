import type { Page } from '@playwright/test';
import { openByVoice, say } from './scriptedVoice';
import { digitsOf, expect, exportCsv, test } from './support';

/**
 * After the resident changes the language: waits until the kiosk has begun the new language's prompt, so that
 * `say` waits for the turn of listening after it, not the one in the old language that the change cuts short.
 */
/**
 * Waits until the kiosk has spoken in `language`, finished, and listens again: a word said earlier could
 * reach the turn of listening begun before the language changed (seen once at load 20), which is dropped.
 * An English turn is known by its English phrase hints.
 */
async function promptedIn(page: Page, language: string) {
  await page.waitForFunction((lang) => {
    const speech = window.linliSpeech!;
    const last = speech.spoken.at(-1);
    return (
      last?.language === lang &&
      !speech.speaking &&
      speech.listening &&
      (lang !== 'en' || speech.phrases.some((phrase) => /[a-z]/i.test(phrase)))
    );
  }, language);
}

async function silence(page: Page) {
  await page.waitForFunction(() => window.linliSpeech?.listening === true);
  await page.evaluate(() => window.linliSpeech!.silence());
}

/**
 * Proves that the kiosk does not listen again: waits until it has said a text starting with
 * `said` and finished speaking (after speech, the kiosk listens, or decides not to, at once),
 * then runs the page's simulated clock (page.clock.install() before the page opened) on past
 * any pause after which it could start listening again.
 */
async function expectNotListeningAfter(page: Page, said: string) {
  await page.waitForFunction(
    (text) => window.linliSpeech!.spoken.some((s) => s.text.startsWith(text)) && !window.linliSpeech!.speaking,
    said,
  );
  await page.clock.runFor(10_000);
  expect(await page.evaluate(() => window.linliSpeech!.listening)).toBe(false);
}

const spoken = (page: Page) => page.evaluate(() => window.linliSpeech!.spoken.map((s) => ({ ...s })));

async function referenceShown(page: Page): Promise<string> {
  const ref = digitsOf((await page.getByTestId('reference-number').textContent()) ?? '');
  expect(ref).toMatch(/^\d{7}$/);
  return ref;
}

test.describe('a resident by voice alone, in 简体中文', () => {
  test('a one-breath complaint goes straight to the next missing step, and is submitted by voice', async ({ page }) => {
    await openByVoice(page);
    await say(page, '我要投诉楼上邻居半夜噪音');
    await expect(page.getByRole('heading', { name: '发生在哪里？' })).toBeVisible();
    await say(page, '跳过');
    await expect(page.getByRole('heading', { name: '要留下联系方式吗？' })).toBeVisible();
    await say(page, '不要');
    await expect(page.getByRole('heading', { name: '请核对您填写的内容' })).toBeVisible();
    await expect(page.getByText('楼上邻居半夜')).toBeVisible();
    await say(page, '对');
    const ref = await referenceShown(page);
    const csv = await exportCsv(page);
    expect(csv).toContain(ref);

    const said = await spoken(page);
    const texts = said.map((s) => s.text);
    // Once the resident has spoken, the questions are the short spoken ones, after what was taken.
    for (const prompt of [
      '轻触屏幕任意位置',
      '好的，投诉噪音扰民：',
      '在哪里？',
      '要留下联系方式吗？',
      '请听一下您填的内容',
      '您的编号是',
    ]) {
      expect(
        texts.some((t) => t.includes(prompt)),
        `spoken: ${prompt}`,
      ).toBe(true);
    }
    expect(said.every((s) => s.language === 'zh-CN')).toBe(true);
    // Slower than the voice's normal rate for older listeners, by default.
    expect(said[0]!.rate).toBe(0.85);
  });

  test('a service request: dictation read back, a phone number said with 幺 and 两, confirmed digit by digit', async ({
    page,
  }) => {
    await openByVoice(page);
    await say(page, '开始');
    await expect(page.getByRole('heading', { name: '您想做什么？' })).toBeVisible();
    await say(page, '办事');
    await expect(page.getByRole('heading', { name: '请选择类别' })).toBeVisible();
    await say(page, '医疗卫生');
    await expect(page.getByRole('heading', { name: '请说明情况' })).toBeVisible();
    await say(page, '想给母亲预约体检');
    await expect(page.getByTestId('voice-heard')).toHaveText('想给母亲预约体检');
    await say(page, '下个月');
    await expect(page.getByTestId('voice-heard')).toHaveText('想给母亲预约体检下个月');
    await say(page, '对');
    await expect(page.getByRole('heading', { name: '怎么称呼您？' })).toBeVisible();
    await say(page, '李伯伯');
    await say(page, '对');
    await expect(page.getByRole('heading', { name: '请输入电话号码' })).toBeVisible();
    await say(page, '幺三八 两两三四 五六七八');
    await expect(page.getByTestId('voice-heard')).toHaveText('13822345678');
    await say(page, '对');
    await expect(page.getByRole('heading', { name: '案件有进展时，用短信告诉您吗？' })).toBeVisible();
    await say(page, '不要');
    await expect(page.getByRole('heading', { name: '请核对您填写的内容' })).toBeVisible();
    await page.waitForFunction(() => window.linliSpeech?.listening === true);
    const texts = (await spoken(page)).map((s) => s.text);
    expect(texts).toContain('我听到的号码是：幺三八，二二三四，五六七八。对吗？对的话请说“对”，不对请说“不对”。');
    // The review reads back what was entered, but not the name or phone: those only when asked.
    expect(texts).toContain('想给母亲预约体检下个月');
    expect(texts.filter((t) => t.includes('李伯伯') && !t.startsWith('我听到'))).toEqual([]);
    await page.getByRole('button', { name: '朗读我的称呼和电话' }).click();
    // Name and phone are said one after the other: wait for both, the phone being said last.
    await page.waitForFunction(() => window.linliSpeech!.spoken.some((s) => s.text === '李伯伯'));
    await page.waitForFunction(() => window.linliSpeech!.spoken.some((s) => s.text === '电话：1 3 8 2 2 3 4 5 6 7 8'));
    await say(page, '确认');
    const ref = await referenceShown(page);
    const csv = await exportCsv(page);
    expect(csv).toContain(ref);
    expect(csv).toContain('13822345678');
  });

  test('a suggestion, with a category chosen by its number', async ({ page }) => {
    await openByVoice(page);
    await say(page, '我想提建议');
    await expect(page.getByRole('heading', { name: '请选择类别' })).toBeVisible();
    await say(page, '第三个');
    await expect(page.getByRole('heading', { name: '请说明情况' })).toBeVisible();
    await say(page, '希望多办健康讲座');
    await say(page, '是的');
    await expect(page.getByRole('heading', { name: '要留下联系方式吗？' })).toBeVisible();
    await say(page, '匿名提交');
    await say(page, '提交');
    await expect(page.getByRole('heading', { name: '请核对您填写的内容' })).toBeVisible();
    await say(page, '没问题');
    await referenceShown(page);
  });

  test('three silences: the kiosk stops asking and offers touch, keys and staff', async ({ page }) => {
    await page.clock.install();
    await openByVoice(page);
    await say(page, '开始');
    await expect(page.getByRole('heading', { name: '您想做什么？' })).toBeVisible();
    await silence(page);
    await silence(page);
    await silence(page);
    await expect(page.getByText('请用触摸屏或按键操作；需要帮忙')).toBeVisible();
    await expectNotListeningAfter(page, '对不起，我还是没听清。');
    const texts = (await spoken(page)).map((s) => s.text);
    expect(texts.filter((t) => t === '我没有听到声音。')).toHaveLength(2);
    // Touch still works.
    await page.getByRole('button', { name: /^投诉/ }).click();
    await expect(page.getByRole('heading', { name: '请选择类别' })).toBeVisible();
  });

  test('a low-confidence answer is confirmed before it is acted on', async ({ page }) => {
    await openByVoice(page);
    await say(page, '开始');
    await say(page, '投诉', 0.3);
    await expect(page.getByTestId('voice-heard')).toHaveText('投诉');
    await expect(page.getByRole('heading', { name: '您想做什么？' })).toBeVisible();
    await say(page, '不对');
    await say(page, '建议');
    await expect(page.getByRole('heading', { name: '请选择类别' })).toBeVisible();
    const texts = (await spoken(page)).map((s) => s.text);
    expect(texts).toContain('您是说“投诉”吗？请说“对”或者“不对”。');
    expect(texts).toContain('好的，建议。');
  });

  test('barge-in: a touch stops speech at once; REPEAT says the prompt again', async ({ page }) => {
    await openByVoice(page);
    await page.evaluate(() => {
      window.linliSpeech!.msPerChar = 200;
    });
    await page.getByRole('main').click({ position: { x: 900, y: 500 } });
    await page.waitForFunction(() => window.linliSpeech!.speaking);
    await page.getByRole('heading', { level: 1 }).click();
    await page.waitForFunction(() => !window.linliSpeech!.speaking);
    const said = await spoken(page);
    expect(said.at(-1)!.interrupted).toBe(true);
    await page.evaluate(() => {
      window.linliSpeech!.msPerChar = 1;
    });
    await page.keyboard.press('F2');
    await say(page, '再说一遍');
    await page.waitForFunction(() => window.linliSpeech!.listening);
    const again = (await spoken(page)).map((s) => s.text);
    expect(again.filter((t) => t.startsWith('请问您要办事、投诉，还是提建议？')).length).toBeGreaterThanOrEqual(2);
  });
});

test('a complaint by voice in English', async ({ page }) => {
  await openByVoice(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'What would you like to do?' })).toBeVisible();
  await promptedIn(page, 'en');
  await say(page, 'I want to complain about noise from upstairs at night');
  await expect(page.getByRole('heading', { name: 'Where is it?' })).toBeVisible();
  await say(page, 'block three entrance two');
  await say(page, 'yes');
  await say(page, 'no');
  await say(page, 'yes');
  await referenceShown(page);
  const said = await spoken(page);
  expect(said.filter((s) => s.text.includes('Where is it') || s.text.includes('where'))[0]?.language).toBe('en');
});

test('a complaint by voice in 粵語', async ({ page }) => {
  await openByVoice(page);
  await page.getByRole('button', { name: '粵語' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/歡迎/);
  await promptedIn(page, 'zh-HK');
  await say(page, '我想投訴');
  await say(page, '噪音');
  await say(page, '成晚都好嘈');
  await say(page, '啱');
  await say(page, '跳過');
  await say(page, '唔要');
  await say(page, '啱');
  await referenceShown(page);
  const said = await spoken(page);
  expect(said.slice(2).every((s) => s.language === 'zh-HK')).toBe(true);
});

test('audio-first: Help on the welcome screen starts it; every option and every focus move is spoken; the screen can go dark', async ({
  page,
}) => {
  await openByVoice(page);
  await page.keyboard.press('F1');
  await expect(page.getByRole('heading', { name: '您想做什么？' })).toBeVisible();
  // Every option on the screen is read out after the prompt (the last is 查询进度).
  await page.waitForFunction(() => window.linliSpeech!.spoken.some((s) => s.text.startsWith('查询进度 ')));
  let texts = (await spoken(page)).map((s) => s.text);
  expect(texts.some((t) => t.startsWith('已进入语音引导'))).toBe(true);
  // The introduction is the help: the welcome screen's help text is not said first.
  expect(texts.filter((t) => t.startsWith('这是社区服务自助机'))).toEqual([]);
  for (const option of ['办事', '投诉', '建议', '查询进度']) {
    expect(
      texts.some((t) => t.startsWith(option) && t !== option),
      `option ${option} spoken`,
    ).toBe(true);
  }
  await page.keyboard.press('ArrowDown');
  const focused = ((await page.evaluate(() => document.activeElement?.textContent)) ?? '').replace(/\s+/g, ' ').trim();
  await page.waitForFunction((label) => window.linliSpeech!.spoken.at(-1)?.text === label, focused);

  await page.getByRole('button', { name: '关闭屏幕' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-screen-off', '');
  // Dark, but everything still works: by voice, and the controls are all still there.
  await say(page, '投诉');
  await expect(page.getByRole('heading', { name: '请选择类别' })).toBeVisible();
  // Every category offered is read out, after the prompt.
  await page.waitForFunction(() => window.linliSpeech!.listening);
  texts = (await spoken(page)).map((s) => s.text);
  for (const category of ['物业纠纷', '噪音扰民', '其他问题']) expect(texts).toContain(category);
  await page.getByRole('button', { name: '打开屏幕' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-screen-off');
});

test('a refused microphone turns voice input off for the session, says why, and touch goes on working', async ({
  page,
}) => {
  await page.clock.install();
  await openByVoice(page);
  await say(page, '开始');
  await page.waitForFunction(() => window.linliSpeech?.listening === true);
  await page.evaluate(() => window.linliSpeech!.fail('not-allowed'));
  const message = '语音输入已关闭：没有使用麦克风的权限。请用触摸屏或按键操作。';
  await expect(page.getByText(message)).toBeVisible();
  await page.waitForFunction((m) => window.linliSpeech!.spoken.some((s) => s.text === m), message);
  await page.getByRole('button', { name: /^建议/ }).click();
  await expect(page.getByRole('heading', { name: '请选择类别' })).toBeVisible();
  // The next screen is still spoken, but the kiosk no longer listens.
  await expectNotListeningAfter(page, '请选择类别');
  await expect(page.getByText(message)).toBeVisible();
});

test('explore-by-touch speaks an item on the first touch and chooses it on the second; Help held while touching only speaks it', async ({
  page,
}) => {
  await openByVoice(page);
  await page.getByRole('main').click({ position: { x: 900, y: 500 } });
  await expect(page.getByRole('heading', { name: '您想做什么？' })).toBeVisible();
  await page.getByRole('button', { name: '设置' }).click();
  await page.getByRole('button', { name: '触摸朗读' }).click();
  const close = page.getByRole('button', { name: '关闭' });
  await close.click();
  await expect(close).toBeVisible();
  await close.click();
  await expect(close).toBeHidden();

  const complaint = page.getByRole('button', { name: /^投诉/ });
  await complaint.click();
  await page.waitForFunction(() => window.linliSpeech!.spoken.at(-1)?.text.startsWith('投诉'));
  await expect(page.getByRole('heading', { name: '您想做什么？' })).toBeVisible();
  await complaint.click();
  await expect(page.getByRole('heading', { name: '请选择类别' })).toBeVisible();

  await page.keyboard.down('F1');
  await page.getByRole('button', { name: '噪音扰民' }).click();
  await page.keyboard.up('F1');
  await page.waitForFunction(() => window.linliSpeech!.spoken.at(-1)?.text === '噪音扰民');
  await expect(page.getByRole('heading', { name: '请选择类别' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The keypad's rate key: one step faster, announced. Pressed once 噪音扰民 has been said and the kiosk listens.
  await page.waitForFunction(() => window.linliSpeech!.listening);
  await page.keyboard.press('*');
  await page.waitForFunction(() => window.linliSpeech!.spoken.some((s) => s.text === '语速：正常'));
  expect((await spoken(page)).at(-1)!.rate).toBe(1);

  // Pressed again while the prompt is being said (REPEAT, spoken slowly enough to press a key in it): the new
  // rate is said at once, over it, and then the prompt again from its start, at the new rate.
  await page.evaluate(() => {
    window.linliSpeech!.msPerChar = 200;
  });
  // The announcement above is said to its end first (its volume line too), so nothing else is under way.
  await page.waitForFunction(() => !window.linliSpeech!.speaking);
  const before = (await spoken(page)).length;
  await page.keyboard.press('.');
  await page.waitForFunction(
    (n) =>
      window.linliSpeech!.speaking &&
      window.linliSpeech!.spoken.at(-1)!.text.startsWith('请选择类别') &&
      window.linliSpeech!.spoken.length > n,
    before,
  );
  const pressedAt = (await spoken(page)).length - 1;
  const prompt = (await spoken(page))[pressedAt]!;
  await page.keyboard.press('*');
  await page.evaluate(() => {
    window.linliSpeech!.msPerChar = 1;
  });
  await page.waitForFunction(({ n, text }) => window.linliSpeech!.spoken.slice(n + 1).some((s) => s.text === text), {
    n: pressedAt,
    text: prompt.text,
  });
  const after = (await spoken(page)).slice(pressedAt);
  expect(after[0]!.interrupted).toBe(true);
  expect(after[1]!.text).toBe('语速：稍快');
  const again = after.find((s, i) => i > 1 && s.text === prompt.text)!;
  expect(again.rate).toBe(1.25);
});

test('an idle welcome screen says now and then, quietly, how to start; saying "帮助" then starts audio-first mode', async ({
  page,
}) => {
  await page.clock.install();
  await openByVoice(page);
  await page.clock.runFor(1_000);
  await silence(page);
  const before = (await spoken(page)).length;
  await page.clock.runFor(91_000);
  await page.clock.runFor(5_000);
  const hint = (await spoken(page)).slice(before);
  expect(hint.map((s) => s.text)).toContain(
    '您好！要办事、投诉或者提建议，请轻触屏幕，或者按任意键开始。看不清屏幕，请按帮助键，或者说“帮助”。',
  );
  // Quietly: half the session's volume.
  expect(hint.at(-1)!.volume).toBe(0.375);
  await say(page, '帮助');
  await page.clock.runFor(1_000);
  await expect(page.getByRole('heading', { name: '您想做什么？' })).toBeVisible();
  await expect(page.getByRole('region', { name: '语音引导' })).toBeVisible();
});
