import type { ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from '../../manifest.json' with { type: 'json' };
import { contentScriptMatches } from '../../src/core/sites';
import { PANEL_SCRIPT_FILE } from '../../src/shared/panel-script';

export type Target = 'chrome' | 'firefox';

/** The one script every mail page loads, as the production build emits it. */
export const CONTENT_FILE = 'content.js';
/** Named in src/popup/index.html, which loads it as a classic script ahead of the app's modules. */
export const POPUP_EARLY_FILE = 'popup-early.js';
const CONTENT_ENTRY = 'src/content/index.ts';

/** The script the worker injects into a mail page once a compose shows (the panel), built beside content.js. */
export const PANEL_FILE = PANEL_SCRIPT_FILE;

/** Firefox wants an add-on id and a statement of what data leaves the browser: none. */
const FIREFOX_SETTINGS = {
  gecko: {
    id: 'remote-pitch@remote-pitch.invalid',
    strict_min_version: '142.0',
    data_collection_permissions: { required: ['none'] },
  },
};

/**
 * The content script's entry, matching every host in `src/core/sites.ts` and nothing else: the
 * registry is the one list of mail sites, so manifest.json names none itself.
 */
export function contentScripts(js: string): { matches: string[]; js: string[]; run_at: 'document_end' }[] {
  return [{ matches: contentScriptMatches(), js: [js], run_at: 'document_end' }];
}

/**
 * What crxjs builds from. In a production build the content script is left out here and added by
 * the second build pass as one classic file (see vite.config.ts); the dev server serves it as is.
 */
export function manifestFor(command: 'serve' | 'build', target: Target): ManifestV3Export {
  // `scripting` injects the panel's script into a mail page once a compose shows, which needs host access:
  // exactly the content script's matches, so no host is added and Chrome shows no new warning.
  const base = { ...manifest, host_permissions: contentScriptMatches() };
  if (command === 'serve') return { ...base, content_scripts: contentScripts(CONTENT_ENTRY) } as ManifestV3Export;
  // The background is built by the second pass too (see `background`), so crxjs leaves it out.
  const { background: _built, ...rest } = base;
  if (target === 'chrome') return rest as ManifestV3Export;
  return { ...rest, browser_specific_settings: FIREFOX_SETTINGS } as ManifestV3Export;
}

/** The background's entry, and the one classic script the production build makes of it. */
export const BACKGROUND_ENTRY = manifest.background.service_worker;
export const BACKGROUND_FILE = 'background.js';

/**
 * The background as the production build emits it: one classic script, which a woken worker reads
 * and parses in one go, instead of a module loader and the chunks it shares with the popup (about
 * 10 ms less before a stopped worker answers, measured). Firefox runs MV3 backgrounds as event pages
 * (background.scripts), not service workers.
 */
export function background(target: Target): { service_worker: string } | { scripts: string[] } {
  return target === 'chrome' ? { service_worker: BACKGROUND_FILE } : { scripts: [BACKGROUND_FILE] };
}
