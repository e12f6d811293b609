import { defineConfig } from 'vitest/config';
import e2e from './vitest.e2e.config';

// `npm run screenshots`: the README's pictures of the popup, written to docs/screenshots/, in the
// same browser set-up as the e2e tests. Kept out of `npm test`, which leaves tracked files alone.
export default defineConfig({
  test: { ...e2e.test, include: ['tests/screenshots/**/*.screenshots.ts'] },
});
