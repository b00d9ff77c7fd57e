#!/usr/bin/env node
// `npm run typecheck` (and `npm test`'s `types` step): every layer compiled against its own
// tsconfig, so a layer sees only the runtime it runs in and a stray global is a type error —
// `document` in app/ or main/, `process` or `Buffer` in app/ or renderer/. The import rules
// are the other half: scripts/check-layers.mjs.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Each tsconfig `npm run typecheck` compiles, and what it admits. */
export const TYPE_CONFIGS = [
  { config: 'app/tsconfig.json', admits: 'ECMAScript only: no DOM, no Node ("lib": ["ES2023"], "types": [])' },
  { config: 'renderer/tsconfig.json', admits: 'ECMAScript and the DOM, no Node' },
  { config: 'main/tsconfig.json', admits: 'ECMAScript and Node, no DOM' },
  { config: 'tsconfig.json', admits: 'tests, scripts, bench and tool configs: the DOM and Node' },
];

/**
 * TypeScript 7's native tsc (package.json's `typescript-native`, an alias of typescript@7): it finds
 * what 5.9's finds in a fraction of the CPU time. The scripts that parse source with the compiler's
 * JS API (check-layers, package-contents, the tests) keep `typescript` 5.9, as 7 ships none.
 */
export const TSC = path.join(root, 'node_modules', 'typescript-native', 'bin', 'tsc');

/** Runs `tsc --noEmit -p <config>`; resolves to its exit code and everything it printed. */
export function compile(config, cwd = root) {
  return new Promise((resolve) => {
    const tsc = TSC;
    // One checker: tsc 7 checks with four by default, each building its own view of the globals and
    // libraries, which more than doubled the CPU time of every layer (main/: 2.3 → 0.95 CPU-s), and
    // two of these run at once on two cores anyway.
    const child = spawn(process.execPath, [tsc, '--noEmit', '--checkers', '1', '-p', config], { cwd });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Compiles every config, a few at a time; resolves to the configs that failed. */
export async function typecheck({ configs = TYPE_CONFIGS, log = console.log } = {}) {
  const queue = [...configs];
  const failed = [];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { code, output } = await compile(next.config);
      log(`${code === 0 ? '✓' : '✗'} ${next.config} (${next.admits})${output ? `\n${output.trimEnd()}` : ''}`);
      if (code !== 0) failed.push(next.config);
    }
  };
  // tsc is single-threaded; more at once than there are cores only adds memory.
  await Promise.all(Array.from({ length: Math.min(2, availableParallelism()) }, worker));
  return failed;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const failed = await typecheck();
  if (failed.length > 0) {
    console.log(`\nType errors in ${failed.join(', ')}: a name the layer's runtime lacks (document, process, Buffer…)`);
    console.log('belongs in another layer, or is passed in from one (see README, "Layers").');
    process.exitCode = 1;
  }
}
