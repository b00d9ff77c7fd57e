import { readFileSync } from 'node:fs';
import { type CDPSession, expect, type Page } from '@playwright/test';

export type Language = 'zh-CN' | 'en' | 'zh-HK';

/** What the welcome screen's language buttons say (LANGUAGE_ENDONYMS). */
export const ENDONYM: Record<Language, string> = { 'zh-CN': '简体中文', en: 'English', 'zh-HK': '粵語' };

interface StepText {
  spoken: string;
  spokenAgain: string;
}

const translations = new Map<Language, Record<string, unknown>>();
function entry(language: Language, key: string): unknown {
  if (!translations.has(language)) {
    translations.set(language, JSON.parse(readFileSync(`locales/${language}/translation.json`, 'utf8')));
  }
  return key
    .split('.')
    .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], translations.get(language));
}

/** A shown text from locales/<language>/translation.json, for finding a button as a person reads it. */
export const text = (language: Language, key: string) => entry(language, key) as string;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A screen's question as the locale file has it (`steps.<key>.spoken`, or
 * `spokenAgain` on a later visit), with the values given filled in and any
 * other placeholder matching anything. `voice`: the resident has spoken to
 * the kiosk, which then asks a screen's short spoken question
 * (`voice.ask.<key>`) instead, where the screen has one.
 */
export function promptPattern(
  language: Language,
  key: string,
  values: Record<string, string> = {},
  voice = false,
): RegExp {
  const step = entry(language, `steps.${key}`) as StepText;
  const ask = voice ? entry(language, `voice.ask.${key}`) : undefined;
  const one = (template: string) => {
    const parts = template.split(/\{\{(\w+)\}\}/);
    // A question that is nothing but placeholders left open would match whatever is said next
    // (a lookup's "checking" prompt for its result, say), and the walk would go on too early.
    if (parts.every((part, i) => (i % 2 === 0 ? part.trim() === '' : values[part] === undefined))) {
      throw new Error(`steps.${key} "${template}" would match anything: give values for its placeholders`);
    }
    return parts
      .map((part, i) =>
        i % 2 === 0 ? escapeRegExp(part) : values[part] !== undefined ? escapeRegExp(values[part]) : '.*',
      )
      .join('');
  };
  if (typeof ask === 'string') return new RegExp(`^${one(ask)}$`);
  return new RegExp(`^(?:${one(step.spoken)}|${one(step.spokenAgain)})$`);
}

/** A screen's shown title with these values, or null while one of its placeholders has none. */
function titleOf(language: Language, key: string, values: Record<string, string>): string | null {
  let open = false;
  const title = (entry(language, `steps.${key}.title`) as string).replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (values[name] === undefined) open = true;
    return values[name] ?? '';
  });
  return open ? null : title;
}

type KeyMark = Window & { keyMark?: number };

/** The scripted provider (README, "Public contracts"): what the kiosk says is recorded, the resident's words are given. */
export async function openScripted(page: Page) {
  // What had been said when each key went down, before the kiosk reacts to it: what moveFocus hears from.
  await page.addInitScript(() => {
    window.addEventListener(
      'keydown',
      () => {
        (window as KeyMark).keyMark = window.linliSpeech?.spoken.length ?? 0;
      },
      true,
    );
  });
  await page.goto('/?speech=scripted');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForFunction(() => window.linliSpeech !== undefined);
  // These tests check what is said, not how long it takes: 1 ms a character rather than 4.
  await page.evaluate(() => {
    window.linliSpeech!.msPerChar = 1;
  });
}

/** Waits until the kiosk listens, then the resident speaks. */
export async function say(page: Page, words: string) {
  await page.waitForFunction(() => window.linliSpeech?.listening === true);
  await page.evaluate((t) => window.linliSpeech!.say(t), words);
}

export const spoken = (page: Page) => page.evaluate(() => window.linliSpeech!.spoken.map((s) => ({ ...s })));

/** The centre's name in one language, as the welcome prompt says it. */
export async function centreName(page: Page, language: Language): Promise<string> {
  const response = await page.request.post('/api/getKioskConfig', { data: {} });
  return ((await response.json()) as { centreName: Record<Language, string> }).centreName[language];
}

/**
 * Expects the screens' questions to have been said in this order, each in
 * its language, from entry `since` on; returns the index after the last.
 * `voice`: asked of a resident who has spoken (promptPattern).
 */
export async function expectQuestionsSaid(
  page: Page,
  questions: readonly { language: Language; key: string; values?: Record<string, string>; voice?: boolean }[],
  since = 0,
): Promise<number> {
  let from = since;
  for (const q of questions) {
    const pattern = promptPattern(q.language, q.key, q.values, q.voice);
    const found = async () => {
      const said = await spoken(page);
      return said.findIndex((s, i) => i >= from && s.language === q.language && pattern.test(s.text));
    };
    await expect
      .poll(found, {
        message: `${q.language} ${q.key}: its question said after entry ${from}`,
        intervals: [25, 50, 100],
      })
      .not.toBe(-1);
    from = (await found()) + 1;
  }
  return from;
}

/**
 * A new screen is ready for the keypad: its heading shows its title and has focus, and its
 * question has been said. The heading is one element for every screen and keeps focus from the
 * screen before (a lookup's "checking" stage, until the result comes), so focus alone is too early.
 */
export async function screenReady(
  page: Page,
  language: Language,
  key: string,
  since: number,
  values: Record<string, string> = {},
) {
  const heading = page.getByRole('heading', { level: 1 });
  const title = titleOf(language, key, values);
  if (title !== null) await expect(heading).toHaveText(title);
  await expect(heading).toBeFocused();
  return expectQuestionsSaid(page, [{ language, key, values }], since);
}

/** The focused element as assistive technology has it: Chromium's computed role, accessible name and value. */
export interface Heard {
  role: string;
  name: string;
  value: string;
}

const sessions = new WeakMap<Page, CDPSession>();
/** What the focused element is to a screen reader, asked of Chromium over the DevTools protocol. */
export async function focusedAsHeard(page: Page): Promise<Heard> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
    objectId: result.objectId,
    fetchRelatives: false,
  });
  const node = nodes[0] as { role?: { value?: string }; name?: { value?: string }; value?: { value?: unknown } };
  return {
    role: String(node.role?.value ?? ''),
    name: String(node.name?.value ?? '').trim(),
    value: String(node.value?.value ?? '').trim(),
  };
}

/** Pauses and separators are not heard as words. */
const asHeard = (s: string) => s.replace(/[\s：:，,]+/g, '');

type Ring = Window & { ring?: Set<Element> };

/**
 * Presses an arrow key as a keypad user would and checks that the very next
 * thing the kiosk says is the item now in focus, as a screen reader would
 * name it (its accessible name, and a field's value after it). `again`: the
 * item had been reached before in this walkFocusRing.
 */
export async function moveFocus(
  page: Page,
  key: 'ArrowDown' | 'ArrowUp',
  where = '',
): Promise<Heard & { again: boolean }> {
  await page.keyboard.press(key);
  const saidAfterKey = () => {
    const said = window.linliSpeech!.spoken;
    const n = (window as KeyMark).keyMark!;
    if (said.length <= n) return null;
    const ring = (window as Ring).ring;
    const again = ring?.has(document.activeElement!) ?? false;
    ring?.add(document.activeElement!);
    return { text: said[n]!.text, again };
  };
  // The kiosk speaks the item while handling the key, so it is usually there at once.
  const next =
    (await page.evaluate(saidAfterKey)) ??
    (await page
      .waitForFunction(saidAfterKey, undefined, { timeout: 3000 })
      .then((handle) => handle.jsonValue() as Promise<{ text: string; again: boolean }>)
      .catch(() => null));
  const heard = await focusedAsHeard(page);
  const context = `${where} ${key} to ${heard.role} "${heard.name}"`;
  if (next === null) throw new Error(`${context}: nothing was said`);
  expect(heard.name, `${context}: an accessible name`).not.toBe('');
  // A chosen item (a text size, a phrase, a setting that is on) is said with the word for "chosen".
  const { pressed, language } = await page.evaluate(() => ({
    pressed: document.activeElement?.getAttribute('aria-pressed') === 'true',
    language: document.documentElement.lang as Language,
  }));
  const chosen = pressed ? text(language, 'voice.selected') : '';
  expect(asHeard(next.text), `${context}: said next`).toBe(asHeard(heard.name + heard.value + chosen));
  return { ...heard, again: next.again };
}

/** Moves focus with one arrow key until the item named `name` has it, every step heard. */
export async function focusItem(page: Page, name: string | RegExp, key: 'ArrowDown' | 'ArrowUp' = 'ArrowDown') {
  for (let i = 0; i < 40; i++) {
    const heard = await moveFocus(page, key);
    if (typeof name === 'string' ? heard.name === name : name.test(heard.name)) return;
  }
  throw new Error(`"${name}" was never reached with ${key}`);
}

/**
 * Presses Down until focus comes round again, every item heard; every
 * focusable element on the page (shown, and not inert behind an overlay)
 * must have been reached.
 */
export async function walkFocusRing(page: Page, where: string) {
  await page.evaluate(() => {
    (window as Ring).ring = new Set();
  });
  for (let i = 0; i < 60 && !(await moveFocus(page, 'ArrowDown', where)).again; i++);
  const missed = await page.evaluate(() => {
    const ring = (window as Ring).ring!;
    delete (window as Ring).ring;
    return [...document.querySelectorAll('button, input, textarea, [tabindex="0"]')]
      .filter((el) => !el.matches(':disabled') && !el.closest('[inert]') && el.checkVisibility())
      .filter((el) => !ring.has(el))
      .map((el) => el.outerHTML.slice(0, 120));
  });
  expect(missed, `${where}: every focusable item reached with Down`).toEqual([]);
}
