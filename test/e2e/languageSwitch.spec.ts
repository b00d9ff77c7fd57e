import { openByVoice, say } from './scriptedVoice';
import { expect, test } from './support';

/**
 * A resident who chooses another language at once, before the kiosk's first turn of listening has begun
 * (its matcher still loading), is then heard in that language: the turn the old language would have
 * opened is not opened, so it cannot take the resident's first words away from the new screen's turn.
 * (It did, now and then, in the end-to-end run: "Sorry, I still could not understand" on an English
 * complaint said plainly.) The matcher's code is held back until the language is chosen, so the moment
 * is the same on every run.
 */
test('choosing English while the first turn is still loading: the first words are heard in English', async ({
  page,
}) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/assets/voiceTurn-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await openByVoice(page);
  // The welcome said: the kiosk's first turn of listening has begun and waits for the matcher's code.
  await page.waitForFunction(() => window.linliSpeech!.spoken.length > 0 && !window.linliSpeech!.speaking);
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => window.linliSpeech!.spoken.some((s) => s.language === 'en'));
  release();
  await say(page, 'I want to complain about noise from upstairs at night');
  await expect(page.getByRole('heading', { name: 'Where is it?' })).toBeVisible();
});
