import { siteForHost, SITES } from '../../../src/core/sites';

/** The hosts the manifest's content script matches; the browser is told they live on our server. */
export const MAIL_HOSTS: readonly string[] = SITES.flatMap((site) => site.hosts);

/** A host the extension must leave alone. */
export const OTHER_HOST = 'www.example.org';

/** Which folder of tests/fixtures/ serves a host: the site's id, or `other` for any other host. */
export function fixtureFolder(host: string): string {
  return siteForHost(host) ?? 'other';
}
