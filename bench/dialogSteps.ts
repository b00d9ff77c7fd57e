import type { Page } from '@playwright/test';
import { launchChromium, newPage, START } from './browser';
import { scratchDir, startHost } from './host';
import type { Figure } from './results';
import { percentile } from './stats';

/**
 * In the page, before its scripts: from each click (the touch's release, as
 * its event's timeStamp says) to the next screen's prompt started — the live
 * region's new announcement, or with scripted speech the next spoken prompt —
 * and a frame painted after it.
 */
function installStepProbe() {
  const w = window as unknown as { __steps: number[]; linliSpeech?: { spoken: unknown[] } };
  w.__steps = [];
  let pending: { t0: number; announced: string; spoken: number } | null = null;
  const announced = () => document.querySelector('[data-testid="announcer"]')?.textContent ?? '';
  const spoken = () => w.linliSpeech?.spoken.length ?? 0;
  addEventListener(
    'click',
    (e) => {
      pending = { t0: e.timeStamp, announced: announced(), spoken: spoken() };
    },
    true,
  );
  const check = () => {
    if (pending === null) return;
    const started = w.linliSpeech ? spoken() > pending.spoken : announced() !== pending.announced;
    if (!started) return;
    const { t0 } = pending;
    pending = null;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => w.__steps.push(performance.now() - t0);
      channel.port2.postMessage(null);
    });
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
}

/** One resident's session by touch: ten screen changes (a back and forth included). */
async function session(page: Page, kind: 'complaint' | 'suggestion') {
  const button = (name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' });
  const heading = (name: string) => page.getByRole('heading', { level: 1, name }).waitFor();
  await button(START).click();
  await heading('您想做什么？');
  await button(kind === 'complaint' ? /^投诉/ : /^建议/).click();
  const category = kind === 'complaint' ? '噪音扰民' : '为老服务';
  await button(category).click();
  await heading('请说明情况');
  await page.getByRole('contentinfo').getByRole('button', { name: '返回' }).click();
  // Chosen before, its name now also says so.
  await button(new RegExp(`${category}$`)).click();
  await heading('请说明情况');
  await button(kind === 'complaint' ? '夜间噪音' : '老年食堂').click();
  await button('下一步').click();
  if (kind === 'complaint') {
    await heading('发生在哪里？');
    await button('跳过').click();
  }
  await button('匿名提交').click();
  await heading('请核对您填写的内容');
  await button('确认提交').click();
  await page.getByTestId('reference-number').waitFor();
  await button('完成').click();
  await button(START).waitFor();
}

export async function measureDialogSteps(minSteps = 500): Promise<Figure[]> {
  const host = await startHost(scratchDir('steps'));
  const browser = await launchChromium();
  try {
    const page = await newPage(browser);
    await page.addInitScript(installStepProbe);
    await page.goto(`${host.url}?speech=scripted`);
    await page.getByRole('button', { name: START }).waitFor();
    const scripted = await page.evaluate(() => 'linliSpeech' in window);
    for (let i = 0; i < 2; i++) await session(page, 'complaint');
    await page.evaluate(() => {
      (window as unknown as { __steps: number[] }).__steps = [];
    });
    for (let i = 0; i < 200; i++) {
      await session(page, i % 2 === 0 ? 'complaint' : 'suggestion');
      const count = await page.evaluate(() => (window as unknown as { __steps: number[] }).__steps.length);
      if (count >= minSteps) break;
    }
    const steps = await page.evaluate(() => (window as unknown as { __steps: number[] }).__steps);
    const note = `${steps.length} steps by touch in Chromium, click → ${scripted ? 'prompt spoken (scripted speech)' : 'prompt announced (speech off)'} + a frame`;
    return [
      { section: 'dialog', name: 'step latency p50', value: percentile(steps, 50), unit: 'ms', note },
      {
        section: 'dialog',
        name: 'step latency p95',
        value: percentile(steps, 95),
        unit: 'ms',
        target: { max: 50, text: 'p95 ≤ 50 ms' },
      },
    ];
  } finally {
    await browser.close();
    await host.stop();
  }
}
