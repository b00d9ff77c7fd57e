import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    pool: 'forks',
    // Vitest's default, one worker fewer than there are cores, leaves half of a 2-core machine idle
    // (the suite waits on child processes and sockets as well as the CPU); from 3 cores up it is kept.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Ceilings for a hung test, not timings: generous, because the suite must pass on a loaded machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/faults/**/*.test.ts'],
    environment: 'node',
  },
});
