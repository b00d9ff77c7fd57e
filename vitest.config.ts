import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

const ROOT = import.meta.dirname;
const APP = 'test/unit/app/**/*.test.ts';
const RENDERER = 'test/unit/renderer/**/*.test.{ts,tsx}';
/** Files that replace a module with vi.mock (Electron's, for all of main/electron/): each needs a registry of its own. */
const ISOLATED = [
  'test/unit/main/electron/**/*.test.ts',
  'test/unit/main/services/dueCounts.test.ts',
  'test/unit/renderer/speech/azureRecognition.test.ts',
];

/** Fails the run on a test file that replaces a module outside ISOLATED, where it would leak into other files. */
function checkMocksAreIsolated(): void {
  const isolated = (file: string) => file.startsWith('test/unit/main/electron/') || ISOLATED.includes(file);
  const leaking = ['test/unit', 'test/faults']
    .flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((f) => `${dir}/${f}`))
    .filter((file) => /\.test\.tsx?$/.test(file) && !isolated(file))
    .filter((file) => /\bvi\.(do)?mock\(/.test(readFileSync(join(ROOT, file), 'utf8')));
  if (leaking.length > 0)
    throw new Error(`vi.mock outside an isolated file; add it to ISOLATED: ${leaking.join(', ')}`);
}
checkMocksAreIsolated();

export default defineConfig({
  test: {
    pool: 'forks',
    // Vitest's default, one worker fewer than there are cores, leaves half of a 2-core machine idle
    // (the suite waits on child processes and sockets as well as the CPU); from 3 cores up it is kept.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Ceilings for a hung test, not timings: generous, because the suite must pass on a loaded machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          include: [APP],
          // app/ is plain TypeScript with no Node, DOM or I/O (its tsconfig and the layer rules see to that):
          // its test files share one module registry per worker, which saves loading the dialog machines,
          // grammars and catalogue once per file (about a third of these files' CPU time).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          // Every other test: main/, the packaging, scripts, locales and the fault tests, Node only.
          include: ['test/unit/**/*.test.{ts,tsx}', 'test/faults/**/*.test.ts'],
          exclude: [APP, RENDERER, ...ISOLATED],
          // These files share one process and module registry per worker too: an isolated file cost a
          // process of its own and a fresh load of the store, host, zod and the rest, about 0.3 CPU-s
          // each (these 100 files: 138 → 100 CPU-s). main/ keeps no state in its modules (services take
          // their dependencies in their constructor), the tests restore what they stub, and they pass
          // in any file order (--sequence.shuffle.files); what a test stubs is undone after it regardless.
          isolate: false,
          restoreMocks: true,
          unstubEnvs: true,
          unstubGlobals: true,
          // The CLIs and the browser host bundled once, for the tests that start them as child processes.
          globalSetup: ['test/globalSetup/commands.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          include: [RENDERER],
          exclude: ISOLATED,
          // The component tests under jsdom share one jsdom and registry per worker as well: a file of
          // its own cost a process, a jsdom and a load of React and Testing Library each, about 1.4 CPU-s
          // (these 22 files: 31 → 8 CPU-s). Each test's render is removed after it (./setup.ts).
          isolate: false,
          setupFiles: ['test/unit/renderer/setup.ts'],
          restoreMocks: true,
          unstubEnvs: true,
          unstubGlobals: true,
        },
      },
      {
        extends: true,
        test: {
          name: 'isolated',
          include: ISOLATED,
        },
      },
    ],
  },
});
