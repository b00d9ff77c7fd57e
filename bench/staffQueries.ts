import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../main/store/store';
import type { SubmissionFilter } from '../main/store/submissionFilter';
import { cpuMs, peakRssMb, scratchDir, startHost } from './host';
import type { Figure } from './results';
import { filledDataDir, PIN } from './staffData';
import { median, percentile, timeAsync } from './stats';

const DAY = 24 * 3600 * 1000;

async function post(base: string, method: string, body: unknown, cookie = ''): Promise<Response> {
  const response = await fetch(`${base}api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} answered ${response.status}: ${await response.text()}`);
  return response;
}

/** `section` names the size in the table: 'staff, 100k' or 'staff, 1M'. */
export async function measureStaffQueries(count = 100_000, reps = 20, section = 'staff, 100k'): Promise<Figure[]> {
  const dir = scratchDir('staff');
  const fillMs = await filledDataDir(dir, count);
  const phone = aPhone(dir);
  const host = await startHost(dir);
  try {
    const login = await post(host.url, 'staffLogin', { pin: PIN });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const now = Date.now();
    const week = { from: new Date(now - 37 * DAY).toISOString(), to: new Date(now - 30 * DAY).toISOString() };
    const filters: [string, Record<string, unknown>][] = [
      ['newest 100, no filter', {}],
      ['status queued', { status: 'queued' }],
      ['kind + category', { kind: 'complaint', category: 'cmp.noise' }],
      ['one week', week],
      ['text "漏水"', { text: '漏水' }],
      ['status + kind + week + text', { status: 'closed', kind: 'complaint', ...week, text: '楼上' }],
      ['a whole phone number', { text: phone }],
    ];
    // In-process first, the host not yet started: CPU time beside wall time (the load inflates only the latter).
    const cpu = await inProcess(dir, filters);
    const firstText = await timeAsync(() =>
      post(host.url, 'listSubmissions', { text: '停车' }, cookie).then((r) => r.json()),
    );
    const figures: Figure[] = [];
    const all: number[] = [];
    for (const [label, filter] of filters) {
      const times: number[] = [];
      for (let r = 0; r < reps; r++) {
        times.push(
          await timeAsync(() =>
            post(host.url, 'listSubmissions', { ...filter, limit: 100 }, cookie).then((x) => x.json()),
          ),
        );
      }
      all.push(...times);
      figures.push({
        section,
        name: `list: ${label} p95`,
        value: percentile(times, 95),
        unit: 'ms',
        target: { max: 50, text: '≤ 50 ms' },
        note: `p50 ${median(times).toFixed(1)} ms; in-process p95 ${cpu.get(label)}`,
      });
    }
    // The console's statistics page: counts, what is overdue, and the three rates of the month's cases.
    const statsTimes: number[] = [];
    for (let r = 0; r < 5; r++) {
      statsTimes.push(await timeAsync(() => post(host.url, 'stats', { days: 30 }, cookie).then((x) => x.json())));
    }
    figures.push({
      section,
      name: 'stats: last 30 days with the three rates, p95',
      value: percentile(statsTimes, 95),
      unit: 'ms',
      note: `p50 ${median(statsTimes).toFixed(1)} ms, ${Math.round(count / 12).toLocaleString('en')} cases in the month`,
    });
    // The lists and statistics alone, for looking into the store (the exports take minutes at a million).
    if (process.env.LINLI_BENCH_LISTS_ONLY === '1') {
      await host.stop();
      return figures;
    }
    const exports: Streamed[] = [];
    for (let r = 0; r < 3; r++) exports.push(await exportCsv(host.url, cookie, host.pid));
    const peakMb = peakRssMb(host.pid);
    await host.stop();
    const cold = await exportRightAfterStart(dir);
    const size = exports[0]!.bytes;
    const exportCpu = median(exports.map((e) => e.cpuMs));
    const cli = cliCsvExport(dir);
    return [
      {
        section,
        name: 'host start to listening (npm run serve)',
        value: host.listeningMs,
        unit: 'ms',
        target: { max: 1000, text: '≤ 1 s' },
        note: 'the quick_check that looks for a damaged file runs after, in a worker thread',
      },
      {
        section,
        name: 'first text search after start',
        value: firstText,
        unit: 'ms',
        target: { max: 200, text: '≤ 200 ms' },
        note: `${count.toLocaleString('en')} submissions, ${fillMs === null ? 'from the cache (bench/tmp/cache)' : `stored in ${(fillMs / 1000).toFixed(1)} s`}`,
      },
      ...figures,
      {
        section,
        name: 'CSV export of all, streamed',
        value: median(exports.map((e) => e.ms)),
        unit: 'ms',
        target: { max: 1500 * (count / 100_000), text: `≤ ${1.5 * (count / 100_000)} s` },
        note: `median of 3 over HTTP (a download, Accept: text/csv), ${(size / 1e6).toFixed(1)} MB; host CPU ${exportCpu} ms (p50)`,
      },
      {
        section,
        name: 'CSV export right after the host starts, streamed',
        value: cold.ms,
        unit: 'ms',
        target: { max: 1500 * (count / 100_000), text: `≤ ${1.5 * (count / 100_000)} s` },
        note: `the first export after a start: nothing held in memory from before; host CPU ${cold.cpuMs} ms`,
      },
      {
        section,
        name: 'host peak RSS after the streamed exports',
        value: peakMb,
        unit: 'MB',
        note: 'VmHWM of the host process: the lists, the statistics and the three exports above',
      },
      {
        section,
        name: 'CSV export to a file (admin CLI), peak RSS',
        value: cli.peakMb,
        unit: 'MB',
        note: `streamed: ${(cli.ms / 1000).toFixed(1)} s for ${(cli.bytes / 1e6).toFixed(0)} MB, the whole process`,
      },
    ];
  } finally {
    await host.stop();
  }
}

/** A whole phone number that is in the data: what staff type when a resident calls about their case. */
function aPhone(dir: string): string {
  const store = openStore({ dataDir: dir, now: () => new Date(), random: Math.random, onDamaged: 'refuse' });
  try {
    const newer = 'SELECT phone FROM submissions WHERE phone IS NOT NULL ORDER BY id DESC LIMIT 1 OFFSET 5000';
    return (store.db.prepare(newer).get() as { phone: string }).phone;
  } finally {
    store.close();
  }
}

/**
 * Each list in the store's own process (no HTTP, no JSON), 10 times: p95 of wall time and of CPU time
 * (process.cpuUsage, user + system), as "x ms wall / y ms CPU". On a machine shared with other work the
 * wall time grows with the load, the CPU time hardly.
 */
async function inProcess(dir: string, filters: [string, Record<string, unknown>][]): Promise<Map<string, string>> {
  const store = openStore({ dataDir: dir, now: () => new Date(), random: Math.random, onDamaged: 'refuse' });
  const found = new Map<string, string>();
  try {
    for (const [label, filter] of filters) {
      const wall: number[] = [];
      const cpu: number[] = [];
      for (let r = 0; r < 10; r++) {
        const start = performance.now();
        const before = process.cpuUsage();
        store.submissions.list(filter as SubmissionFilter, { limit: 100, offset: 0 });
        const used = process.cpuUsage(before);
        wall.push(performance.now() - start);
        cpu.push((used.user + used.system) / 1000);
      }
      found.set(label, `${percentile(wall, 95).toFixed(1)} ms wall / ${percentile(cpu, 95).toFixed(1)} ms CPU`);
    }
  } finally {
    store.close();
  }
  return found;
}

interface Streamed {
  /** Wall time from the request to the last byte. */
  ms: number;
  /** The host's CPU time meanwhile (user + system): what the load of a shared machine hardly inflates. */
  cpuMs: number;
  bytes: number;
}

/**
 * The whole export as a CSV download over HTTP, as the console asks for it (`Accept: text/csv`): read as it
 * comes and counted, never held, so the bench measures the host and not its own memory.
 */
async function exportCsv(base: string, cookie: string, pid: number): Promise<Streamed> {
  const cpuBefore = cpuMs(pid);
  const start = performance.now();
  const response = await fetch(`${base}api/exportSubmissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'text/csv', Cookie: cookie },
    body: JSON.stringify({ format: 'csv' }),
  });
  if (!response.ok || response.body === null) throw new Error(`the export answered ${response.status}`);
  let bytes = 0;
  const reader = response.body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) bytes += next.value.byteLength;
  return { ms: performance.now() - start, cpuMs: cpuMs(pid) - cpuBefore, bytes };
}

/** An export asked for as soon as the host listens. */
async function exportRightAfterStart(dir: string): Promise<Streamed> {
  const host = await startHost(dir);
  try {
    const login = await post(host.url, 'staffLogin', { pin: PIN });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    return await exportCsv(host.url, cookie, host.pid);
  } finally {
    await host.stop();
  }
}

/**
 * `npm run admin -- export --format csv` of everything into a file, in its own process, whose peak
 * resident memory GNU time reports (%M, in KB): what the streamed export costs beyond a started CLI.
 */
function cliCsvExport(dir: string): { ms: number; peakMb: number | null; bytes: number } {
  const out = join(dir, 'export.csv');
  const args = ['--import', 'tsx', 'main/cli/admin.ts', 'export', '--data-dir', dir, '--format', 'csv', '--out', out];
  const start = performance.now();
  // GNU time reports on stderr, after the command's own.
  const { stderr, status } = spawnSync('/usr/bin/time', ['-f', 'peak-kb %M', process.execPath, ...args], {
    encoding: 'utf8',
  });
  if (status !== 0) throw new Error(`admin export failed: ${stderr}`);
  const report = stderr;
  const ms = performance.now() - start;
  const kb = /peak-kb (\d+)/.exec(report)?.[1];
  return { ms, peakMb: kb === undefined ? null : Number(kb) / 1024, bytes: statSync(out).size };
}
