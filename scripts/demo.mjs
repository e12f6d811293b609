// `npm run demo`: see scripts/demo/walkthrough.ts. Loaded through Vite's SSR loader so the demo
// reuses the e2e harness (TypeScript) as it is.
import { createServer } from 'vite';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const server = await createServer({ root, configFile: false, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom' });
try {
  const { run } = await server.ssrLoadModule('/scripts/demo/walkthrough.ts');
  const shots = await run();
  if (shots.length > 0) {
    console.log('Demo screenshots:');
    for (const shot of shots) console.log(`  ${shot}`);
  }
} finally {
  await server.close();
}
