#!/usr/bin/env node
// `npm test`: every check the project has, stopping at none so one run shows
// everything that is wrong. Ends with one line counting the tests, and the time taken.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const out = join('test-results', 'counts');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// Steps in one stage run at the same time: the first shows its output as it comes, the others
// theirs when they end. Stages follow one another. The unit tests keep both cores busy, with only
// the build beside them (the end-to-end tests need it). tsc, the import rules and lint run beside
// the end-to-end tests instead: their workers wait on pages, prompts and their hosts for part of
// their time, which those fill, and they are written to pass while other work keeps
// both cores busy (README, "Proof that it is not flaky"). The unit tests are not put there too:
// beside Chromium on a loaded machine their slowest tests outran the 20 s test timeout.
const stages = [
  [
    ['unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}/vitest.json`]],
    // Writes only dist/renderer, which no unit test reads.
    ['build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
  ],
  [
    [
      'end to end',
      'npx',
      ['playwright', 'test', '--reporter=list,json'],
      { PLAYWRIGHT_JSON_OUTPUT_NAME: `${out}/playwright.json` },
    ],
    // Each layer against its own tsconfig: a global its runtime lacks is a type error.
    ['types', 'node', ['scripts/typecheck.mjs']],
    // What each layer may import, as allow-lists.
    ['layers', 'node', ['scripts/check-layers.mjs']],
    ['lint', 'npx', ['biome', 'check', '.']],
  ],
];

const seconds = (since) => `${Math.round((performance.now() - since) / 1000)} s`;

/**
 * Runs one step; resolves to whether it passed, and a report: its output, when held (a step run
 * alongside another is shown after the stage, not in the middle of the live one), and its time.
 */
function run([name, command, args, env], live) {
  const started = performance.now();
  const title = `\n▶ ${name}: ${command} ${args.join(' ')}`;
  if (live) console.log(title);
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  // Every step's output is kept, the live one's shown as it comes as well: a failed step's telling lines
  // are said again at the end (below), where a CI log cut to its tail still shows them.
  const held = [];
  const keep = (to) => (chunk) => {
    held.push(chunk);
    if (live) to.write(chunk);
  };
  child.stdout.on('data', keep(process.stdout));
  child.stderr.on('data', keep(process.stderr));
  return new Promise((resolve) => {
    let ended = false;
    const end = (code) => {
      if (ended) return;
      ended = true;
      const verdict = `${code === 0 ? '✓' : '✗'} ${name} (${seconds(started)})`;
      if (live) console.log(verdict);
      const output = Buffer.concat(held).toString();
      const report = live ? '' : `${title} (alongside)\n${output.trimEnd()}\n${verdict}`;
      resolve({ ok: code === 0, report, output });
    };
    child.on('error', (error) => {
      held.push(Buffer.from(`${error.message}\n`));
      end(1);
    });
    child.on('close', end);
  });
}

const startedAll = performance.now();
const failedSteps = [];
for (const stage of stages) {
  const results = await Promise.all(stage.map((step, i) => run(step, i === 0)));
  results.forEach(({ ok, report, output }, i) => {
    if (report) console.log(report);
    if (!ok) failedSteps.push({ name: stage[i][0], output });
  });
}

/** The lines of a failed step's output that say what went wrong: errors, failures and their next lines. */
function tellingLines(output) {
  const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  const telling =
    /\b(FAIL|Error|error|Unhandled|unhandled|failed|✗|✘|×|exited|Timeout|timed out)\b|^\s*(Test Files|Tests|Errors)\s/;
  const shown = new Set();
  lines.forEach((line, i) => {
    if (!telling.test(line)) return;
    for (let j = i; j < Math.min(lines.length, i + 4); j += 1) shown.add(j);
  });
  const picked = [...shown].sort((a, b) => a - b).map((j) => lines[j]);
  return picked.length > 80 ? [...picked.slice(0, 40), '…', ...picked.slice(-40)] : picked;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}
const vitest = readJson(`${out}/vitest.json`);
const playwright = readJson(`${out}/playwright.json`);
const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0) + (playwright?.stats?.flaky ?? 0);
const failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0);
const skipped = (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (playwright?.stats?.skipped ?? 0);

for (const { name, output } of failedSteps) {
  console.log(`\n── what ${name} said went wrong ──`);
  console.log(tellingLines(output).join('\n') || '(nothing telling: its whole output is above)');
}
const files = vitest?.testResults?.filter((file) => file.status !== 'passed') ?? [];
for (const file of files)
  console.log(`unit file ${file.status}: ${file.name}\n  ${(file.message ?? '').split('\n').slice(0, 6).join('\n  ')}`);

console.log('');
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.map((s) => s.name).join(', ')}`);
if (!vitest || !playwright) console.log('A test runner wrote no results: counted as failed.');
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped, in ${seconds(startedAll)}`);
process.exit(failedSteps.length > 0 || failed > 0 || !vitest || !playwright ? 1 : 0);
