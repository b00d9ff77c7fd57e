import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const APP = 'test/unit/app/**/*.test.ts';

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
          // grammars and catalogue once per file (about a third of these files' CPU time). Every other
          // file keeps a fresh registry (vi.mock, jsdom, the store's and host's module state).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'isolated',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/faults/**/*.test.ts'],
          exclude: [APP],
          // The CLIs and the browser host bundled once, for the tests that start them as child processes.
          globalSetup: ['test/globalSetup/commands.ts'],
        },
      },
    ],
  },
});
