import { defineConfig } from 'vitest/config';

// Unit and DOM tests: pure Node, no browser. End-to-end tests live in vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    setupFiles: ['tests/setup-i18n.ts'],
  },
});
