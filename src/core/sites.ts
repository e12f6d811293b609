/**
 * The mail sites Remote Pitch works in: the one list that settings, the manifest's content-script
 * matches, the test harness and the demo all derive from. DOM-free on purpose: everything may read
 * it. What the content script knows about each site's pages lives in its adapter,
 * `src/content/sites/<id>.ts`, and each site has a fixture folder `tests/fixtures/<id>/`.
 * A new site is one entry here, one adapter file and one fixture folder.
 */
export interface SiteInfo {
  id: string;
  /** Shown in settings; product names, the same in every language. */
  label: string;
  /** Hostnames served, matched exactly (no subdomains): the manifest asks for these and no more. */
  hosts: readonly string[];
}

export const SITES = [
  { id: 'gmail', label: 'Gmail', hosts: ['mail.google.com'] },
  { id: 'outlook', label: 'Outlook', hosts: ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'] },
] as const satisfies readonly SiteInfo[];

export type SiteId = (typeof SITES)[number]['id'];

export const SITE_IDS: readonly SiteId[] = SITES.map((site) => site.id);

/**
 * The site serving a page's hostname, by exact match: `mail.google.com.evil.example` or
 * `evil-outlook.live.com` must get nothing. Hostnames are case-insensitive, and a fully qualified
 * name may end in a dot.
 */
export function siteForHost(hostname: string): SiteId | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return SITES.find((site) => (site.hosts as readonly string[]).includes(host))?.id;
}

/**
 * The content script's match patterns, one per host.
 * @internal Read by the build, which knip does not follow: scripts/build/manifest.ts.
 */
export function contentScriptMatches(): string[] {
  return SITES.flatMap((site) => site.hosts.map((host) => `https://${host}/*`));
}
