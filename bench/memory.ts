import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { DB_FILE_NAME } from '../main/store/database';
import { openEncrypted } from '../test/unit/main/store/databaseFiles';
import { launchChromium, newPage, START } from './browser';
import { freshHostBundle, type HostProcess, rssMb, scratchDir, startInspectableHost } from './host';
import { connectInspector, type Inspector, memoryAfterGc, type ProcessMemory } from './inspector';
import type { Figure } from './results';
import { medianSlope } from './stats';

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

const SERVE = 'scripts/serve.mjs';

/**
 * Sessions left out of the trends: what is allocated once, as the WAL first fills to its checkpoint
 * size (about 130 sessions) and the hot code is compiled, is in the growth, not in the trend.
 */
const WARM_UP = 200;

interface Sample {
  sessions: number;
  /** The page's JS heap after GC, MB. */
  page: number;
  /** The host's RSS as found, before this sample's GC, MB (the GCs of earlier samples still shape it). */
  hostRssAsFound: number;
  /** The host's memory after GC. */
  host: ProcessMemory;
  /** The database file, MB: as it grows, SQLite's page cache may hold all of it (see pageCacheBound). */
  database: number;
}

async function pageHeapMb(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

interface Run {
  page: Page;
  cdp: CDPSession;
  host: HostProcess;
  inspector: Inspector;
  databaseFile: string;
}

async function sample({ page, cdp, host, inspector, databaseFile }: Run, sessions: number): Promise<Sample> {
  await page.getByRole('button', { name: START }).waitFor();
  const hostRssAsFound = rssMb(host.pid);
  return {
    sessions,
    hostRssAsFound,
    host: await memoryAfterGc(inspector),
    page: await pageHeapMb(cdp),
    database: statSync(databaseFile).size / 1024 / 1024,
  };
}

/** Memory every `every` sessions, and the most SQLite's page cache may hold. */
async function record(total: number, every: number, entry: string) {
  if (entry === SERVE) await freshHostBundle();
  const dir = scratchDir('memory');
  const databaseFile = join(dir, DB_FILE_NAME);
  const host = await startInspectableHost(dir, entry);
  let samples: Sample[];
  try {
    const inspector = await connectInspector(host.inspectorUrl!);
    try {
      samples = await sessions(host, inspector, databaseFile, total, every);
    } finally {
      inspector.close();
    }
  } finally {
    await host.stop();
  }
  const cacheLimit = pageCacheLimitMb(databaseFile);
  rmSync(dir, { recursive: true, force: true });
  return { samples, cacheLimit };
}

async function sessions(host: HostProcess, inspector: Inspector, databaseFile: string, total: number, every: number) {
  const browser = await launchChromium();
  try {
    const page = await newPage(browser);
    const run: Run = { page, cdp: await page.context().newCDPSession(page), host, inspector, databaseFile };
    await page.goto(host.url);
    // One session first, so code and caches that load once are in "before" too.
    await page.evaluate(runSessions, 1);
    const samples = [await sample(run, 0)];
    for (let done = 0; done < total; done += every) {
      await page.evaluate(runSessions, every);
      samples.push(await sample(run, done + every));
    }
    return samples;
  } finally {
    await browser.close();
  }
}

/**
 * SQLite's page cache limit, MB: the host sets no cache_size, so a new connection's is its. The file is
 * encrypted as a whole: opened with its key, as the host opens it (the page size is in its header).
 */
function pageCacheLimitMb(file: string): number {
  const db = openEncrypted(file, { readonly: true });
  try {
    const cacheSize = db.pragma('cache_size', { simple: true }) as number;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    // Negative: a limit in KiB; positive: in pages (https://sqlite.org/pragma.html#pragma_cache_size).
    return (cacheSize < 0 ? -cacheSize * 1024 : cacheSize * pageSize) / 1024 / 1024;
  } finally {
    db.close();
  }
}

/**
 * The memory figures over `total` resident sessions. Growth is the last sample less the first;
 * a trend, in MB per 1000 sessions, is the median slope over the samples after WARM_UP, so a leak
 * fails it however the collector's sawtooth falls. `entry` is the host to run (a patched copy, to
 * check that a leak does fail).
 */
export async function measureMemory(total = 1000, every = 50, entry = SERVE): Promise<Figure[]> {
  const { samples, cacheLimit } = await record(total, every, entry);
  const first = samples[0]!;
  const last = samples.at(-1)!;
  const settled = samples.filter((s) => s.sessions >= WARM_UP);
  const trend = (value: (s: Sample) => number) =>
    medianSlope(settled.map((s) => ({ x: s.sessions, y: value(s) }))) * 1000;
  const series = (value: (s: Sample) => number) => samples.map((s) => value(s).toFixed(1)).join(' ');
  const from = (value: (s: Sample) => number) => `${value(first).toFixed(1)} → ${value(last).toFixed(1)} MB`;
  const page = (s: Sample) => s.page;
  const hostHeap = (s: Sample) => s.host.heapUsed;
  const hostRss = (s: Sample) => s.host.rss;
  /**
   * By design SQLite's page cache keeps the pages it has read or written, up to cache_size (16 MB with
   * better-sqlite3's build), so while the database is smaller the host's RSS grows with it: measured
   * here over 10,000 sessions, RSS after GC rose 0.38 MB/1000, all of it in malloc's heap, and with
   * cache_size = 16 pages it stayed flat. This bound takes off at most what the cache can have added.
   */
  const pageCacheBound = (s: Sample) => Math.min(s.database, cacheLimit);
  const beyondCache = (s: Sample) => s.host.rss - pageCacheBound(s);
  const trendNote = `median slope (Theil–Sen) over sessions ${WARM_UP}–${total}, after GC`;
  const f2 = (value: number) => value.toFixed(2);
  return [
    {
      section: 'memory',
      name: `page JS heap growth over ${total} sessions`,
      value: last.page - first.page,
      unit: 'MB',
      target: { max: 5, text: '≤ 5 MB' },
      note: `${from(page)} after GC; every ${every}: ${series(page)}`,
    },
    {
      section: 'memory',
      name: 'page JS heap trend',
      value: trend(page),
      unit: 'MB/1000',
      target: { max: 1, text: 'no upward trend (< 1 MB/1000)' },
      note: trendNote,
    },
    {
      section: 'memory',
      name: `host JS heap growth over ${total} sessions`,
      value: last.host.heapUsed - first.host.heapUsed,
      unit: 'MB',
      target: { max: 5, text: '≤ 5 MB' },
      note: `${from(hostHeap)} after GC; every ${every}: ${series(hostHeap)}`,
    },
    {
      section: 'memory',
      name: 'host JS heap trend',
      value: trend(hostHeap),
      unit: 'MB/1000',
      target: { max: 1, text: 'no upward trend (< 1 MB/1000)' },
      note:
        `${trendNote}; not in it: staff search's decrypted details, by design one entry a submission ` +
        'once a search or the next start indexes them (no session here searches)',
    },
    {
      section: 'memory',
      name: `host RSS growth over ${total} sessions`,
      value: last.host.rss - first.host.rss,
      unit: 'MB',
      target: { max: 5, text: '≤ 5 MB' },
      note:
        `${from(hostRss)} after GC; every ${every}: ${series(hostRss)}; ` +
        `as found, without GC: ${series((s) => s.hostRssAsFound)}; ` +
        `external ${from((s) => s.host.external)}; database ${from((s) => s.database)}`,
    },
    {
      section: 'memory',
      name: 'host RSS trend',
      value: trend(hostRss),
      unit: 'MB/1000',
      note:
        `${trendNote}; of which V8's heap pages ${f2(trend((s) => s.host.heapTotal))}, external ` +
        `${f2(trend((s) => s.host.external))}, the rest (malloc, code) ` +
        `${f2(trend((s) => s.host.rss - s.host.heapTotal - s.host.external))}; grows by design with ` +
        `SQLite's page cache (next line), so its target is there`,
    },
    {
      section: 'memory',
      name: "host RSS trend beyond SQLite's page cache",
      value: trend(beyondCache),
      unit: 'MB/1000',
      target: { max: 1, text: 'no upward trend (< 1 MB/1000)' },
      note:
        `RSS after GC less the database's size while it is under cache_size (${cacheLimit.toFixed(0)} MB), ` +
        `the most the cache can hold: the database grew ${f2(trend((s) => s.database))} MB/1000; ${trendNote}`,
    },
  ];
}
