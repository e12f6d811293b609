import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentScriptMatches } from '../../src/core/sites';
import { NLP_MODEL_FILE } from '../../src/shared/nlp-model';
import { PANEL_SCRIPT_FILE } from '../../src/shared/panel-script';
import { DIST } from './harness/extension';

/**
 * Every Gmail and Outlook page loads content.js, so its size is a cost every user pays on every
 * mail tab: issue 15 set it at 8 KB, with the panel, insertion and the coach's side in panel.js,
 * which the worker injects once a compose shows (about 7 000 B when it was split off, budgeted at 8 KB
 * too, so that what moves there still has a limit). The README states both. Raise one only with a
 * reason in the commit.
 */
const CONTENT_SCRIPT_BUDGET_GZIP = 8_192;
const PANEL_SCRIPT_BUDGET_GZIP = 8_192;

/**
 * Chrome parses the worker's whole script each time it wakes the worker, before it can answer:
 * with the coach's model inside (4 MB), that was about 100 ms on every request to a stopped worker.
 * The model is a file of its own now, read on the coach's first request (src/shared/nlp-model.ts).
 */
const WORKER_SCRIPT_BUDGET = 512_000;

const gzipOf = (dist: string, file: string) => gzipSync(readFileSync(join(dist, file))).length;

/** The Chrome worker's script and every module it imports, as Chrome loads them on a wake. */
function workerScripts(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { background: { service_worker: string; type?: string } };
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(join(dist, file), 'utf8');
    for (const [, imported] of source.matchAll(/(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+)["']/g)) visit(join(file, '..', imported ?? '').replace(/^\.\//, ''));
  };
  visit(manifest.background.service_worker);
  // One classic script (scripts/build/manifest.ts), read in one go: no module loader or chunks.
  expect(manifest.background.type).toBeUndefined();
  return [...seen];
}

describe('size budget', () => {
  it(`keeps the script every mail page loads within ${CONTENT_SCRIPT_BUDGET_GZIP} bytes gzip`, () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
    const files = manifest.content_scripts.flatMap((script) => script.js);
    const gzip = files.reduce((sum, file) => sum + gzipOf(DIST, file), 0);
    expect(files).toEqual(['content.js']);
    expect(gzip).toBeGreaterThan(1_000);
    expect(gzip).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_GZIP);
  });

  it(`keeps the script loaded once a compose shows (panel.js), in both builds, within ${PANEL_SCRIPT_BUDGET_GZIP} bytes gzip`, () => {
    for (const dist of [DIST, join(DIST, '../firefox')]) {
      const gzip = gzipOf(dist, PANEL_SCRIPT_FILE);
      expect(gzip).toBeGreaterThan(1_000);
      expect(gzip).toBeLessThanOrEqual(PANEL_SCRIPT_BUDGET_GZIP);
    }
  });

  it(`keeps the worker's script, which a wake parses, within ${WORKER_SCRIPT_BUDGET} bytes, with the coach's model in a file of its own`, () => {
    const files = workerScripts(DIST);
    expect(files).toEqual(['background.js']);
    const bytes = files.reduce((sum, file) => sum + readFileSync(join(DIST, file)).length, 0);
    expect(bytes).toBeGreaterThan(10_000);
    expect(bytes).toBeLessThanOrEqual(WORKER_SCRIPT_BUDGET);
    for (const dist of [DIST, join(DIST, '../firefox')]) {
      const model = JSON.parse(readFileSync(join(dist, NLP_MODEL_FILE), 'utf8')) as Record<string, unknown>;
      expect(Object.keys(model)).toEqual(expect.arrayContaining(['eng-core-web-model', 'eng-sbd-model', 'eng-negation-model', 'eng-pos-model']));
    }
  });

  it('asks, in both builds, for the registered mail sites and nothing more: the same hosts for the content script and for injecting the panel', () => {
    for (const dist of [DIST, join(DIST, '../firefox')]) {
      const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Record<string, unknown> & { content_scripts: { matches: string[] }[] };
      expect(manifest.content_scripts.flatMap((script) => script.matches)).toEqual(contentScriptMatches());
      expect(manifest.permissions).toEqual(['storage', 'scripting']);
      expect(manifest.host_permissions).toEqual(contentScriptMatches());
      expect(manifest.web_accessible_resources).toBeUndefined();
    }
  });
});
