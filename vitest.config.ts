import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Guards against a hung test, not a measure of speed: a loaded 2-core machine must still pass.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
