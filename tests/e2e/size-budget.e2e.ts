import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentScriptMatches } from '../../src/core/sites';
import { DIST } from './harness/extension';

/**
 * Every Gmail and Outlook page loads content.js, so its size is a cost every user pays on every
 * mail tab. The budget was what the build measured when the coach landed (12 230 B gzip) plus
 * about 5 % headroom, then 200 B for the panel's whole drafts and the coach's one-click fixes, then
 * 150 B for the panel's keyboard and screen-reader handling (until the panel loads on first use);
 * the README states it. Raise it only with a reason in the commit.
 */
const CONTENT_SCRIPT_BUDGET_GZIP = 13_150;

describe('size budget', () => {
  it(`keeps the script every mail page loads within ${CONTENT_SCRIPT_BUDGET_GZIP} bytes gzip`, () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
    const files = manifest.content_scripts.flatMap((script) => script.js);
    const gzip = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST, file))).length, 0);
    expect(files).toEqual(['content.js']);
    expect(gzip).toBeGreaterThan(1_000);
    expect(gzip).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_GZIP);
  });

  it('asks, in both builds, for the registered mail sites and nothing more', () => {
    for (const dist of [DIST, join(DIST, '../firefox')]) {
      const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Record<string, unknown> & { content_scripts: { matches: string[] }[] };
      expect(manifest.content_scripts.flatMap((script) => script.matches)).toEqual(contentScriptMatches());
      expect(manifest.permissions).toEqual(['storage']);
      expect(manifest.host_permissions).toBeUndefined();
      expect(manifest.web_accessible_resources).toBeUndefined();
    }
  });
});
