import { build } from 'vite';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { PreviousVersionHelper } from './previous-version.page';

let bundled: Promise<string> | undefined;

/** `previous-version.page.ts` as one script, built once per run from the sources as they are. */
function bundle(): Promise<string> {
  bundled ??= build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: resolve(import.meta.dirname, 'previous-version.page.ts'), formats: ['iife'], name: 'rpPreviousVersionBundle' },
    },
  }).then((result) => {
    const output = Array.isArray(result) ? result[0] : result;
    const chunk = output && 'output' in output ? output.output.find((item) => item.type === 'chunk') : undefined;
    if (!chunk || chunk.type !== 'chunk') throw new Error('previous-version helper: the build produced no script');
    return chunk.code;
  });
  return bundled;
}

type Called = Exclude<keyof PreviousVersionHelper, 'read'>;
type Helper = { [K in Called]: (...args: Parameters<PreviousVersionHelper[K]>) => Promise<Awaited<ReturnType<PreviousVersionHelper[K]>>> };

/**
 * Puts the helper into an extension page (through DevTools, which the pages' script policy does
 * not stop) and returns its functions, each run in that page.
 */
export async function previousVersionIn(page: Page): Promise<Helper> {
  await page.evaluate(await bundle());
  const call =
    <K extends Called>(name: K) =>
    (...args: Parameters<PreviousVersionHelper[K]>) =>
      page.evaluate(
        ({ name, args }) => (globalThis as unknown as { rpPreviousVersion: Record<string, (...a: unknown[]) => unknown> }).rpPreviousVersion[name]?.(...args),
        { name, args: args as unknown[] },
      ) as Promise<Awaited<ReturnType<PreviousVersionHelper[K]>>>;
  return { build: call('build'), blockedBy: call('blockedBy'), release: call('release'), timeUpgrade: call('timeUpgrade'), remember: call('remember'), compare: call('compare') };
}
