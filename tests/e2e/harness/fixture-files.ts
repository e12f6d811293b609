import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fixtureFolder } from './hosts';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

/**
 * The file a fixture URL is served from: the host picks the folder, `/x` is x.html, `/_shared/` is
 * common, and so is `/_built/` (the real editors, bundled by `editor-bundle.ts`).
 */
export function fixturePath(host: string, pathname: string): string {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  if (clean.startsWith('/_shared/') || clean.startsWith('/_built/')) return join(FIXTURES, clean);
  const relative = clean === '/' || clean === '' ? '/index.html' : extname(clean) ? clean : `${clean.replace(/\/$/, '')}.html`;
  const full = join(FIXTURES, fixtureFolder(host), relative);
  // Never serve a file outside the fixtures folder, whatever the path says.
  return full.startsWith(FIXTURES) ? full : join(FIXTURES, 'missing');
}

export function isFixtureFile(url: URL): boolean {
  return url.pathname === '/favicon.ico' || existsSync(fixturePath(url.hostname, url.pathname));
}
