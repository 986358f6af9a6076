import { defineConfig } from 'vitest/config';

// Real browsers, one at a time (2 cores), generous timeouts for cold starts.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
