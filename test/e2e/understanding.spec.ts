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
  await expect(page.getByRole('heading', { name: '案件有进展时，用短信告诉您吗？' })).toBeVisible();
  await say(page, '不要');
  await expect(page.getByRole('heading', { name: '请核对您填写的内容' })).toBeVisible();
  await say(page, '确认');
  const ref = digitsOf((await page.getByTestId('reference-number').textContent()) ?? '');
  expect(ref).toMatch(/^\d{7}$/);
});

test('a kind denied and another asked for: "not here to complain, how do I get an elder card" is a service', async ({
  page,
}) => {
  await openByVoice(page);
  await say(page, '我不是来投诉的，想问问老年卡怎么办');
  // What was taken is said back before the next question: a service, with the resident's words.
  await page.waitForFunction(() => window.linliSpeech!.spoken.some((s) => s.text.startsWith('好的，办事')));
  const texts = await page.evaluate(() => window.linliSpeech!.spoken.map((s) => s.text));
  expect(texts.find((t) => t.startsWith('好的，办事'))).toContain('老年卡怎么办');
  expect(texts.some((t) => t.includes('投诉') && t.startsWith('好的'))).toBe(false);
  await expect(page.getByRole('button', { name: /噪音扰民/ })).toHaveCount(0);
});

/** Each language's digit words, as a resident hears a reference read one digit at a time. */
const DIGIT_WORDS = {
  'zh-CN': '零幺二三四五六七八九',
  'zh-HK': '零一二三四五六七八九',
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
} as const;
const inWords = (digits: string, lang: keyof typeof DIGIT_WORDS, between: string) =>
  [...digits].map((d) => DIGIT_WORDS[lang][Number(d)]).join(between);

const FLOWS = {
  'zh-CN': { button: null, words: ['我要投诉楼上邻居半夜噪音', '跳过', '不要', '对'] },
  en: { button: 'English', words: ['I want to complain about noise from upstairs at night', 'skip', 'no', 'yes'] },
  'zh-HK': { button: '粵語', words: ['我想投訴', '噪音', '成晚都好嘈', '啱', '跳過', '唔要', '啱'] },
} as const;

for (const lang of ['zh-CN', 'en', 'zh-HK'] as const) {
  test(`in ${lang} the reference is said digit by digit, in two groups, then once more slowly`, async ({ page }) => {
    await openByVoice(page);
    const { button, words } = FLOWS[lang];
    if (button) {
      await page.getByRole('button', { name: button }).click();
      await page.waitForFunction((l) => window.linliSpeech!.spoken.some((s) => s.language === l), lang);
    }
    for (const said of words) await say(page, said);
    const ref = digitsOf((await page.getByTestId('reference-number').textContent()) ?? '');
    expect(ref).toMatch(/^\d{7}$/);
    const space = lang === 'en' ? ' ' : '';
    const pause = lang === 'en' ? ', ' : '，';
    const grouped = `${inWords(ref.slice(0, 3), lang, space)}${pause}${inWords(ref.slice(3), lang, space)}`;
    const slowly = inWords(ref, lang, pause);
    await page.waitForFunction((s) => window.linliSpeech!.spoken.some((e) => e.text.includes(s)), slowly);
    const spoken = await page.evaluate(() => window.linliSpeech!.spoken.map((s) => ({ ...s })));
    const first = spoken.find((s) => s.text.includes(grouped));
    const again = spoken.find((s) => s.text.includes(slowly));
    expect(first?.language).toBe(lang);
    expect(again?.language).toBe(lang);
    // Never as a quantity, and the second time slower than the resident's rate.
    expect(first!.text).not.toContain(ref.slice(0, 3));
    expect(again!.rate).toBeLessThan(first!.rate);
    if (lang !== 'zh-CN') return;
    // Asked for again ("再说一遍"), the reference is said again.
    const times = () =>
      page.evaluate((g) => window.linliSpeech!.spoken.filter((s) => s.text.includes(g)).length, grouped);
    const before = await times();
    await say(page, '再说一遍');
    await expect.poll(times).toBeGreaterThan(before);
  });
}
