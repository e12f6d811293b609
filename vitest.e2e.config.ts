import { defineConfig } from 'vitest/config';

// End-to-end tests drive one real Chromium at a time: the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll stops as soon as the state is there; the ceiling only matters on a busy machine,
    // where a browser can take well over vitest's default second to get there.
    expect: { poll: { timeout: 10_000 } },
  },
});
