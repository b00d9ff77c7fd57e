// `npx tsx bench/staffProbe.ts [count]`: the staff list's queries in-process over the bench's cached data
// (filled first if missing), each with its query plan, wall time and CPU time. CPU time is what the
// load of a shared machine does not inflate; wall time is what staff wait.
import { cpuUsage } from 'node:process';
import { openStore } from '../main/store/store';
import type { SubmissionFilter } from '../main/store/submissionFilter';
import { scratchDir } from './host';
import { filledDataDir } from './staffData';
import { median } from './stats';

const count = Number(process.argv[2] ?? 100_000);
const dir = scratchDir('probe');
const fillMs = await filledDataDir(dir, count);
if (fillMs !== null) console.log(`filled ${count} in ${(fillMs / 1000).toFixed(1)} s`);
let t = performance.now();
const store = openStore({ dataDir: dir, now: () => new Date(), random: Math.random, onDamaged: 'refuse' });
console.log(`open ${(performance.now() - t).toFixed(0)} ms`);
const DAY = 24 * 3600 * 1000;
// A whole phone number that is in the data: a search staff make when a resident calls.
const phone =
  process.argv[3] ??
  (
    store.db
      .prepare('SELECT phone FROM submissions WHERE phone IS NOT NULL ORDER BY id DESC LIMIT 1 OFFSET 5000')
      .get() as {
      phone: string;
    }
  ).phone;
const now = Date.now();
const week = { from: new Date(now - 37 * DAY).toISOString(), to: new Date(now - 30 * DAY).toISOString() };
const cases: [string, SubmissionFilter][] = [
  ['newest', {}],
  ['status queued', { status: 'queued' }],
  ['kind + category', { kind: 'complaint', category: 'cmp.noise' }],
  ['one week', week],
  ['text 漏水', { text: '漏水' }],
  ['text rare 井盖', { text: '井盖' }],
  ['text phone', { text: phone }],
  ['all filters', { status: 'closed', kind: 'complaint', ...week, text: '楼上' }],
];
for (const [label, filter] of cases) {
  const wall: number[] = [];
  const cpu: number[] = [];
  let total = 0;
  for (let r = 0; r < 5; r++) {
    t = performance.now();
    const c = cpuUsage();
    total = store.submissions.list(filter, { limit: 100, offset: 0 }).total;
    const used = cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  console.log(
    `${label.padEnd(16)} first ${wall[0]!.toFixed(1)} ms, median ${median(wall).toFixed(1)} ms wall / ${median(cpu).toFixed(1)} ms CPU, total ${total}`,
  );
}
store.close();
