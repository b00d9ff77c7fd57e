// `npx tsx bench/exportProbe.ts [count] [runs]`: the staff CSV export in-process through `dispatch`, over the
// bench's cached data (filled first if missing), with wall and CPU time per run and the file's SHA-256 (the
// clock is fixed, so the same data gives the same bytes: a change that alters the file shows here).
// CPU time is what the load of a shared machine does not inflate. `node --cpu-prof --import tsx` for a profile.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { cpuUsage } from 'node:process';
import { openKiosk } from '../main/compose';
import { dispatch } from '../main/services/dispatch';
import { RUN_TMP, scratchDir } from './host';
import { filledDataDir, PIN } from './staffData';

const count = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 3);
const dir = scratchDir('export');
const fillMs = await filledDataDir(dir, count);
if (fillMs !== null) console.log(`filled ${count} in ${(fillMs / 1000).toFixed(1)} s`);
const at = new Date('2026-12-03T04:00:00Z');
const kiosk = openKiosk({ dataDir: dir, now: () => at });
const ctx = {
  staffSession: null as string | null,
  source: 'ip:127.0.0.1',
  setStaffSession(token: string | null) {
    ctx.staffSession = token;
  },
};
await dispatch(kiosk.handlers, 'staffLogin', { pin: PIN }, ctx);
// The page check a start runs in a worker thread (integrityCheck.ts) is waited for: process.cpuUsage counts
// every thread, so the first run would carry its CPU time as well as the export's own first-run costs.
const checked = performance.now();
await kiosk.store.integrity;
console.log(`page check after the start: done ${(performance.now() - checked).toFixed(0)} ms after the login`);
/** The main thread's own CPU time, ms (Linux: its task's utime + stime in ticks of 10 ms), without V8's compiler and GC threads. */
function mainThreadMs(): number {
  const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
for (let r = 0; r < runs; r++) {
  const t = performance.now();
  const c = cpuUsage();
  const main = mainThreadMs();
  const file = (await dispatch(kiosk.handlers, 'exportSubmissions', { format: 'csv' }, ctx)) as { body: string };
  const used = cpuUsage(c);
  const mainMs = mainThreadMs() - main;
  const wall = performance.now() - t;
  const sha = createHash('sha256').update(file.body).digest('hex').slice(0, 16);
  console.log(
    `run ${r + 1}: ${wall.toFixed(0)} ms wall / ${((used.user + used.system) / 1000).toFixed(0)} ms CPU ` +
      `(main thread ${mainMs} ms), ` +
      `${(file.body.length / 1e6).toFixed(1)} M chars, sha256 ${sha}`,
  );
}
kiosk.close();
// Its copy of the data (128 MB for 100,000): the cache keeps the original.
rmSync(RUN_TMP, { recursive: true, force: true });
