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
  const child = spawn(command, args, {
    stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  const held = [];
  child.stdout?.on('data', (chunk) => held.push(chunk));
  child.stderr?.on('data', (chunk) => held.push(chunk));
  return new Promise((resolve) => {
    let ended = false;
    const end = (code) => {
      if (ended) return;
      ended = true;
      const verdict = `${code === 0 ? '✓' : '✗'} ${name} (${seconds(started)})`;
      if (live) console.log(verdict);
      const report = live ? '' : `${title} (alongside)\n${Buffer.concat(held).toString().trimEnd()}\n${verdict}`;
      resolve({ ok: code === 0, report });
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
  results.forEach(({ ok, report }, i) => {
    if (report) console.log(report);
    if (!ok) failedSteps.push(stage[i][0]);
  });
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}
const vitest = readJson(`${out}/vitest.json`);
const playwright = readJson(`${out}/playwright.json`);
const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0) + (playwright?.stats?.flaky ?? 0);
const failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0);
const skipped = (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (playwright?.stats?.skipped ?? 0);

console.log('');
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join(', ')}`);
if (!vitest || !playwright) console.log('A test runner wrote no results: counted as failed.');
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped, in ${seconds(startedAll)}`);
process.exit(failedSteps.length > 0 || failed > 0 || !vitest || !playwright ? 1 : 0);
