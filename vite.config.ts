import { defineConfig, build, type Plugin, type PluginOption } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { nlpModelAsFile } from './scripts/build/nlp-model-file';
import { background, BACKGROUND_ENTRY, BACKGROUND_FILE, CONTENT_FILE, contentScripts, manifestFor, PANEL_FILE, POPUP_EARLY_FILE, type Target } from './scripts/build/manifest';

const jsxForPreact = { jsx: { runtime: 'automatic', importSource: 'preact' } } as const;
const root = import.meta.dirname;

/**
 * Terser's options for the scripts that go into mail pages within a size budget
 * (tests/e2e/size-budget.e2e.ts): about 50 B gzip smaller than the default minifier. pure_getters is
 * safe because no code in src/content reads a property for a side effect (no forced reflow); the
 * unsafe_ ones (about 25 B more) because none of its functions is called with `new` or reads `this`
 * outside a class.
 */
const MAIL_PAGE_MINIFY = { minify: 'terser', terserOptions: { compress: { passes: 3, pure_getters: true, unsafe_arrows: true, unsafe_methods: true } } } as const;

/** Builds `entry` into `outDir` as one classic script, `fileName`, for one browser. */
async function classicScript(outDir: string, target: Target, entry: string, fileName: string, options: { name: string; plugins?: PluginOption[]; minify?: typeof MAIL_PAGE_MINIFY }): Promise<void> {
  await build({
    configFile: false,
    // The target as the mode: code for one browser only (`import.meta.env.MODE`) stays out of the other's script.
    mode: target,
    logLevel: 'warn',
    oxc: jsxForPreact,
    plugins: options.plugins ?? [],
    build: {
      outDir,
      emptyOutDir: false,
      ...options.minify,
      lib: { entry: resolve(root, entry), formats: ['iife'], name: options.name, fileName: () => fileName },
    },
  });
}

/**
 * In a production build the content script is bundled on its own, as one classic IIFE, and so are
 * the panel's script and the background (see scripts/build/manifest.ts).
 * crxjs would otherwise split code it shares with the popup into a chunk, load it through a
 * dynamic-import loader (later first paint in the compose) and list that chunk in
 * web_accessible_resources, which lets every mail page fetch and fingerprint our files.
 */
function classicScripts(outDir: string, target: Target): Plugin {
  return {
    name: 'remote-pitch:classic-scripts',
    apply: 'build',
    async closeBundle() {
      // content.js, which every mail page loads, and panel.js, which the worker injects on first use.
      await classicScript(outDir, target, 'src/content/index.ts', CONTENT_FILE, { name: 'RemotePitch', minify: MAIL_PAGE_MINIFY });
      await classicScript(outDir, target, 'src/content/on-first-use/index.ts', PANEL_FILE, { name: 'RemotePitch', minify: MAIL_PAGE_MINIFY });
      await classicScript(outDir, target, BACKGROUND_ENTRY, BACKGROUND_FILE, { name: 'RemotePitchBackground', plugins: [nlpModelAsFile()] });
      // The popup's first request, sent while its modules arrive (src/popup/early.ts).
      await classicScript(outDir, target, 'src/popup/early.ts', POPUP_EARLY_FILE, { name: 'RemotePitchPopupEarly' });
      const path = resolve(outDir, 'manifest.json');
      const built = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
      built.content_scripts = contentScripts(CONTENT_FILE);
      built.background = background(target);
      await writeFile(path, `${JSON.stringify(built, null, 2)}\n`);
    },
  };
}

/**
 * `dist/` itself stays a loadable Chrome build (the README's first instructions point there);
 * `dist/chrome/` is the same build kept beside `dist/firefox/` for packaging.
 */
function mirrorChromeBuildToDistRoot(outDir: string): Plugin {
  return {
    name: 'remote-pitch:mirror-chrome',
    apply: 'build',
    enforce: 'post',
    async closeBundle() {
      await cp(outDir, resolve(root, 'dist'), { recursive: true });
    },
  };
}

export default defineConfig(({ command, mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const outDir = command === 'serve' ? resolve(root, 'dist') : resolve(root, 'dist', target);
  const plugins: PluginOption[] = [crx({ manifest: manifestFor(command, target), browser: target }), classicScripts(outDir, target)];
  if (target === 'chrome') plugins.push(mirrorChromeBuildToDistRoot(outDir));
  return {
    plugins,
    oxc: jsxForPreact,
    build: { outDir, emptyOutDir: true },
  };
});
