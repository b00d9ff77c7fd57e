// `npx tsx bench/submitPages.ts [count] [without…]`: what one durable submit writes — WAL frames (pages) per
// commit, and CPU time per commit — with the schema as it is, or with some triggers or indexes dropped first
// (`without` names them: `npx tsx bench/submitPages.ts 300 submissions_due`), to see what each one costs.
// Pages, not wall time: wall time at synchronous=FULL is the disk's and the load's; the pages a commit
// writes (and fsyncs) are the schema's.
import { rmSync, statSync } from 'node:fs';
import { cpuUsage } from 'node:process';
import { openKiosk } from '../main/compose';
import { submission } from './durableSubmit';
import { RUN_TMP, scratchDir } from './host';
import { percentile } from './stats';

const count = Number(process.argv[2] ?? 300);
const without = process.argv.slice(3).filter((a) => !a.includes('=') && !a.startsWith('sql:'));
const statements = process.argv
  .slice(3)
  .filter((a) => a.startsWith('sql:'))
  .map((a) => a.slice(4));
const pragmas = process.argv.slice(3).filter((a) => a.includes('='));
const dir = scratchDir('pages');
const kiosk = openKiosk({ dataDir: dir });
const db = kiosk.store.db;
for (const name of without) {
  const row = db.prepare('SELECT type FROM sqlite_master WHERE name = ?').get(name) as { type: string } | undefined;
  if (row === undefined) throw new Error(`no trigger or index named ${name}`);
  db.exec(`DROP ${row.type.toUpperCase()} "${name}"`);
}
for (const pragma of pragmas) db.pragma(pragma);
for (const sql of statements) db.exec(sql);
const walFile = `${db.name}-wal`;
const pageSize = db.pragma('page_size', { simple: true }) as number;
// Frames only ever appended while this runs, so the WAL's growth counts them.
db.pragma('wal_autocheckpoint = 0');
for (let i = 0; i < 200; i++) kiosk.store.submissions.submit(submission(i));
const frames: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < count; i++) {
  const before = statSync(walFile).size;
  const c = cpuUsage();
  kiosk.store.submissions.submit(submission(200 + i));
  const used = cpuUsage(c);
  cpu.push((used.user + used.system) / 1000);
  frames.push((statSync(walFile).size - before) / (pageSize + 24));
}
// The first search after them indexes them all (migration 0160): what the submits no longer wrote.
const searchStart = performance.now();
const searchCpu = cpuUsage();
const walBefore = statSync(walFile).size;
kiosk.store.submissions.list({ text: '噪音' }, { limit: 100, offset: 0 });
const searchUsed = cpuUsage(searchCpu);
const search =
  `first text search after them ${(performance.now() - searchStart).toFixed(1)} ms wall, ` +
  `${((searchUsed.user + searchUsed.system) / 1000).toFixed(1)} ms CPU, ` +
  `${(statSync(walFile).size - walBefore) / (pageSize + 24)} pages`;
kiosk.close();
rmSync(RUN_TMP, { recursive: true, force: true });
const mean = frames.reduce((a, b) => a + b, 0) / frames.length;
console.log(
  `${[...pragmas, ...statements, ...(without.length === 0 ? ['as is'] : [`without ${without.join(', ')}`])].join(', ')}: ${mean.toFixed(2)} pages/commit ` +
    `(p50 ${percentile(frames, 50)}, max ${Math.max(...frames)}), CPU p50 ${percentile(cpu, 50).toFixed(3)} ms, ` +
    `p95 ${percentile(cpu, 95).toFixed(3)} ms over ${count} submits; ${search}`,
);
