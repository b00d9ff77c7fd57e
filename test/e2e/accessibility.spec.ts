import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { CONTRASTS, TEXT_SIZES } from '../../app/dialog/settings';
import { categoriesOf, DEFAULT_CATALOGUE } from '../../app/domain/catalogue';
import { expectNoAxeViolations } from './axe';
import { type Display, type Figures, measureScreen, showWith } from './measure';
import { ALLOW_FLOODS, type OwnHost, startOwnHost } from './ownHost';
import { expect, PIN, startKiosk, test } from './support';

type Language = 'zh-CN' | 'en' | 'zh-HK';

// Each walk checks a dozen screens at several display settings: slow on a loaded 2-core machine.
test.describe.configure({ timeout: 480_000 });

const LABELS = {
  'zh-CN': {
    start: '轻触屏幕任意位置，或按任意键开始',
    service: /^办事/,
    back: '返回',
    complaint: /^投诉/,
    suggestion: /^建议/,
    category: '噪音扰民',
    phrase: '夜间噪音',
    next: '下一步',
    skip: '跳过',
    leave: '留下联系方式',
    noSms: '不用短信',
    submit: '确认提交',
    help: '帮助',
    callStaff: '呼叫工作人员',
    retry: '再试一次',
    close: '关闭',
    settings: '设置',
    continue: '继续',
    submitOwn: '我要单独提交',
  },
  en: {
    start: 'Touch anywhere or press any key to start',
    service: /^Service/,
    back: 'Back',
    complaint: /^Complaint/,
    suggestion: /^Suggestion/,
    category: 'Noise',
    phrase: 'Noise at night',
    next: 'Next',
    skip: 'Skip',
    leave: 'Leave contact details',
    noSms: 'No texts',
    submit: 'Submit',
    help: 'Help',
    callStaff: 'Call staff',
    retry: 'Try again',
    close: 'Close',
    settings: 'Settings',
    continue: 'Continue',
    submitOwn: 'Submit my own',
  },
  'zh-HK': {
    start: '輕觸屏幕任何位置，或者按任何一個掣開始',
    service: /^辦事/,
    back: '返回',
    complaint: /^投訴/,
    suggestion: /^建議/,
    category: '噪音擾民',
    phrase: '夜晚噪音',
    next: '下一步',
    skip: '跳過',
    leave: '留低聯絡方法',
    noSms: '唔使短訊',
    submit: '確認提交',
    help: '幫助',
    callStaff: '叫職員',
    retry: '再試一次',
    close: '關閉',
    settings: '設定',
    continue: '繼續',
    submitOwn: '我要自己提交',
  },
} as const;

/** The welcome screen shows the default language; the others are chosen by their endonym. */
const LANGUAGE_BUTTON = { en: 'English', 'zh-HK': '粵語' } as const;

/** What a screen of the walk should show, besides meeting the bars. */
interface Expected {
  /** The form's step, as "Step n of total"; null on screens outside the form (and behind overlays). */
  step: [number, number] | null;
  /** How many options it has, every one in view at once (a kind's categories, all on one screen). */
  options?: number;
}

const NO_STEP: Expected = { step: null };
const stepOf = (n: number): Expected => ({ step: [n, 6] });

/**
 * The walk's own host, with "me too" on (the workers' shared hosts have it off, ownHost.ts) and, for
 * each language, an open case like the walk's complaint, so every walk meets the offer before its
 * complaint is stored. One per worker that runs a walk; the residents' limits are raised, as the
 * walks submit and ask as fast as a script does.
 */
let host: OwnHost;
/** The walk's complaint as each language composes it: noise, the first phrase alone, no place. */
const WALK_COMPLAINT = { 'zh-CN': '夜间噪音', en: 'Noise at night', 'zh-HK': '夜晚噪音' } as const;
test.beforeAll(async () => {
  // Long idle and warning times: on a loaded machine measuring one screen at every setting can take longer
  // than the default 90 s idle time, and the kiosk would reset mid-walk; the walk reaches the idle warning
  // by fast-forwarding the page's clock by whatever the config says.
  host = await startOwnHost(undefined, {
    config: { meToo: { days: 14 }, timing: { idleSeconds: 3600, warningSeconds: 600 }, ...ALLOW_FLOODS },
  });
  for (const [language, description] of Object.entries(WALK_COMPLAINT)) {
    const seeded = await fetch(new URL('/api/submit', host.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'complaint',
        category: 'cmp.noise',
        description,
        contact: { anonymous: true },
        language,
        inputModes: ['touch'],
      }),
    });
    expect(seeded.status).toBe(200);
  }
});
test.afterAll(async () => {
  await host?.close();
});

/** The staff-call messages as the locale has them. */
const overlayText = (language: Language) =>
  JSON.parse(readFileSync(`locales/${language}/translation.json`, 'utf8')).overlay as {
    staffAlreadyCalled: string;
    staffCallFailed: string;
  };

/**
 * Walks one complaint through every screen and overlay (the settings panel
 * too), calling `check` on each, and the services' and suggestions' categories on the way.
 * Every screen the resident can see is visited.
 */
async function walkEveryScreen(
  page: Page,
  language: Language,
  check: (label: string, expected: Expected) => Promise<void>,
) {
  const l = LABELS[language];
  // The kiosk's clock, so the idle warning comes when the walk fast-forwards to it (it flows as usual otherwise).
  await page.clock.install();
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const { idleMs } = (
    await (await page.request.post(new URL('/api/getKioskConfig', host.url).href, { data: {} })).json()
  ).timing;
  // The welcome screen shows the centre's default language, with a button for each language.
  await check('welcome', NO_STEP);
  if (language === 'zh-CN') await page.getByRole('button', { name: l.start }).click();
  else await page.getByRole('button', { name: LANGUAGE_BUTTON[language] }).click();
  await check('choose kind', { step: [1, 6], options: 4 });
  await page.getByRole('button', { name: l.help }).click();
  await check('help', NO_STEP);
  await page.getByRole('button', { name: l.close }).click();
  await page.getByRole('button', { name: l.settings }).click();
  await check('settings', NO_STEP);
  await page.getByRole('button', { name: l.close }).click();
  await page.getByRole('button', { name: l.service }).click();
  await check('choose category: services', {
    step: [2, 6],
    options: categoriesOf(DEFAULT_CATALOGUE, 'service').length,
  });
  await page.getByRole('contentinfo').getByRole('button', { name: l.back }).click();
  await page.getByRole('button', { name: l.suggestion }).click();
  await check('choose category: suggestions', {
    step: [2, 6],
    options: categoriesOf(DEFAULT_CATALOGUE, 'suggestion').length,
  });
  await page.getByRole('contentinfo').getByRole('button', { name: l.back }).click();
  await page.getByRole('button', { name: l.complaint }).click();
  await check('choose category', {
    step: [2, 6],
    options: categoriesOf(DEFAULT_CATALOGUE, 'complaint').length,
  });
  await page.getByRole('button', { name: l.category }).click();
  await page.getByRole('button', { name: l.phrase }).click();
  await check('describe', stepOf(3));
  await page.clock.fastForward(idleMs + 500);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await check('idle warning', NO_STEP);
  await page.getByRole('button', { name: l.continue }).click();
  await expect(page.getByRole('alertdialog')).toBeHidden();
  await page.getByRole('button', { name: l.next }).click();
  await check('location', stepOf(4));
  await page.getByRole('button', { name: l.skip }).click();
  await check('contact: anonymity', { step: [5, 6], options: 2 });
  await page.getByRole('button', { name: l.leave }).click();
  await check('contact: name', stepOf(5));
  await page.getByRole('button', { name: l.skip }).click();
  await page.getByRole('button', { name: l.next }).click();
  await check('contact: phone, with an error', stepOf(5));
  for (const digit of '13912345678') await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: l.next }).click();
  await check('contact: told by SMS?', stepOf(5));
  await page.getByRole('button', { name: l.noSms }).click();
  await check('review', stepOf(6));
  await page.route('**/api/submit', (route) => route.abort());
  await page.getByRole('button', { name: l.submit }).click();
  // "Me too": a case like this one is open (seeded above), offered before the complaint is stored.
  await expect(page.getByRole('button', { name: l.submitOwn })).toBeVisible();
  await check('me too', { step: null, options: 2 });
  await page.getByRole('button', { name: l.submitOwn }).click();
  // The refused submit's own screen, before anything is measured or the route let go: measured while the
  // submit was still on its way, the walk let it through, stored it and never met the failure.
  await expect(page.getByRole('button', { name: l.retry })).toBeVisible();
  await check('submit failed', NO_STEP);
  await page.unroute('**/api/submit');
  await page.getByRole('contentinfo').getByRole('button', { name: l.callStaff }).click();
  await expect(page.getByRole('dialog', { name: l.callStaff })).toBeVisible();
  await check('staff called', NO_STEP);
  await page.getByRole('button', { name: l.close }).click();
  // The staff-call message's two other cases: a call refused as one too many, and one that did not get through.
  await page.route('**/api/callStaff', (route) =>
    route.fulfill({
      status: 429,
      contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'rate-limited', message: 'one call too many' } }),
    }),
  );
  await page.getByRole('contentinfo').getByRole('button', { name: l.callStaff }).click();
  await expect(page.getByText(overlayText(language).staffAlreadyCalled)).toBeVisible();
  await check('staff already called', NO_STEP);
  await page.getByRole('button', { name: l.close }).click();
  await page.unroute('**/api/callStaff');
  await page.route('**/api/callStaff', (route) => route.abort());
  await page.getByRole('contentinfo').getByRole('button', { name: l.callStaff }).click();
  await expect(page.getByText(overlayText(language).staffCallFailed)).toBeVisible();
  await check('staff call failed', NO_STEP);
  await page.getByRole('button', { name: l.close }).click();
  await page.unroute('**/api/callStaff');
  await page.getByRole('button', { name: l.retry }).click();
  await expect(page.getByTestId('reference-number')).toBeVisible();
  await check('receipt', NO_STEP);
}

/**
 * axe's runs per screen: in each orientation, each text size once and each
 * contrast mode once, paired along a diagonal (landscape: standard size in the
 * default colours … largest in high contrast, light; portrait: the pairs
 * shifted by two), so four runs a screen per orientation. That is enough
 * because of what axe's rules depend on: the names, roles, landmarks and
 * language rules on none of the display settings (one run would do); the
 * colour rules on the colours alone (every kiosk text is large text by WCAG's
 * measure at every size, so the size changes no threshold); target size and
 * overlap on the layout, which changes with the orientation and the size, not
 * with the colours. So every colour is checked in each orientation and every
 * size in each orientation, each pairing differently in the two. The measured
 * tests below cross all sixteen combinations in both orientations with the
 * kiosk's own stricter bars. Each orientation is a test of its own, so the
 * workers share them out.
 */
const AXE_ORIENTATIONS = [
  { name: 'landscape', viewport: { width: 1920, height: 1080 }, shift: 0 },
  { name: 'portrait', viewport: { width: 1080, height: 1920 }, shift: 2 },
] as const;

const axeDisplays = (shift: number): Display[] =>
  TEXT_SIZES.map((textSize, i) => ({ textSize, contrast: CONTRASTS[(i + shift) % CONTRASTS.length]! }));

for (const language of ['zh-CN', 'en', 'zh-HK'] as const) {
  for (const orientation of AXE_ORIENTATIONS) {
    const displays = axeDisplays(orientation.shift);
    test(`axe finds no violations on any screen in ${language}, ${orientation.name}, each text size and contrast mode once`, async ({
      page,
    }) => {
      await page.setViewportSize(orientation.viewport);
      await walkEveryScreen(page, language, async (label) => {
        for (const display of displays) {
          await showWith(page, display);
          await expectNoAxeViolations(
            page,
            `${language} ${orientation.name} ${label}, size ${display.textSize}, ${display.contrast}`,
          );
        }
        await showWith(page, { textSize: 0, contrast: 'default' });
      });
    });
  }
}

/**
 * Every text size × contrast mode, one test per language, orientation and pair of text sizes (each
 * in every contrast mode): enough tests for the workers to share, without walking the screens
 * once for every size.
 */
const SIZE_GROUPS = [TEXT_SIZES.slice(0, 2), TEXT_SIZES.slice(2)];

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
]) {
  for (const language of ['zh-CN', 'en', 'zh-HK'] as const) {
    for (const sizes of SIZE_GROUPS) {
      const displays = sizes.flatMap((textSize) => CONTRASTS.map((contrast) => ({ textSize, contrast })));
      test(`text, contrast, targets and spacing meet the bars at text sizes ${sizes.join(' and ')} in every contrast mode at ${viewport.width}×${viewport.height} in ${language}`, async ({
        page,
      }, info) => {
        await page.setViewportSize(viewport);
        const figures: (Figures & { screen: string })[] = [];
        const stepText = JSON.parse(readFileSync(`locales/${language}/translation.json`, 'utf8')).app.stepOf as string;
        await walkEveryScreen(page, language, async (label, expected) => {
          const measured = await measureScreen(page, `${language} ${label}`, displays);
          const step = expected.step;
          const shown = step && stepText.replace('{{current}}', String(step[0])).replace('{{total}}', String(step[1]));
          for (const f of measured) {
            const at = `${language} ${label}, size ${f.display.textSize}, ${f.display.contrast}`;
            expect(f.step, `the step shown on ${at}`).toBe(shown);
            // Every option on the one screen, no paging, and all in view at once at every size.
            if (expected.options !== undefined) {
              expect.soft(f.options, `options on ${at}`).toBe(expected.options);
              expect.soft(f.optionsInView, `options in view on ${at}`).toBe(expected.options);
            }
            figures.push({ ...f, screen: label });
          }
        });
        // The main action is one box, in one place, on every form screen that has one, at each display setting.
        for (const display of displays) {
          const boxes = figures.filter((f) => f.display === display && f.primary !== null && f.step !== null);
          expect(boxes.length, 'screens with a main action').toBeGreaterThanOrEqual(5);
          const first = boxes[0]!;
          for (const f of boxes) {
            expect(
              f.primary,
              `the main action on ${f.screen} (size ${display.textSize}, ${display.contrast}) against ${first.screen}`,
            ).toEqual(first.primary);
          }
        }
        await info.attach('figures.json', {
          body: JSON.stringify(summarise(figures), null, 2),
          contentType: 'application/json',
        });
      });
    }
  }
}

/** The least of each figure per display setting, over every screen: what the README quotes. */
function summarise(figures: (Figures & { screen: string })[]) {
  const out: Record<string, { rootPx: number; minTextPx: number; minContrast: number; minTargetPx: number }> = {};
  for (const f of figures) {
    const key = `size ${f.display.textSize}, ${f.display.contrast}`;
    const o = out[key] ?? { rootPx: f.rootPx, minTextPx: Infinity, minContrast: Infinity, minTargetPx: Infinity };
    out[key] = {
      rootPx: f.rootPx,
      minTextPx: Math.min(o.minTextPx, f.minTextPx),
      minContrast: Math.round(Math.min(o.minContrast, f.minContrast) * 100) / 100,
      minTargetPx: Math.min(o.minTargetPx, f.minTargetPx),
    };
  }
  return out;
}

test('Chinese renders from the bundled font, not a missing-glyph box', async ({ page }) => {
  await startKiosk(page);
  await page.evaluate(() => document.fonts.ready);
  const loaded = await page.evaluate(async () => {
    await document.fonts.load('28px "Noto Sans SC"', '投诉建议办事');
    return document.fonts.check('28px "Noto Sans SC"', '投诉建议办事');
  });
  expect(loaded).toBe(true);
  const family = await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontFamily);
  expect(family).toContain('Noto Sans SC');
});

test('粵語 renders its traditional and Cantonese characters from the same bundled font', async ({ page }) => {
  await startKiosk(page);
  await page.getByRole('button', { name: '粵語' }).click();
  await expect(page.getByRole('heading', { name: '你想做乜嘢？' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-HK');
  const text = '粵語鄰里社區服務中心投訴辦事嘅喺咗唔冇嚟啲睇揀掣';
  // check() is also true when no face covers the text, so the faces load() found are counted too;
  // test/unit/locales/fonts.test.ts checks every character against the font's unicode ranges.
  const { faces, loaded } = await page.evaluate(async (sample) => {
    const found = await document.fonts.load('28px "Noto Sans SC"', sample);
    return { faces: found.length, loaded: document.fonts.check('28px "Noto Sans SC"', sample) };
  }, text);
  expect(faces).toBeGreaterThan(0);
  expect(loaded).toBe(true);
  const family = await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontFamily);
  expect(family).toContain('Noto Sans SC');
});

test('axe finds no violations on the staff sign-in and queue', async ({ page }) => {
  await page.goto('/staff');
  await expect(page.getByRole('heading', { name: '工作人员登录' })).toBeVisible();
  await expectNoAxeViolations(page, 'staff sign-in');
  await page.getByLabel('PIN 码').fill(PIN);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('heading', { name: '待处理队列' })).toBeVisible();
  await expectNoAxeViolations(page, 'staff queue');
});
