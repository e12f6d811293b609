import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { build, type Rollup } from 'vite';
import { FIXTURES } from './fixture-files';

/**
 * The fixture pages' real editors, bundled from npm for the browser: roosterjs for Outlook's
 * (its version is pinned in package.json and noted in tests/fixtures/README.md). Built into the
 * git-ignored `tests/fixtures/_built/` the first time a fixture server starts, and again whenever
 * the entry or the installed editor is newer than the bundle.
 */
const ENTRY = join(FIXTURES, 'roosterjs/editor.ts');
export const EDITOR_BUNDLE = join(FIXTURES, '_built/roosterjs.js');

const mtime = async (path: string) => (await stat(path).catch(() => null))?.mtimeMs ?? 0;

export async function buildEditorBundles(): Promise<void> {
  const installed = createRequire(ENTRY).resolve('roosterjs-content-model-core/package.json');
  const built = await mtime(EDITOR_BUNDLE);
  if (built > (await mtime(ENTRY)) && built > (await mtime(installed))) return;
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      lib: { entry: ENTRY, formats: ['iife'], name: 'FixtureEditor', fileName: () => 'roosterjs.js' },
    },
  })) as Rollup.RollupOutput[];
  const chunk = output.flatMap((result) => result.output).find((file): file is Rollup.OutputChunk => file.type === 'chunk');
  if (!chunk) throw new Error('the roosterjs fixture bundle came out empty');
  await mkdir(resolve(EDITOR_BUNDLE, '..'), { recursive: true });
  // Written aside, then moved in one step: a second test process never reads half a bundle.
  const partial = `${EDITOR_BUNDLE}.${process.pid}.tmp`;
  await writeFile(partial, chunk.code);
  await rename(partial, EDITOR_BUNDLE);
}
