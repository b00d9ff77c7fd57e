// `npm run bench`: every figure the kiosk is held to beside its target, as a table and
// in bench/results.json. `--only dialog,memory` runs some sections and only prints them;
// `--only staff-1m` the staff queries over a million submissions.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { launchChromium } from './browser';
import { measureColdStart } from './coldStart';
import { measureDialogSteps } from './dialogSteps';
import { measureDurableSubmit } from './durableSubmit';
import { RUN_TMP } from './host';
import { measureIntents } from './intents';
import { measureMemory } from './memory';
import { type Figure, passes, table } from './results';
import { measureStaffQueries } from './staffQueries';
import { measureVoiceTurn } from './voiceTurn';

const SECTIONS: Record<string, () => Promise<Figure[]>> = {
  dialog: () => measureDialogSteps(),
  'cold-start': () => measureColdStart(),
  intents: () => measureIntents(),
  durable: () => measureDurableSubmit(),
  staff: () => measureStaffQueries(),
  memory: () => measureMemory(),
  voice: () => measureVoiceTurn(),
};

/** Sections a whole run leaves out, run only by name (`--only staff-1m`): filling a million submissions takes minutes. */
const OPTIONAL: Record<string, () => Promise<Figure[]>> = {
  'staff-1m': () => measureStaffQueries(1_000_000, 20, 'staff, 1M'),
};

async function machine() {
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
  const browser = await launchChromium();
  const chromium = browser.version();
  await browser.close();
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {}
  return {
    cpu,
    cores: availableParallelism(),
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    chromium,
    loadAverageAtStart: loadavg().map((l) => Number(l.toFixed(2))),
    commit,
    date: new Date().toISOString(),
  };
}

async function main() {
  const { values } = parseArgs({ options: { only: { type: 'string' } } });
  const chosen = values.only?.split(',') ?? Object.keys(SECTIONS);
  const all = { ...SECTIONS, ...OPTIONAL };
  const unknown = chosen.filter((name) => all[name] === undefined);
  if (unknown.length > 0)
    throw new Error(`unknown section ${unknown.join(', ')}: choose from ${Object.keys(all).join(', ')}`);
  const about = await machine();
  console.log(`Linli benchmark on ${about.cpu}, ${about.cores} cores, Node ${about.node}, Chromium ${about.chromium}`);
  const figures: Figure[] = [];
  for (const name of chosen) {
    const start = performance.now();
    process.stdout.write(`… ${name}`);
    try {
      figures.push(...(await all[name]!()));
    } catch (error) {
      figures.push({ section: name, name: 'failed', value: null, unit: 'ms', note: String(error).slice(0, 200) });
    }
    console.log(` (${((performance.now() - start) / 1000).toFixed(0)} s)`);
  }
  rmSync(RUN_TMP, { recursive: true, force: true });
  console.log(`\n${table(figures)}\n`);
  // Only a whole run replaces the results the README quotes.
  if (values.only !== undefined) return;
  const results = { machine: about, figures: figures.map((f) => ({ ...f, pass: passes(f) })) };
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  // In the project's JSON style (short arrays on one line), so `biome check .` stays green after a run.
  execFileSync('node_modules/.bin/biome', ['format', '--write', 'bench/results.json'], { stdio: 'ignore' });
  console.log('Written to bench/results.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
