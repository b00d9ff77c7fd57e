import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Component tests (Testing Library under jsdom). They share one jsdom and one module graph per
 * worker: a fresh process per file spent more starting jsdom and importing React than running the
 * tests. What a fresh process gave for free, test/unit/renderer/componentSetup.ts restores after
 * every file (the document emptied, timers, stubbed globals and mocks put back), so a file sees what
 * it would alone. A component test that mocks a module (vi.mock) needs its own process: name it
 * .test.ts or keep it out of this glob.
 */
const COMPONENT_TESTS = ['test/unit/renderer/**/*.test.tsx'];

export default defineConfig({
  test: {
    pool: 'forks',
    // Vitest's default, one worker fewer than there are cores, leaves half of a 2-core machine idle
    // (the suite waits on child processes and sockets as well as the CPU); from 3 cores up it is kept.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/faults/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...COMPONENT_TESTS],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: COMPONENT_TESTS,
          environment: 'jsdom',
          isolate: false,
          setupFiles: ['test/unit/renderer/componentSetup.ts'],
        },
      },
    ],
  },
});
