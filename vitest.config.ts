import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Builds dist/ once, for the command-line tests that run dist/cli.cjs.
    globalSetup: ['test/cli/global-setup.ts'],
  },
});
