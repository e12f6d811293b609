import { defineConfig, build, type Plugin, type ConfigEnv } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import manifest from './manifest.json' with { type: 'json' };

const jsxForPreact = { jsx: { runtime: 'automatic', importSource: 'preact' } } as const;
const outDir = resolve(import.meta.dirname, 'dist');
const CONTENT_FILE = 'content.js';

/**
 * In a production build the content script is bundled on its own, as one classic IIFE.
 * crxjs would otherwise split code it shares with the popup into a chunk, load it through a
 * dynamic-import loader (later first paint in the compose) and list that chunk in
 * web_accessible_resources, which lets every mail page fetch and fingerprint our files.
 */
function contentScriptAsOneFile(): Plugin {
  return {
    name: 'remote-pitch:content-script',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        oxc: jsxForPreact,
        build: {
          outDir,
          emptyOutDir: false,
          minify: true,
          lib: { entry: resolve(import.meta.dirname, 'src/content/index.ts'), formats: ['iife'], name: 'RemotePitch', fileName: () => CONTENT_FILE },
        },
      });
      const path = resolve(outDir, 'manifest.json');
      const built = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
      built.content_scripts = manifest.content_scripts.map((script) => ({ ...script, js: [CONTENT_FILE] }));
      await writeFile(path, `${JSON.stringify(built, null, 2)}\n`);
    },
  };
}

function manifestFor(env: ConfigEnv): ManifestV3Export {
  if (env.command === 'serve') return manifest as ManifestV3Export;
  const { content_scripts: _contentScripts, ...rest } = manifest;
  return rest as ManifestV3Export;
}

export default defineConfig((env) => ({
  plugins: [crx({ manifest: manifestFor(env) }), contentScriptAsOneFile()],
  oxc: jsxForPreact,
  build: { outDir, emptyOutDir: true },
}));
