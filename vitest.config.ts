import { defineConfig } from 'vitest/config';

// Most tests run the built CLI as a real process on real files, so they need
// more time than unit tests, and the machine has two cores.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
