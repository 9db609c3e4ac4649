import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium and Firefox. One browser at a time
// (2 cores), so files run one after another.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
