#!/usr/bin/env node
// The proof that the end-to-end suite is not flaky: the whole Playwright suite, several runs in a
// row, while other processes keep every core busy. Stops at the first failing run.
//
//   npx vite build && node test/e2e/stress.mjs [--runs 5] [--hogs N] [-- extra playwright args]
//
// --hogs defaults to one busy loop per core. Arguments after `--` go to `playwright test`
// (a spec, `--workers 1`, `--repeat-each 2`, …).
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, hogs: { type: 'string' } },
  allowPositionals: true,
});
const runs = Number(values.runs);
const hogCount = Number(values.hogs ?? availableParallelism());

const hogs = Array.from({ length: hogCount }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
);
const stopHogs = () => {
  for (const hog of hogs) hog.kill('SIGKILL');
};
process.on('exit', stopHogs);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopHogs();
    process.exit(130);
  });
}

console.log(`${hogCount} busy loops running; ${runs} runs of the whole Playwright suite follow.`);
const results = [];
for (let run = 1; run <= runs; run++) {
  const started = Date.now();
  const result = spawnSync('npx', ['playwright', 'test', '--reporter=dot', ...positionals], { stdio: 'inherit' });
  const seconds = Math.round((Date.now() - started) / 1000);
  results.push(`run ${run}: ${result.status === 0 ? 'passed' : 'FAILED'} in ${seconds} s`);
  console.log(results.at(-1));
  if (result.status !== 0) break;
}
stopHogs();
console.log(results.join('\n'));
process.exit(results.length === runs && results.every((r) => r.includes('passed')) ? 0 : 1);
