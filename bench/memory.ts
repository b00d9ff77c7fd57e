import type { CDPSession, Page } from '@playwright/test';
import { launchChromium, newPage, START } from './browser';
import { rssMb, scratchDir, startHost } from './host';
import type { Figure } from './results';
import { slope } from './stats';

/**
 * `count` whole sessions by touch inside the page (a complaint: kind,
 * category, a phrase, skip the location, anonymous, submit, receipt,
 * finish), driven by the page's own clicks so a thousand take a minute.
 */
function runSessions(count: number): Promise<void> {
  const wait = async <T>(find: () => T | null | undefined, what: string): Promise<T> => {
    for (let i = 0; i < 5000; i++) {
      const found = find();
      if (found) return found;
      await new Promise((r) => setTimeout(r, i < 50 ? 0 : 2));
    }
    throw new Error(`never appeared: ${what}`);
  };
  const press = async (match: (text: string) => boolean, what: string) => {
    const button = await wait(
      () => [...document.querySelectorAll('button')].find((b) => match(b.textContent?.trim() ?? '')),
      what,
    );
    button.click();
  };
  const is = (label: string) => (text: string) => text === label;
  return (async () => {
    for (let i = 0; i < count; i++) {
      await press(is('轻触屏幕任意位置，或按任意键开始'), 'start');
      await press((t) => t.startsWith('投诉'), 'complaint');
      await press(is('噪音扰民'), 'noise');
      await press(is('夜间噪音'), 'phrase');
      await press(is('下一步'), 'next');
      await press(is('跳过'), 'skip location');
      await press(is('匿名提交'), 'anonymous');
      await press(is('确认提交'), 'submit');
      await wait(() => document.querySelector('[data-testid="reference-number"]'), 'receipt');
      await press(is('完成'), 'finish');
    }
  })();
}

async function heapMb(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

async function sample(page: Page, cdp: CDPSession, pid: number, sessions: number) {
  await page.getByRole('button', { name: START }).waitFor();
  return { sessions, heap: await heapMb(cdp), rss: rssMb(pid) };
}

export async function measureMemory(total = 1000, every = 100): Promise<Figure[]> {
  const host = await startHost(scratchDir('memory'));
  const browser = await launchChromium();
  try {
    const page = await newPage(browser);
    const cdp = await page.context().newCDPSession(page);
    await page.goto(host.url);
    // One session first, so code and caches that load once are in "before" too.
    await page.evaluate(runSessions, 1);
    const samples = [await sample(page, cdp, host.pid, 0)];
    for (let done = 0; done < total; done += every) {
      await page.evaluate(runSessions, every);
      samples.push(await sample(page, cdp, host.pid, done + every));
    }
    const first = samples[0]!;
    const last = samples.at(-1)!;
    // The trend over the second half: what is left once caches and the JIT have settled.
    const half = samples.slice(Math.floor(samples.length / 2));
    const heapTrend = slope(half.map((s) => ({ x: s.sessions, y: s.heap }))) * 1000;
    const rssTrend = slope(half.map((s) => ({ x: s.sessions, y: s.rss }))) * 1000;
    const series = (key: 'heap' | 'rss') => samples.map((s) => s[key].toFixed(1)).join(' ');
    return [
      {
        section: 'memory',
        name: `page JS heap growth over ${total} sessions`,
        value: last.heap - first.heap,
        unit: 'MB',
        target: { max: 5, text: '≤ 5 MB' },
        note: `${first.heap.toFixed(1)} → ${last.heap.toFixed(1)} MB after GC; every ${every}: ${series('heap')}`,
      },
      {
        section: 'memory',
        name: 'page JS heap trend, second half',
        value: heapTrend,
        unit: 'MB/1000',
        target: { max: 1, text: 'no upward trend (< 1 MB/1000)' },
      },
      {
        section: 'memory',
        name: `host RSS growth over ${total} sessions`,
        value: last.rss - first.rss,
        unit: 'MB',
        target: { max: 5, text: '≤ 5 MB' },
        note: `${first.rss.toFixed(1)} → ${last.rss.toFixed(1)} MB; every ${every}: ${series('rss')}`,
      },
      {
        section: 'memory',
        name: 'host RSS trend, second half',
        value: rssTrend,
        unit: 'MB/1000',
        target: { max: 1, text: 'no upward trend (< 1 MB/1000)' },
      },
    ];
  } finally {
    await browser.close();
    await host.stop();
  }
}
