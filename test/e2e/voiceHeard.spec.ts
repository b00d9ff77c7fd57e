import type { Page } from '@playwright/test';
import { spokenDigits } from '../../app/speech/spokenDigits';
import { expectQuestionsSaid, type Language, openScripted, say, spoken, text } from './hearing';
import { digitsOf, expect, exportCsv, test } from './support';

// The kinds voice.spec.ts does not complete by voice in a language other
// than 简体中文: a service request in English and a suggestion in 粵語, each
// by voice alone, hearing every screen's question in that language.

async function receiptRow(page: Page): Promise<{ ref: string; row: string }> {
  const ref = digitsOf((await page.getByTestId('reference-number').textContent()) ?? '');
  expect(ref).toMatch(/^\d{7}$/);
  const row = (await exportCsv(page)).split('\r\n').find((line) => line.includes(ref)) ?? '';
  // Stored as done by voice alone: even the language button, pressed by saying its label.
  expect(row).toMatch(/,voice,/);
  return { ref, row };
}

/**
 * The questions of these screens, in this language, as asked of a resident
 * who has spoken (the short `voice.ask.*` ones where a screen has one); the
 * receipt's with its reference said digit by digit in words.
 */
const asked = (language: Language, keys: string[], ref: string) =>
  keys.map((key) => ({ language, key, values: { ref: spokenDigits(ref, language, 'reference') }, voice: true }));

test('a service request by voice alone, in English: each question asked in English, the number read back', async ({
  page,
}) => {
  await openScripted(page);
  await say(page, 'English');
  await expect(page.getByRole('heading', { name: 'What would you like to do?' })).toBeVisible();
  await say(page, 'I need a service');
  await expect(page.getByRole('heading', { name: 'Choose a category' })).toBeVisible();
  await say(page, 'health care');
  await expect(page.getByRole('heading', { name: 'Tell us what it is about' })).toBeVisible();
  await say(page, 'a check-up for my mother');
  await expect(page.getByTestId('voice-heard')).toHaveText('a check-up for my mother');
  await say(page, 'yes');
  await expect(page.getByRole('heading', { name: 'What should we call you?' })).toBeVisible();
  await say(page, 'Mrs Li');
  await say(page, 'yes');
  await expect(page.getByRole('heading', { name: 'Enter your phone number' })).toBeVisible();
  await say(page, 'one three eight double two three four five six seven eight');
  await expect(page.getByTestId('voice-heard')).toHaveText('13822345678');
  await say(page, 'yes');
  await expect(page.getByRole('heading', { name: 'Shall we text you when your case moves on?' })).toBeVisible();
  await say(page, 'yes');
  await expect(page.getByRole('heading', { name: 'Please check what you entered' })).toBeVisible();
  await say(page, 'yes');
  const { ref, row } = await receiptRow(page);
  expect(row).toContain('13822345678');
  expect(row).toContain('Mrs Li');

  await expectQuestionsSaid(
    page,
    asked(
      'en',
      [
        'chooseKind',
        'chooseCategory',
        'describe',
        'contact.name',
        'contact.phone',
        'contact.sms',
        'review',
        'submitting',
        'receipt',
      ],
      ref,
    ),
  );
  const texts = (await spoken(page)).map((s) => s.text);
  // Read back digit by digit in English words, in the groups a phone number is read in.
  expect(texts).toContain(
    text('en', 'voice.readBackDigits').replace(
      '{{digits}}',
      'one three eight, two two three four, five six seven eight',
    ),
  );
});

test('a suggestion by voice alone, in 粵語: each question asked in 粵語', async ({ page }) => {
  await openScripted(page);
  await say(page, '粵語');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('你想做乜嘢？');
  await say(page, '我想提建議');
  await say(page, '文化活動');
  await say(page, '希望多啲健康講座');
  await expect(page.getByTestId('voice-heard')).toHaveText('希望多啲健康講座');
  await say(page, '啱');
  await say(page, '唔要');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('請核對你填寫嘅內容');
  await say(page, '啱');
  const { ref, row } = await receiptRow(page);
  expect(row).toContain('希望多啲健康講座');

  await expectQuestionsSaid(
    page,
    asked(
      'zh-HK',
      ['chooseKind', 'chooseCategory', 'describe', 'contact.anonymity', 'review', 'submitting', 'receipt'],
      ref,
    ),
  );
});
