// `npx tsx bench/staffProbe.ts [count] [phone] [--plans]`: the staff list's queries in-process over the bench's
// cached data (filled first if missing), each 20 times as the bench's HTTP figures are: wall time and CPU
// time, p50 and p95, and with --plans each statement's query plan. CPU time is what the load of a shared
// machine does not inflate; wall time is what staff wait.
import { cpuUsage } from 'node:process';
import { openStore } from '../main/store/store';
import type { SubmissionFilter } from '../main/store/submissionFilter';
import { scratchDir } from './host';
import { filledDataDir } from './staffData';
import { median, percentile } from './stats';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const showPlans = process.argv.includes('--plans');
const count = Number(args[0] ?? 100_000);
const dir = scratchDir('probe');
const fillMs = await filledDataDir(dir, count);
if (fillMs !== null) console.log(`filled ${count} in ${(fillMs / 1000).toFixed(1)} s`);
let t = performance.now();
const store = openStore({ dataDir: dir, now: () => new Date(), random: Math.random, onDamaged: 'refuse' });
console.log(`open ${(performance.now() - t).toFixed(0)} ms`);
const DAY = 24 * 3600 * 1000;
// A whole phone number that is in the data: a search staff make when a resident calls.
const phone =
  args[1] ??
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
/** Every statement a list prepares, with what it was run with, so its plan can be asked for after. */
const run: { sql: string; params: unknown[] }[] = [];
const prepare = store.db.prepare.bind(store.db);
if (showPlans) {
  store.db.prepare = ((sql: string) => {
    const statement = prepare(sql);
    const all = statement.all.bind(statement);
    statement.all = (...params: unknown[]) => {
      run.push({ sql, params });
      return all(...params);
    };
    return statement;
  }) as typeof store.db.prepare;
}
for (const [label, filter] of cases) {
  const wall: number[] = [];
  const cpu: number[] = [];
  let total = 0;
  for (let r = 0; r < 20; r++) {
    run.length = 0;
    t = performance.now();
    const c = cpuUsage();
    total = store.submissions.list(filter, { limit: 100, offset: 0 }).total;
    const used = cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  const ms = (v: number) => v.toFixed(1);
  console.log(
    `${label.padEnd(16)} first ${ms(wall[0]!)} ms; p50 ${ms(median(wall))} / ${ms(median(cpu))} ms, ` +
      `p95 ${ms(percentile(wall, 95))} / ${ms(percentile(cpu, 95))} ms (wall / CPU); total ${total}`,
  );
  for (const { sql, params } of run) {
    const plan = prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
    console.log(`    ${sql.replace(/\s+/g, ' ').slice(0, 160)}\n      ${plan.map((p) => p.detail).join(' | ')}`);
  }
}
store.close();
