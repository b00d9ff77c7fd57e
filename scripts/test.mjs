#!/usr/bin/env node
// `npm test`: every check the project has, in order, stopping at none so one
// run shows everything that is wrong. Ends with one line counting the tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const out = join('test-results', 'counts');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const steps = [
  // Each layer against its own tsconfig: a global its runtime lacks is a type error.
  ['types', 'node', ['scripts/typecheck.mjs']],
  // What each layer may import, as allow-lists.
  ['layers', 'node', ['scripts/check-layers.mjs']],
  ['lint', 'npx', ['biome', 'check', '.']],
  ['unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}/vitest.json`]],
  ['build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
  [
    'end to end',
    'npx',
    ['playwright', 'test', '--reporter=list,json'],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: `${out}/playwright.json` },
  ],
];

const failedSteps = [];
for (const [name, command, args, env] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) failedSteps.push(name);
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
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedSteps.length > 0 || failed > 0 || !vitest || !playwright ? 1 : 0);
