import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // `server-only` throws outside Next's server bundles; under test the modules run in plain Node.
      'server-only': path.join(root, 'tests/support/server-only.ts'),
    },
  },
  test: {
    include: [
      'lib/**/*.test.ts',
      'tests/db/**/*.test.ts',
      'tests/cli/**/*.test.ts',
      'tests/api/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
