import { closeSync, fsyncSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { openKiosk } from '../main/compose';
import { scratchDir, startHost } from './host';
import type { Figure } from './results';
import { percentile } from './stats';

/** The same complaint each time, numbered: what the durable figures submit (submitPages.ts too). */
export const submission = (i: number) => ({
  kind: 'complaint' as const,
  category: 'cmp.noise',
  description: `楼上邻居半夜噪音，第 ${i} 次`,
  location: '3 号楼 502',
  anonymous: false,
  name: '王阿姨',
  phone: '13800138000',
  language: 'zh-CN' as const,
  inputModes: ['touch' as const],
  kioskId: 'kiosk-1',
});

/** One page-sized append and fsync: what a WAL commit at synchronous=FULL cannot do less than. */
function fsyncFloor(dir: string, count: number): number[] {
  const file = join(dir, 'fsync-floor.bin');
  const fd = openSync(file, 'w');
  const page = Buffer.alloc(4096, 0x5a);
  const times: number[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      writeSync(fd, page);
      fsyncSync(fd);
      times.push(performance.now() - start);
    }
  } finally {
    closeSync(fd);
    rmSync(file);
  }
  return times;
}

/**
 * A submission committed with synchronous=FULL (the store's own call), beside
 * write+fsync on the same disk in the same run, alternating in blocks so both
 * see the same disk weather. Then the same over HTTP, as the kiosk calls it.
 */
export async function measureDurableSubmit(count = 2000): Promise<Figure[]> {
  const dir = scratchDir('durable');
  const kiosk = openKiosk({ dataDir: dir });
  const commits: number[] = [];
  const floor: number[] = [];
  try {
    for (let i = 0; i < 50; i++) kiosk.store.submissions.submit(submission(i));
    fsyncFloor(dir, 50);
    const block = 100;
    for (let done = 0; done < count; done += block) {
      floor.push(...fsyncFloor(dir, block));
      for (let i = 0; i < block; i++) {
        const start = performance.now();
        kiosk.store.submissions.submit(submission(done + i));
        commits.push(performance.now() - start);
      }
    }
  } finally {
    kiosk.close();
  }
  const http = await overHttp(Math.min(count, 1000));
  const fsync50 = percentile(floor, 50);
  return [
    {
      section: 'durable submit',
      name: 'write+fsync p50 (floor)',
      value: fsync50,
      unit: 'ms',
      note: `${floor.length} × 4 KiB`,
    },
    { section: 'durable submit', name: 'write+fsync p99 (floor)', value: percentile(floor, 99), unit: 'ms' },
    {
      section: 'durable submit',
      name: 'commit p50',
      value: percentile(commits, 50),
      unit: 'ms',
      target: { max: 2 * fsync50, text: `≤ 2× fsync (${(2 * fsync50).toFixed(2)} ms)` },
      note: `${commits.length} submissions, store call, synchronous=FULL`,
    },
    { section: 'durable submit', name: 'commit p99', value: percentile(commits, 99), unit: 'ms' },
    {
      section: 'durable submit',
      name: 'submit over HTTP p50',
      value: percentile(http, 50),
      unit: 'ms',
      note: `${http.length} sequential POST /api/submit to the host process`,
    },
    { section: 'durable submit', name: 'submit over HTTP p99', value: percentile(http, 99), unit: 'ms' },
  ];
}

async function overHttp(count: number): Promise<number[]> {
  const host = await startHost(scratchDir('durable-http'));
  const times: number[] = [];
  try {
    const body = (i: number) =>
      JSON.stringify({
        kind: 'complaint',
        category: 'cmp.noise',
        description: `楼上邻居半夜噪音，第 ${i} 次`,
        location: '3 号楼 502',
        contact: { anonymous: false, name: '王阿姨', phone: '13800138000' },
        language: 'zh-CN',
        inputModes: ['touch'],
      });
    for (let i = -20; i < count; i++) {
      const start = performance.now();
      const response = await fetch(`${host.url}api/submit`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: body(i),
      });
      if (!response.ok) throw new Error(`submit answered ${response.status}`);
      await response.json();
      if (i >= 0) times.push(performance.now() - start);
    }
  } finally {
    await host.stop();
  }
  return times;
}
