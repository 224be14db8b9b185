import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A poll often waits for a navigation and a server render, which can take seconds on a busy machine.
    expect: { poll: { timeout: 10_000 } },
    // One Chromium per file is plenty on two cores.
    fileParallelism: false,
  },
});
